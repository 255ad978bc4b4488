/**
 * Verify: every evidence quote (and every day phrase in it) must be its source file's text at its offsets.
 * Run by the build before any page is written, and by `corroborate verify`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Facts } from '../contracts/facts.ts';
import { MisquoteError } from '../contracts/errors.ts';
import { decodeArticleBytes } from '../ingest/decode.ts';
import { readSourcesYaml } from '../ingest/sourcesYaml.ts';

export interface Mismatch {
  claim: string;
  source: string;
  file: string;
  problem: string;
}

/** Checks `facts` against the article files in `sourcesDir`; an empty list means all evidence holds. */
export function verifyFacts(facts: Facts, sourcesDir: string): Mismatch[] {
  const texts = new Map<string, string | undefined>();
  const files = new Map(facts.sources.map((s) => [s.id, s.file]));
  const mismatches: Mismatch[] = [];
  // The same decoding as ingest: a charset given in sources.yaml, a web page's declared one.
  const { charsets } = readSourcesYaml(sourcesDir, new Set(files.values()));
  for (const claim of facts.claims) {
    for (const e of claim.evidence) {
      const file = files.get(e.source);
      if (!file) {
        mismatches.push({ claim: claim.id, source: e.source, file: '?', problem: 'evidence names a source that is not in sources[]' });
        continue;
      }
      if (!texts.has(file)) texts.set(file, readText(join(sourcesDir, file), charsets.get(file)));
      const text = texts.get(file);
      if (text === undefined) {
        mismatches.push({ claim: claim.id, source: e.source, file, problem: 'source file is missing or unreadable' });
      } else if (e.end < e.start || text.slice(e.start, e.end) !== e.quote) {
        mismatches.push({ claim: claim.id, source: e.source, file, problem: `quote differs from the file text at ${e.start}-${e.end}` });
      }
      // A day phrase on the timeline is provenance too: it must be the file's text at its offsets.
      for (const d of text === undefined ? [] : e.dates ?? []) {
        if (text!.slice(d.start, d.end) !== d.phrase) mismatches.push({ claim: claim.id, source: e.source, file, problem: `date phrase "${d.phrase}" differs from the file text at ${d.start}-${d.end}` });
      }
    }
  }
  return mismatches;
}

function readText(path: string, charset: string | undefined): string | undefined {
  try {
    const decoded = decodeArticleBytes(readFileSync(path), { charset, html: /\.html?$/i.test(path) });
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Throws unless every evidence quote of `facts` is its file's text at its offsets: a mismatch is
 * a bug (the pipeline must never misquote), so nothing is written. `what` names the event in a
 * folder of events ("of event ferry-fire").
 */
export function assertVerified(facts: Facts, sourcesDir: string, what?: string): void {
  const mismatches = verifyFacts(facts, sourcesDir);
  if (mismatches.length === 0) return;
  const first = mismatches[0]!;
  throw new MisquoteError(`internal error: ${mismatches.length} evidence quote(s)${what ? ` ${what}` : ''} do not match their source (first: claim ${first.claim} in ${first.file}: ${first.problem}); nothing was written`);
}
