/**
 * The live preview's update after an extraction, without restarting Astro (which took about 3 s
 * of the 4 s from a save to the reloaded page, measured with `npm run bench -- --only preview`):
 * the site's own modules are evaluated again (their caches of the generated files go with them),
 * the content layer reloads the explainers (a changed one is rendered again: the citation
 * plugin reads its options per facts.json version, site/lib/citationOptions.ts), and open pages
 * reload.
 *
 * One case still needs the restart: an explainer whose text is unchanged while its event's facts
 * changed (a new outlet name in sources.yaml, say). The content layer keeps a rendered entry
 * while its file's text is the same, so its citation cards would show the old facts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';

/** Each event folder's facts.json and explainer.md text, by folder ('' for a single event). */
export type GeneratedSnapshot = Map<string, { facts: string; explainer: string }>;

function readOr(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** The facts and explainer of every event in `generatedDir` (one event, or one folder per event). */
export function snapshotGenerated(generatedDir: string, manyEvents: boolean): GeneratedSnapshot {
  const folders = !manyEvents ? [''] : existsSync(generatedDir) ? readdirSync(generatedDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
  return new Map(folders.map((f) => [f, { facts: readOr(join(generatedDir, f, 'facts.json')), explainer: readOr(join(generatedDir, f, 'explainer.md')) }]));
}

/** Whether some event's facts changed while its explainer's text did not (then only a restart shows the change). */
export function needsRestart(before: GeneratedSnapshot, after: GeneratedSnapshot): boolean {
  for (const [folder, now] of after) {
    const was = before.get(folder);
    if (was && was.facts !== now.facts && was.explainer === now.explainer) return true;
  }
  return false;
}

/** Astro's hook for reloading content collections (astro:server:setup's refreshContent). */
export type RefreshContent = (options: { loaders?: string[] }) => Promise<void>;

/** Re-evaluates the server's modules, reloads the explainer collection, then reloads open pages. */
export async function hotUpdate(server: ViteDevServer, refreshContent: RefreshContent): Promise<void> {
  for (const [name, environment] of Object.entries(server.environments)) {
    if (name === 'client') continue;
    // What Vite itself does on a full reload: the module runner forgets every evaluated module (the
    // transformed code stays cached, so this costs milliseconds), and the next request imports afresh.
    const runner = (environment as { runner?: { evaluatedModules: { clear: () => void } } }).runner;
    runner?.evaluatedModules.clear();
  }
  await refreshContent({ loaders: ['glob-loader'] });
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
}
