/**
 * The live preview's update after an extraction, without restarting Astro (which took about 3 s
 * of the 4 s from a save to the reloaded page, measured with `npm run bench -- --only preview`):
 * the site's own modules are evaluated again, and with them go their caches of the generated
 * files (the explainers read and rendered by site/lib/explainerEntry.ts, the facts), so the next
 * request reads everything afresh; then open pages reload.
 *
 * Since the pages render the explainers themselves (no content layer, issue 22) this shows every
 * change, including facts that changed under an unchanged explainer (a new outlet name in
 * sources.yaml), which used to need Astro's restart: the content layer kept a rendered entry
 * while its file's text was the same.
 */
import type { ViteDevServer } from 'vite';

/** Re-evaluates the server's modules, then reloads open pages. */
export function hotUpdate(server: ViteDevServer): void {
  for (const [name, environment] of Object.entries(server.environments)) {
    if (name === 'client') continue;
    // What Vite itself does on a full reload: the module runner forgets every evaluated module (the
    // transformed code stays cached, so this costs milliseconds), and the next request imports afresh.
    const runner = (environment as { runner?: { evaluatedModules: { clear: () => void } } }).runner;
    runner?.evaluatedModules.clear();
  }
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
}
