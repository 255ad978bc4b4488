/** The generated data the pages read, loaded once per build (and event) and checked against the schema. */
import type { Facts } from '../../scripts/contracts/facts.ts';
import type { DocumentView } from '../../scripts/contracts/generated.ts';
import { readDocument, readFacts } from '../../scripts/store/generatedFolder.ts';
import { eventDataDir } from './dataDir.ts';

const facts = new Map<string, Facts>();

/** The facts of one event (of the only event when `event` is not given). */
export function loadFacts(event?: string): Facts {
  let loaded = facts.get(event ?? '');
  if (!loaded) {
    loaded = readFacts(eventDataDir(event));
    facts.set(event ?? '', loaded);
  }
  return loaded;
}

export function loadDocument(id: string, event?: string): DocumentView {
  return readDocument(eventDataDir(event), id);
}

/** 1-based citation number of each source, as the markers show them. */
export function sourceNumbers(f: Facts): Map<string, number> {
  return new Map(f.sources.map((s, i) => [s.id, i + 1]));
}
