/**
 * Writing `sources.yaml` for `corroborate add` (ingest/sourcesYaml.ts reads it). The document is
 * edited in place with the yaml library, so a user's comments, order and values survive: a field
 * the entry already has is never replaced, except the three that describe the saved bytes
 * (`final_url`, `fetched`, `charset`), which a fetch of the file renews.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { InputError } from '../contracts/errors.ts';
import { SOURCES_FILES } from '../ingest/sourcesYaml.ts';

/** What `corroborate add` records of a saved page, in the order written. */
export interface PageRecord {
  url: string;
  final_url: string;
  /** When it was fetched (ISO 8601, UTC). */
  fetched: string;
  canonical?: string;
  title?: string;
  publisher?: string;
  author?: string;
  published?: string;
  /** The charset the server declared, when the bytes are not UTF-8 (decode.ts reads them with it). */
  charset?: string;
}

/** Fields of the saved bytes: renewed by every fetch of the file. The rest are kept once set. */
const RENEWED = new Set<keyof PageRecord>(['final_url', 'fetched', 'charset']);

export interface SourcesFile {
  /** The URLs an entry gives (url, final_url, canonical), by file name. */
  urls(): Map<string, string[]>;
  /** Records `page` for `file` and writes the file. */
  record(file: string, page: PageRecord): void;
}

/** Opens the folder's sources.yaml (or .yml; a new sources.yaml when there is none). Invalid YAML stops the command. */
export function openSourcesFile(dir: string): SourcesFile {
  const name = SOURCES_FILES.find((n) => existsSync(join(dir, n))) ?? SOURCES_FILES[0]!;
  const path = join(dir, name);
  const doc = parseDocument(existsSync(path) ? readFileSync(path, 'utf8') : '');
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    throw new InputError(`${path}:${error.linePos?.[0].line ?? 1}: is not valid YAML (${error.message.split('\n')[0]}), so corroborate add cannot record pages in it`, 'Fix the YAML (or move the file away), then run the command again.');
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new InputError(`${path}: should map article file names to their metadata, so corroborate add cannot record pages in it`, 'Write `file-name.html:` followed by indented `url: ...` lines, or move the file away.');
  }
  return {
    urls: () => urlsOf(doc),
    record(file, page) {
      if (doc.contents === null) doc.contents = doc.createNode({}) as never;
      const entry = doc.get(file, true);
      if (!isMap(entry)) doc.set(file, doc.createNode({})); // none yet, or an empty or unusable entry
      for (const [key, value] of Object.entries(page) as [keyof PageRecord, string | undefined][]) {
        const has = doc.hasIn([file, key]) && doc.getIn([file, key]) !== null;
        if (RENEWED.has(key)) {
          if (value === undefined) doc.deleteIn([file, key]);
          else doc.setIn([file, key], value);
        } else if (!has && value !== undefined) doc.setIn([file, key], value);
      }
      // Written whole to a temporary file, then renamed: an interrupted run never leaves half a file.
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, doc.toString({ lineWidth: 0 }));
      renameSync(temporary, path);
    },
  };
}

function urlsOf(doc: Document): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!isMap(doc.contents)) return out;
  for (const pair of doc.contents.items) {
    // Keys parsed from the file are Scalar nodes; keys added in this run are plain strings.
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    if (typeof key !== 'string' || !isMap(pair.value)) continue;
    const urls: string[] = [];
    for (const field of ['url', 'final_url', 'canonical', 'link']) {
      const value = pair.value.get(field);
      if (typeof value === 'string' && value.trim()) urls.push(value.trim());
    }
    out.set(key, urls);
  }
  return out;
}
