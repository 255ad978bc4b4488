/** The generated data the pages read, loaded once per build (and event) and checked against the schema. */
import type { Facts } from '../../scripts/contracts/facts.ts';
import type { DocumentView, SpokenTexts } from '../../scripts/contracts/generated.ts';
import { readDocument, readFacts, readSpokenTexts } from '../../scripts/store/generatedFolder.ts';
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

/** How the /claims/ list writes each reported-speech claim, by claim id (spoken.json, made at compose time). */
export function loadSpokenTexts(event?: string): SpokenTexts {
  return readSpokenTexts(eventDataDir(event));
}

/** 1-based citation number of each source, as the markers show them. */
export function sourceNumbers(f: Facts): Map<string, number> {
  return new Map(f.sources.map((s, i) => [s.id, i + 1]));
}
