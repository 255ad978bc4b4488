/**
 * An event's entry in events.json, made from its pipeline result. Computed where the event is
 * extracted (a worker thread), so only this small summary travels back to the main thread.
 */
import { yaml } from '../text/onDemand.ts';
import type { PipelineResult } from '../contracts/generated.ts';
import { countedNoun, formatQuantity } from './format.ts';
import type { EventSummary } from '../contracts/events.ts';
import { countedSources } from './counting.ts';
import { figureWeight, leadFigures, leadsStory, saysWhatItCounts } from './leadFigures.ts';
import { contentWords } from '../align/words.ts';
import { distinctConflicts } from './conflictLead.ts';

const HEADLINE_FIGURES = 3;

/** An event's listing entry, from its facts and its explainer's frontmatter. */
export function summarise(id: string, folder: string, result: PipelineResult): EventSummary {
  const meta = headlineFields(result.files.find((f) => f.path === 'explainer.md')?.content ?? '');
  const { facts } = result;
  const words = new Set(contentWords(meta.title ?? ''));
  const headline = leadFigures(facts.claims, meta.title ?? '')
    // Figures that say what they count ("300 passengers", "6 months"), not a bare "45%" or "1,200 t",
    // and that may lead: not "23 times", "6 rows in front" or a figure of another time or place.
    // A length, a measurement or an age ("33 years old") leads the home page only when two sources give it.
    .filter((c) => saysWhatItCounts(c) && leadsStory(c, words) && (figureWeight(c, words) >= 0 || new Set(c.evidence.map((e) => e.source)).size >= 2))
    .slice(0, HEADLINE_FIGURES)
    .map((c) => ({ claim: c.id, figure: formatQuantity(c.quantity!), counts: countedNoun(c.quantity!), sources: new Set(c.evidence.map((e) => e.source)).size }));
  return {
    id,
    folder,
    title: meta.title ?? folder,
    description: meta.description ?? '',
    sources: countedSources(facts.sources),
    claims: facts.claims.length,
    conflicts: distinctConflicts(facts.conflicts).length,
    headline,
  };
}

/**
 * The explainer's title and description, from its frontmatter. compose writes each field as
 * `key: <JSON value>` on a line of its own, which YAML reads as JSON does, so these two are read
 * with JSON.parse (a YAML parser per event cost more than the rest of the summary); frontmatter
 * of any other shape is read as YAML.
 */
function headlineFields(explainer: string): { title?: string; description?: string } {
  const front = /^---\n([\s\S]*?)\n---/.exec(explainer);
  if (!front) return {};
  const fields: { title?: string; description?: string } = {};
  for (const line of front[1]!.split('\n')) {
    const field = /^(title|description): (".*")$/s.exec(line); // s: U+2028 and U+2029 stay raw in JSON
    if (!field) continue;
    try {
      fields[field[1] as 'title' | 'description'] = JSON.parse(field[2]!) as string;
    } catch {
      return yaml().parse(front[1]!) as { title?: string; description?: string };
    }
  }
  return fields;
}
