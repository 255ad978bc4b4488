/** Child process of renderPages.ts: one Astro build; CORROBORATE_BUILD_EVENTS may name the events to render. */
import { renderPagesHere } from './astro.ts';

const [generatedDir, outDir, base, verbosity] = process.argv.slice(2);
await renderPagesHere(generatedDir!, outDir!, base!, verbosity === 'quiet');
