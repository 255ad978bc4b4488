// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkCitations from './components/markdown/remarkCitations.ts';
import remarkConflicts from './components/markdown/remarkConflicts.ts';
import { citationOptionsByFile } from './site/lib/citationOptions.ts';
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
  markdown: {
    // The explainer's Markdown holds no code: no highlighter to load (Shiki took about 0.2 s of each build).
    syntaxHighlight: false,
    // Article text is shown as written: no smart quotes, and no GFM, whose autolinks would turn
    // a URL in an article into a live link (the generated Markdown uses no GFM syntax).
    processor: unified({
      smartypants: false,
      gfm: false,
      remarkPlugins: [remarkDirective, remarkConflicts, [remarkCitations, citationOptionsByFile(base)]],
    }),
  },
  // Never inline scripts into pages: the Content-Security-Policy allows only script files from the site.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0, rolldownOptions: { external: [gazetteer], makeAbsoluteExternalsRelative: false } } },
});
