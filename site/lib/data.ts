/** The generated data the pages read, loaded once per build and checked against the schema. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FactsSchema, type Facts } from '../../scripts/schema.ts';
import type { DocumentView } from '../../scripts/compose/documents.ts';
import { dataDir } from './dataDir.ts';

let facts: Facts | undefined;

export function loadFacts(): Facts {
  if (!facts) {
    const path = join(dataDir(), 'facts.json');
    const parsed = FactsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`${path} does not match the facts schema: ${parsed.error.message}`);
    facts = parsed.data;
  }
  return facts;
}

export function loadDocument(id: string): DocumentView {
  return JSON.parse(readFileSync(join(dataDir(), 'documents', `${id}.json`), 'utf8')) as DocumentView;
}

/** 1-based citation number of each source, as the markers show them. */
export function sourceNumbers(f: Facts): Map<string, number> {
  return new Map(f.sources.map((s, i) => [s.id, i + 1]));
}
