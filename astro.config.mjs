// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { explainerProcessor, SYNTAX_HIGHLIGHT } from './site/lib/explainerMarkdown.ts';
import { siteAddress, siteBase } from './scripts/contracts/environment.ts';
import { fileURLToPath } from 'node:url';

// The gazetteer is left out of the build's bundle and imported from its own files: it finds the
// data packages, its cached index and its own source (the index's key) from where it lies
// (scripts/charts/places/gazetteerIndex.ts), which a bundled copy could not.
const gazetteer = fileURLToPath(new URL('./scripts/charts/places/gazetteer.ts', import.meta.url));

const base = siteBase();

export default defineConfig({
  srcDir: './site',
  // The deployed address (https://example.org), when known: makes the sitemap, canonical and preview-image URLs absolute.
  site: siteAddress(),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The pages render the explainer themselves (site/lib/explainerEntry.ts); any other Markdown
  // the site may hold gets the same processor.
  markdown: { syntaxHighlight: SYNTAX_HIGHLIGHT, processor: explainerProcessor(base) },
  // Never inline scripts into pages: the Content-Security-Policy allows only script files from the site.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0, rolldownOptions: { external: [gazetteer], makeAbsoluteExternalsRelative: false } } },
});
