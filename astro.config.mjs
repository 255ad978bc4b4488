// @ts-check
import tailwindcss from '@tailwindcss/vite';
import { siteAddress, siteBase } from './scripts/contracts/environment.ts';
import { fileURLToPath } from 'node:url';

// The gazetteer is left out of the build's bundle and imported from its own files: it finds the
// data packages, its cached index and its own source (the index's key) from where it lies
// (scripts/charts/places/gazetteerIndex.ts), which a bundled copy could not.
const gazetteer = fileURLToPath(new URL('./scripts/charts/places/gazetteer.ts', import.meta.url));

const base = siteBase();

// A plain object, typed, not defineConfig (which only returns its argument): importing
// 'astro/config' loads its whole entry point, SVGO and its CSS parsers (about 300 modules) and
// the font providers among it, none of which this build uses.
/** @type {import('astro').AstroUserConfig} */
export default {
  srcDir: './site',
  // The deployed address (https://example.org), when known: makes the sitemap, canonical and preview-image URLs absolute.
  site: siteAddress(),
  base,
  trailingSlash: 'always',
  // Pages render four at a time: a page's file is written while the next renders (one at a time,
  // the build waited on each file's creation, which takes this machine's file system up to tens of ms).
  build: { format: 'directory', concurrency: 4 },
  // No Markdown setting: Astro renders no Markdown here. The pages render the explainer
  // themselves with its own processor (site/lib/explainerEntry.ts, explainerMarkdown.ts), and
  // the config no longer loads that processor and its plugins (about 0.13 s of every build's
  // config, measured), which the build's process loads while Vite bundles (render/astroChild.ts).
  // A Markdown page added to site/pages would get Astro's default processor, not the explainer's.
  // Never inline scripts into pages: the Content-Security-Policy allows only script files from the site.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0, rolldownOptions: { external: [gazetteer], makeAbsoluteExternalsRelative: false } } },
};
