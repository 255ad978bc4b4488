/**
 * Where the site's data lives: the folder `corroborate extract` wrote. The build sets
 * CORROBORATE_DATA; `astro dev` on the bundled event falls back to content/generated.
 */
import { resolve } from 'node:path';

export function dataDir(): string {
  return resolve(process.env.CORROBORATE_DATA ?? 'content/generated');
}
