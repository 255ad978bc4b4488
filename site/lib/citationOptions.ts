/**
 * What the citation plugin needs, read from the generated data: sources in site order,
 * each claim's passage per source as readers see it (the article's visible text, not
 * the HTML markup an evidence quote may hold) and the number of independent sources.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CitationOptions } from '../../components/markdown/remarkCitations.ts';
import { readDocument, readFacts } from '../../scripts/store/generatedFolder.ts';
import { sourceLabels } from '../../components/sourceLabel.ts';
import { countedSources } from '../../scripts/compose/counting.ts';
import { correctionNotes } from '../../scripts/compose/correctionText.ts';
import { passageSpeakers } from '../../scripts/compose/passageSpeakers.ts';
import { eventDataDir, isMultiEvent } from './dataDir.ts';

export function citationOptions(base: string, event?: string): CitationOptions {
  const dir = eventDataDir(event);
  if (!existsSync(join(dir, 'facts.json'))) return { sources: [], base };
  const facts = readFacts(dir);
  const passages: Record<string, Record<string, string>> = {};
  for (const source of facts.sources) {
    if (!existsSync(join(dir, 'documents', `${source.id}.json`))) continue;
    const doc = readDocument(dir, source.id);
    for (const p of doc.passages) {
      passages[p.claim] ??= {};
      passages[p.claim]![source.id] ??= doc.view.slice(p.start, p.end).replace(/\s+/g, ' ').trim();
    }
  }
  const labels = sourceLabels(facts.sources);
  const speakers = Object.fromEntries(facts.claims.map((c) => [c.id, Object.fromEntries(passageSpeakers(c))]).filter(([, notes]) => Object.keys(notes as object).length > 0));
  return {
    sources: facts.sources.map((s) => ({ id: s.id, label: labels.get(s.id)!, ...(s.copyOf ? { copyOf: s.copyOf } : {}) })),
    passages,
    ...(Object.keys(speakers).length ? { speakers } : {}),
    total: countedSources(facts.sources),
    base,
    ...(facts.corrections?.length ? { corrections: Object.fromEntries(correctionNotes(facts)) } : {}),
  };
}

/**
 * The citation plugin's options for the Markdown file being rendered: in a multi-event site each
 * event's explainer (`<data>/<event>/explainer.md`) gets its own event's sources and links.
 * Read once per version of the event's facts.json (its modification time and size) and kept: a
 * build reads each event once; the live preview, whose Markdown processor lives as long as the
 * server, gets the new options after each extraction without restarting Astro.
 */
export function citationOptionsByFile(base: string): (path: string | undefined) => CitationOptions {
  const byEvent = new Map<string, { version: string; options: CitationOptions }>();
  return (path) => {
    const event = isMultiEvent() && path ? basename(dirname(path)) : '';
    const version = factsVersion(event || undefined);
    let kept = byEvent.get(event);
    if (!kept || kept.version !== version) {
      kept = { version, options: citationOptions(event ? `${base}${event}/` : base, event || undefined) };
      byEvent.set(event, kept);
    }
    return kept.options;
  };
}

/** "mtime:size" of an event's facts.json ("" when missing): changes whenever an extraction rewrites it. */
function factsVersion(event: string | undefined): string {
  const file = join(eventDataDir(event), 'facts.json');
  if (!existsSync(file)) return '';
  const { mtimeMs, size } = statSync(file);
  return `${mtimeMs}:${size}`;
}
