// @ts-check
import tailwindcss from '@tailwindcss/vite';
import { siteAddress, siteBase } from './scripts/contracts/environment.ts';
import { fileURLToPath } from 'node:url';

// The project's own modules (scripts/: the charts' choice, composing's wording, the contracts)
// are left out of the build's server bundle and imported from their own files, as the command
// itself runs them. Vite then bundles only the site (site/, components/): fewer modules to
// transform and bundle, and Node loads these with its compile cache, in the build's process while
// Vite bundles (render/astroChild.ts), so the pages find them loaded. The gazetteer needed it
// anyway: it finds the data packages, its cached index and its own source (the index's key) from
// where it lies (scripts/charts/places/gazetteerIndex.ts), which a bundled copy could not.
const scriptsDir = fileURLToPath(new URL('./scripts/', import.meta.url));
// A pattern, not a function: Astro adds its own externals to the list, whose items must be patterns.
const external = [new RegExp(`^${scriptsDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)];

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
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0, rolldownOptions: { external, makeAbsoluteExternalsRelative: false } } },
};
