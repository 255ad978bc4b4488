/**
 * Many events in one sources folder: `<sources>/<event>/<articles>`. Each event is extracted on
 * its own (in parallel worker threads, or read back from the cache when its files are unchanged)
 * into `<out>/<event>/` (the same files a single event writes), and `<out>/events.json` lists
 * the events with their headline facts for a home page.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { parse as parseYaml } from 'yaml';
import type { PipelineResult } from './pipeline.ts';
import type { Warning } from './types.ts';
import { InputError, sourceIdFor, uniqueId } from './ingest/ingest.ts';
import { eventCacheKey, type ExtractionCache } from './cache.ts';
import { extractInWorkers } from './extractWorkers.ts';
import { EventFolders } from './eventsOutput.ts';
import type { SiteSettings } from './config.ts';
import { replaceFolderAtomicallyAsync } from './output.ts';
import { verifyFacts } from './verify.ts';
import { formatQuantity } from './compose/format.ts';
import { GENERATOR } from './version.ts';
import { EVENTS_FORMAT_VERSION, type EventSummary, type EventsIndex } from './eventsSchema.ts';

export { EVENTS_FORMAT_VERSION, type EventSummary, type EventsIndex };

export interface EventsResult {
  index: EventsIndex;
  /** Problems of single articles (file names prefixed with the event folder) and of whole events left out. */
  warnings: Warning[];
  /** How many events were read back from the cache rather than extracted. */
  cached: number;
}

export interface EventsOptions {
  cache?: ExtractionCache;
  /** corroborate.config's title, description, language and theme: the whole site's, written to the top-level site.json. */
  settings?: SiteSettings;
  /** Worker threads for extraction; by default one per core (at most the number of events to extract). */
  workers?: number;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);
const HEADLINE_FIGURES = 3;

/**
 * The event sub-folders of `dir`, in code-unit order, when `dir` holds sub-folders and no
 * article of its own; undefined for a plain folder of articles (the single-event case).
 */
export function eventFolders(dir: string): string[] | undefined {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => !name.startsWith('.'));
  } catch {
    return undefined; // ingest reports the unreadable folder
  }
  if (names.some((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && isFile(join(dir, name)))) return undefined;
  const folders = names.filter((name) => isDirectory(join(dir, name))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return folders.length ? folders : undefined;
}

/**
 * Extracts every event of `sourcesDir` and replaces `outDir` with their files and events.json
 * in one step. An event with no readable article is left out with a warning; when no event
 * can be built nothing is written and an InputError says why.
 */
export async function extractEvents(sourcesDir: string, outDir: string, options: EventsOptions = {}): Promise<EventsResult> {
  const folders = eventFolders(sourcesDir);
  if (!folders) throw new InputError(`${sourcesDir} holds no event folders`, 'Put each event\'s articles in a sub-folder: <sources>/<event>/<articles>.');
  const usedIds = new Set<string>();
  const events = folders.map((folder) => ({ folder, dir: join(sourcesDir, folder), id: uniqueId(sourceIdFor(folder), usedIds), key: '' }));

  const results = new Map<string, PipelineResult>();
  const misses: typeof events = [];
  for (const event of events) {
    event.key = options.cache ? eventCacheKey(event.dir) : '';
    const hit = options.cache?.read(event.key);
    if (hit) results.set(event.folder, hit);
    else misses.push(event);
  }
  const cached = results.size;
  const failures = new Map<string, Warning>();
  let index: EventsIndex | undefined;

  await replaceFolderAtomicallyAsync(outDir, async (staging) => {
    const folders = new EventFolders(outDir, staging);
    // Each event's folder is checked and written as soon as its result is there, while workers go on.
    const accept = (event: (typeof events)[number], result: PipelineResult): void => {
      const mismatches = verifyFacts(result.facts, event.dir);
      if (mismatches.length) {
        const first = mismatches[0]!;
        throw new Error(`internal error: ${mismatches.length} evidence quote(s) of event ${event.folder} do not match their source (first: claim ${first.claim} in ${first.file}: ${first.problem}); nothing was written`);
      }
      results.set(event.folder, result);
      folders.add({ id: event.id, dir: event.dir, key: event.key || undefined, result });
    };
    for (const event of events) if (results.has(event.folder)) accept(event, results.get(event.folder)!);
    const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), misses.length));
    await extractInWorkers(misses.map((e) => e.dir), workers, (i, outcome) => {
      const event = misses[i]!;
      if ('result' in outcome) {
        options.cache?.write(event.key, outcome.result);
        accept(event, outcome.result);
      } else if (outcome.inputError) {
        failures.set(event.folder, { file: `${event.folder}/`, problem: `${outcome.message}; this event is left out`, fix: outcome.fix });
      } else {
        failures.set(event.folder, { file: `${event.folder}/`, problem: `could not be analysed (internal error: ${outcome.message}); this event is left out`, fix: 'Please report this with the folder.' });
      }
    });
    const built = events.filter((e) => results.has(e.folder));
    if (built.length === 0) {
      throw new InputError(`no event in ${sourcesDir} could be built (${failures.size} problem(s))`, 'Each event folder needs .txt, .md or .html news articles.');
    }
    index = { format: EVENTS_FORMAT_VERSION, generator: GENERATOR, events: built.map((e) => summarise(e.id, e.folder, results.get(e.folder)!)) };
    const top = [{ path: 'events.json', content: `${JSON.stringify(index, null, 2)}\n` }];
    if (options.settings) top.push({ path: 'site.json', content: `${JSON.stringify(options.settings, null, 2)}\n` });
    folders.finish(top, new Set(built.map((e) => e.id)));
  });

  // Warnings in folder order, whatever order the workers finished in.
  const warnings: Warning[] = [];
  for (const event of events) {
    const failure = failures.get(event.folder);
    if (failure) warnings.push(failure);
    const result = results.get(event.folder);
    if (result) warnings.push(...result.warnings.map((w) => ({ ...w, file: `${event.folder}/${w.file}` })));
  }
  return { index: index!, warnings, cached };
}

/** An event's listing entry, from its facts and its explainer's frontmatter. */
export function summarise(id: string, folder: string, result: PipelineResult): EventSummary {
  const explainer = result.files.find((f) => f.path === 'explainer.md')?.content ?? '';
  const front = /^---\n([\s\S]*?)\n---/.exec(explainer);
  const meta = (front ? parseYaml(front[1]!) : {}) as { title?: string; description?: string };
  const { facts } = result;
  const headline = facts.claims
    // Figures with what they count ("300 passengers"), not times of day or bare units.
    .filter((c) => c.kind === 'quantity' && c.quantity!.counts)
    .slice(0, HEADLINE_FIGURES)
    .map((c) => ({ claim: c.id, figure: formatQuantity(c.quantity!), counts: c.quantity!.counts ?? c.quantity!.unit, sources: new Set(c.evidence.map((e) => e.source)).size }));
  return {
    id,
    folder,
    title: meta.title ?? folder,
    description: meta.description ?? '',
    sources: facts.sources.filter((s) => !s.copyOf).length,
    claims: facts.claims.length,
    conflicts: facts.conflicts.length,
    headline,
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
