// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkCitations from './components/markdown/remarkCitations.ts';
import { citationSources } from './site/lib/citationSources.ts';

const base = process.env.CORROBORATE_BASE ?? '/';

export default defineConfig({
  srcDir: './site',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Article text is shown as written: no smart quotes, and no GFM, whose autolinks would turn
    // a URL in an article into a live link (the generated Markdown uses no GFM syntax).
    processor: unified({
      smartypants: false,
      gfm: false,
      remarkPlugins: [remarkDirective, [remarkCitations, { sources: citationSources(), base: base.endsWith('/') ? base : `${base}/` }]],
    }),
  },
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts into pages: the Content-Security-Policy admits only the site's own script files.
    build: { assetsInlineLimit: 0 },
  },
});
