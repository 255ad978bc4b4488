/**
 * `sources.yaml` beside the articles: metadata the user gives for each file, which wins
 * over anything read from the file itself (frontmatter, the page's metadata) or inferred
 * (a dateline's outlet, the first line as title).
 *
 *   harbour-times.html:
 *     publisher: Harbour Times
 *     published: 2031-05-14
 *   coastal-herald.txt:
 *     title: Fire on the evening ferry
 *     author: Ines Berg
 *     url: https://coastal-herald.example/ferry-fire
 *   harbour-times-ferry.html:          # written by `corroborate add`
 *     url: https://harbour-times.example/ferry
 *     final_url: https://www.harbour-times.example/news/ferry
 *     fetched: 2031-05-15T08:00:00.000Z
 *     canonical: https://www.harbour-times.example/news/ferry
 *     charset: windows-1252
 *
 * `final_url` and `fetched` record where and when a page was fetched (provenance, not shown);
 * `canonical` is the page's own canonical URL (a fallback for `url`); `charset` is the one the
 * server declared, which the saved bytes do not carry (decode.ts reads the file with it).
 *
 *   event:
 *     title: The harbour ferry fire
 *     description: What three outlets reported of the fire on the evening ferry.
 *
 * `event` (never an article's name: articles have an extension) sets the event's own headline
 * and summary, in place of those chosen from the articles.
 *
 * Problems never stop the run: each becomes a warning with its line, and the entry (or the
 * whole file) is ignored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yaml } from '../text/onDemand.ts';
import type { Warning } from '../contracts/stages.ts';
import { metaFromRecord, type ArticleMeta } from './frontmatter.ts';

export const SOURCES_FILES = ['sources.yaml', 'sources.yml'];

/** Fields `corroborate add` records beside the metadata: known, so never "unknown field" warnings. */
const FETCH_FIELDS = new Set(['final_url', 'fetched', 'charset']);

/** The event's own headline and summary (sources.yaml's `event:` entry). */
export interface EventMeta {
  title?: string;
  description?: string;
}

/** The key of the event's own entry. */
export const EVENT_KEY = 'event';

export interface SourcesYaml {
  /** Metadata by article file name. */
  byFile: Map<string, ArticleMeta>;
  /** The character encoding given for a file (`charset:`), by file name. */
  charsets: Map<string, string>;
  /** The event's title and description, when the file gives them. */
  event: EventMeta;
  warnings: Warning[];
}

/** Reads `sources.yaml` (or `.yml`) in `dir`; empty when there is none. `articleFiles` are the file names present. */
export function readSourcesYaml(dir: string, articleFiles: ReadonlySet<string>): SourcesYaml {
  const byFile = new Map<string, ArticleMeta>();
  const charsets = new Map<string, string>();
  const event: EventMeta = {};
  const warnings: Warning[] = [];
  const name = SOURCES_FILES.find((n) => existsSync(join(dir, n)));
  if (!name) return { byFile, charsets, event, warnings };
  const { isMap, isScalar, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(join(dir, name), 'utf8'), { lineCounter });
  const lineOf = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    warnings.push({ file: name, line: error.linePos?.[0].line, problem: `is not valid YAML (${error.message.split('\n')[0]}); no metadata was read from it`, fix: 'Fix the YAML; each article file name is a key with title, publisher, author, url or published under it.' });
    return { byFile, charsets, event, warnings };
  }
  if (doc.contents === null) return { byFile, charsets, event, warnings };
  if (!isMap(doc.contents)) {
    warnings.push({ file: name, line: 1, problem: 'should map article file names to their metadata; it was ignored', fix: 'Write `file-name.txt:` followed by indented `publisher: ...` lines.' });
    return { byFile, charsets, event, warnings };
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const line = lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    if (!key) continue;
    if (key === EVENT_KEY && !articleFiles.has(key)) {
      readEventEntry(pair.value, name, line, event, warnings);
      continue;
    }
    if (!articleFiles.has(key)) {
      warnings.push({ file: name, line, problem: `names ${key}, which is not an article in this folder; the entry was ignored`, fix: 'Use the exact file name of an article (with its extension).' });
      continue;
    }
    const value = pair.value === null ? null : (pair.value as { toJSON?: () => unknown }).toJSON?.();
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      warnings.push({ file: name, line, problem: `the entry for ${key} is not a set of key: value pairs; it was ignored`, fix: 'Indent title, publisher, author, url or published under the file name.' });
      continue;
    }
    const record = value as Record<string, unknown>;
    const { meta, wrongTypes, unknownKeys: unknown } = metaFromRecord(record);
    const unknownKeys = unknown.filter((k) => !FETCH_FIELDS.has(k));
    if (typeof record.charset === 'string' && record.charset.trim()) charsets.set(key, record.charset.trim());
    else if (record.charset !== undefined && record.charset !== null) wrongTypes.push('charset');
    if (wrongTypes.length) warnings.push({ file: name, line, problem: `${key}: ${wrongTypes.join(', ')} should be text; ignored`, fix: 'Quote the value.' });
    if (unknownKeys.length) warnings.push({ file: name, line, problem: `${key}: unknown field${unknownKeys.length > 1 ? 's' : ''} ${unknownKeys.join(', ')}; ignored`, fix: 'Use title, publisher, author, url or published.' });
    byFile.set(key, meta);
  }
  return { byFile, charsets, event, warnings };
}

/** Reads `event: { title, description }`; a wrong field or type is a warning, the rest is used. */
function readEventEntry(node: unknown, file: string, line: number | undefined, event: EventMeta, warnings: Warning[]): void {
  const value = node === null ? null : (node as { toJSON?: () => unknown }).toJSON?.();
  if (value === null || value === undefined) return;
  if (typeof value !== 'object' || Array.isArray(value)) {
    warnings.push({ file, line, problem: 'the event entry is not a set of key: value pairs; it was ignored', fix: 'Indent title and description under `event:`.' });
    return;
  }
  for (const [field, text] of Object.entries(value as Record<string, unknown>)) {
    if (field !== 'title' && field !== 'description') {
      warnings.push({ file, line, problem: `event: unknown field ${field}; ignored`, fix: 'Use title or description.' });
      continue;
    }
    if (typeof text !== 'string' || !text.trim()) {
      warnings.push({ file, line, problem: `event: ${field} should be text; ignored`, fix: 'Quote the value.' });
      continue;
    }
    event[field] = text.trim();
  }
}
