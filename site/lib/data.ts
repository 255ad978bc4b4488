/** The generated data the pages read, loaded once per build (and event) and checked against the schema. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FactsSchema, type Facts } from '../../scripts/contracts/facts.ts';
import type { DocumentView } from '../../scripts/contracts/generated.ts';
import { eventDataDir } from './dataDir.ts';

const facts = new Map<string, Facts>();

/** The facts of one event (of the only event when `event` is not given). */
export function loadFacts(event?: string): Facts {
  let loaded = facts.get(event ?? '');
  if (!loaded) {
    const path = join(eventDataDir(event), 'facts.json');
    const parsed = FactsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`${path} does not match the facts schema: ${parsed.error.message}`);
    loaded = parsed.data;
    facts.set(event ?? '', loaded);
  }
  return loaded;
}

export function loadDocument(id: string, event?: string): DocumentView {
  return JSON.parse(readFileSync(join(eventDataDir(event), 'documents', `${id}.json`), 'utf8')) as DocumentView;
}

/** 1-based citation number of each source, as the markers show them. */
export function sourceNumbers(f: Facts): Map<string, number> {
  return new Map(f.sources.map((s, i) => [s.id, i + 1]));
}
