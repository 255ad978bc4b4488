/** Child process of renderInBatches: one Astro build of the events CORROBORATE_BUILD_EVENTS names. */
import { astroRender } from './buildSite.ts';

const [generatedDir, outDir, base, verbosity] = process.argv.slice(2);
await astroRender(generatedDir!, outDir!, base!, verbosity === 'quiet');
