/**
 * How a source is named on the site, the same everywhere (citation cards, the claims filter, chart
 * source lines, CSV headers, the sources list): its outlet, else its place in the list ("Source 2"),
 * with the file name as a detail beside it. Never a headline cut short: a cut headline reads as a
 * claim, and two can start alike.
 */
import type { Source } from '../scripts/contracts/facts.ts';

/** The label of each source by id; two sources of one outlet are told apart by their number ("AP (3)"). */
export function sourceLabels(sources: readonly Source[]): Map<string, string> {
  const outlets = new Map<string, number>();
  for (const s of sources) if (s.publisher) outlets.set(s.publisher, (outlets.get(s.publisher) ?? 0) + 1);
  return new Map(sources.map((s, i) => [s.id, sourceLabel(s, i + 1, !!s.publisher && outlets.get(s.publisher)! > 1)]));
}

/** One source's label: its outlet ("Reuters"; "Reuters (3)" when another source has the same outlet), else "Source 3". */
export function sourceLabel(source: Source, number: number, shared = false): string {
  if (!source.publisher) return `Source ${number}`;
  return shared ? `${source.publisher} (${number})` : source.publisher;
}

/** The label after the source's citation number ("[3] Reuters"), once: "Source 3", never "[3] Source 3". */
export function numberedLabel(label: string, number: number): string {
  if (label === `Source ${number}`) return label;
  return `[${number}] ${label.endsWith(` (${number})`) ? label.slice(0, -` (${number})`.length) : label}`;
}

/** What tells the source apart beside its label: the file it was read from. */
export function sourceDetail(source: Source): string {
  return source.file;
}
