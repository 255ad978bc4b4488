/** How a source is named on the site: its outlet, else its headline, else its file. */
import type { Source } from '../scripts/contracts/facts.ts';

export function sourceLabel(source: Source): string {
  if (source.publisher) return source.publisher;
  if (source.title) return source.title.length > 60 ? `${source.title.slice(0, 57).trimEnd()}…` : source.title;
  return source.file;
}
