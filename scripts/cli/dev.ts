/**
 * `corroborate dev`: live preview. Extracts once, starts the Astro dev server on the
 * generated folder, then watches the sources folder: any change (edit, new or removed
 * article, sources.yaml) re-extracts after a short quiet period and updates the served site
 * in place (hotUpdate.ts: the server's modules evaluated again, so the pages read the new
 * facts and explainers), which reloads open pages. Astro is never restarted.
 */
import { mkdtempSync, rmSync, watch, type FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { PROJECT_ROOT } from '../render/astro.ts';
import type { SiteSettings } from '../contracts/generated.ts';
import { eventFolders, extractFolder, type Extraction } from '../build/extractFolder.ts';
import { folderCache } from '../store/cache.ts';
import { setPageEnvironment } from '../contracts/environment.ts';
import { reviewMiddleware, reviewToken } from './review.ts';
import { hotUpdate } from './hotUpdate.ts';

export interface DevOptions {
  sourcesDir: string;
  generatedDir?: string;
  base: string;
  port?: number;
  host?: boolean;
  settings: SiteSettings;
  /** Told about each extraction (or its failure): one event's result, or a folder of events'. */
  onExtract: (result: Extraction | Error, ms: number) => void;
  quiet?: boolean;
  /** Review actions (write corrections.yaml from the page) even when served to the network (--host); always on otherwise. */
  review?: boolean;
}

/** Quiet period after the last change before re-extracting: editors write a file in several steps (a few ms apart; 100 ms leaves room for slow ones). */
const DEBOUNCE_MS = 100;

export interface DevHandle {
  url: string;
  stop: () => Promise<void>;
}

export async function startDev(options: DevOptions): Promise<DevHandle> {
  // The session's own folder (its generated files unless --generated, its cache): removed when the
  // preview stops, fails to start, or the process exits any other way it can run code on.
  const work = mkdtempSync(join(tmpdir(), 'corroborate-dev-'));
  const removeWork = (): void => rmSync(work, { recursive: true, force: true });
  process.once('exit', removeWork);
  try {
    return await startDevIn(work, options, removeWork);
  } catch (error) {
    removeWork();
    throw error;
  }
}

async function startDevIn(work: string, options: DevOptions, removeWork: () => void): Promise<DevHandle> {
  const generatedDir = resolve(options.generatedDir ?? join(work, 'generated'));
  // A folder of event folders previews every event; unchanged events come back from a cache of the session's own.
  const manyEvents = !!eventFolders(options.sourcesDir);
  const cache = manyEvents ? folderCache(join(work, 'cache')) : undefined;
  const extract = async (): Promise<boolean> => {
    const started = performance.now();
    try {
      const result = await extractFolder(options.sourcesDir, generatedDir, { cache, settings: options.settings });
      options.onExtract(result, performance.now() - started);
      return true;
    } catch (error) {
      // The last good site stays served; the message says what to fix.
      options.onExtract(error as Error, performance.now() - started);
      return false;
    }
  };
  if (!(await extract())) throw new Error('the first extraction failed');

  // The layout leaves out the CSP in the preview: it would block Vite's client.
  setPageEnvironment({ data: generatedDir, base: options.base, preview: true });
  // Review actions write files: only for the preview's own pages, and not on the network unless asked for.
  const review = !options.host || options.review ? { token: reviewToken(), sourcesDir: resolve(options.sourcesDir), generatedDir, manyEvents } : undefined;
  if (review) {
    process.env.CORROBORATE_REVIEW_TOKEN = review.token;
    process.env.CORROBORATE_REVIEW_SCRIPT = `/@fs${join(PROJECT_ROOT, 'components/client/review.ts')}`;
  }
  let astroServer: Parameters<typeof hotUpdate>[0] | undefined;
  const integration: AstroIntegration = {
    name: 'corroborate-live-preview',
    hooks: {
      'astro:server:setup': ({ server }) => {
        astroServer = server;
        if (review) server.middlewares.use(reviewMiddleware(review));
      },
    },
  };
  const { dev } = await import('astro');
  const server = await dev({
    root: PROJECT_ROOT,
    integrations: [integration],
    server: { port: options.port ?? 4321, host: options.host ?? false },
    // The preview shows the site as readers get it: no Astro toolbar over the page.
    devToolbar: { enabled: false },
    logLevel: options.quiet ? 'error' : 'warn',
  });

  let timer: NodeJS.Timeout | undefined;
  const onChange = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const started = performance.now();
      void extract().then((ok) => {
        if (!ok || !astroServer) return;
        const extracted = performance.now();
        hotUpdate(astroServer);
        // For npm run bench: where the time after a save goes.
        if (process.env.CORROBORATE_DEV_TIMINGS === '1') console.error(`dev timings: extract ${Math.round(extracted - started)} ms, hot update ${Math.round(performance.now() - extracted)} ms`);
      }).catch((error: unknown) => options.onExtract(error as Error, 0));
    }, DEBOUNCE_MS);
  };
  const watcher: FSWatcher = watch(options.sourcesDir, { persistent: true, recursive: manyEvents }, onChange);

  const host = options.host ? 'localhost' : server.address.address.includes(':') ? 'localhost' : server.address.address;
  return {
    url: `http://${host}:${server.address.port}${options.base}`,
    stop: async () => {
      clearTimeout(timer);
      watcher.close();
      try {
        await server.stop();
      } finally {
        removeWork();
        process.off('exit', removeWork);
      }
    },
  };
}
