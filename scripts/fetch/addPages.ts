/**
 * `corroborate add`: web pages into a sources folder. Each URL is fetched (fetchPage.ts), its
 * bytes saved as served under a name from its URL (fileNames.ts), and its provenance and
 * metadata recorded in sources.yaml (sourcesFile.ts). A page the folder already holds (the same
 * URL, final URL or canonical URL in sources.yaml) is not fetched or saved again, unless
 * `refresh`, which fetches it again into the same file.
 */
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArticleBytes } from '../ingest/decode.ts';
import { htmlToView } from '../ingest/html.ts';
import { MAX_FILE_BYTES } from '../ingest/limits.ts';
import { fetchPage, type FetchLimits } from './fetchPage.ts';
import { fileNameFor } from './fileNames.ts';
import { createHostQueue } from './hostQueue.ts';
import { openSourcesFile, type PageRecord } from './sourcesFile.ts';

export const DEFAULT_LIMITS: FetchLimits = {
  timeoutMs: 20_000,
  // What ingest reads at most: a larger page could be saved but never used.
  maxBytes: MAX_FILE_BYTES,
  maxRedirects: 5,
};
/** Hosts fetched at the same time (each host still gets one request at a time). */
const PARALLEL_HOSTS = 4;

export type AddResult =
  | { url: string; status: 'saved'; file: string; finalUrl: string; refreshed: boolean }
  | { url: string; status: 'present'; file: string; why: string }
  | { url: string; status: 'failed'; problem: string; fix: string };

export interface AddOptions {
  refresh?: boolean;
  limits?: Partial<FetchLimits>;
  /** Called after each URL is done, with how many are done. */
  onResult?: (result: AddResult, done: number, total: number) => void;
  /** The clock, for the `fetched` time (tests pin it). */
  now?: () => Date;
}

/** Adds the pages at `urls` to `dir` (created if missing); one result per distinct URL, in the order given. */
export async function addPages(urls: readonly string[], dir: string, options: AddOptions = {}): Promise<AddResult[]> {
  mkdirSync(dir, { recursive: true });
  const sources = openSourcesFile(dir);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const queue = createHostQueue();
  const now = options.now ?? (() => new Date());
  const taken = new Set(readdirSync(dir));
  const wanted = [...new Set(urls.map((u) => u.trim()).filter(Boolean))];
  const results = new Map<string, AddResult>();
  const report = (result: AddResult): void => {
    results.set(result.url, result);
    options.onResult?.(result, results.size, wanted.length);
  };

  const addOne = async (url: string): Promise<void> => {
    const known = fileFor(sources.urls(), [url]);
    if (known && !options.refresh) return report({ url, status: 'present', file: known, why: 'this URL is already in the folder' });
    const page = await fetchPage(url, limits, queue);
    if (!page.ok) return report({ url, status: 'failed', problem: page.problem, fix: page.fix });
    const decoded = decodeArticleBytes(page.bytes, { charset: page.charset, html: true });
    if (!decoded.ok) return report({ url, status: 'failed', problem: `${decoded.problem.replace(/, skipped$/, '')}; not saved`, fix: 'The page cannot be read as text; save its article text yourself as .txt.' });
    const meta = htmlToView(decoded.text).meta;
    const canonical = meta.url ? absolute(meta.url, page.finalUrl) : undefined;
    const byFinal = fileFor(sources.urls(), [page.finalUrl]);
    const byCanonical = canonical ? fileFor(sources.urls(), [canonical]) : undefined;
    const same = known ?? byCanonical ?? byFinal;
    if (same && !options.refresh) return report({ url, status: 'present', file: same, why: byCanonical ? `its canonical URL ${canonical} is already in the folder` : `it redirects to ${page.finalUrl}, already in the folder` });
    const file = same ?? fileNameFor(page.finalUrl, taken);
    const record: PageRecord = {
      url,
      final_url: page.finalUrl,
      fetched: now().toISOString(),
      ...(canonical ? { canonical } : {}),
      ...(meta.title ? { title: meta.title } : {}),
      ...(meta.publisher ? { publisher: meta.publisher } : {}),
      ...(meta.author ? { author: meta.author } : {}),
      ...(meta.published ? { published: meta.published } : {}),
      // Only when the bytes need it: valid UTF-8 is read as UTF-8 whatever was declared.
      ...(decoded.encoding !== 'utf-8' && page.charset ? { charset: page.charset } : {}),
    };
    const temporary = join(dir, `.${file}.${process.pid}.tmp`);
    writeFileSync(temporary, page.bytes);
    renameSync(temporary, join(dir, file));
    sources.record(file, record);
    report({ url, status: 'saved', file, finalUrl: page.finalUrl, refreshed: same !== undefined });
  };

  // One worker per host group, PARALLEL_HOSTS at a time; within a group, one URL after another.
  const groups = [...groupByHost(wanted).values()];
  const worker = async (): Promise<void> => {
    for (let group = groups.shift(); group; group = groups.shift()) {
      for (const url of group) await addOne(url);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_HOSTS, groups.length) }, worker));
  return wanted.map((u) => results.get(u)!);
}

function groupByHost(urls: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const url of urls) {
    let host = '';
    try {
      host = new URL(url).host;
    } catch {
      // not a URL: fetchPage says so
    }
    groups.set(host, [...(groups.get(host) ?? []), url]);
  }
  return groups;
}

/** The file whose sources.yaml entry gives one of `urls`. */
function fileFor(byFile: Map<string, string[]>, urls: readonly string[]): string | undefined {
  for (const [file, known] of byFile) if (urls.some((u) => sameUrl(u, known))) return file;
  return undefined;
}

/** The same address, ignoring a #fragment and the case of the host. */
function sameUrl(url: string, among: readonly string[]): boolean {
  const key = normalised(url);
  return key !== undefined && among.some((u) => normalised(u) === key);
}

function normalised(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return undefined;
  }
}

function absolute(url: string, base: string): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}
