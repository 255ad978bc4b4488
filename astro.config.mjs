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
    processor: unified({
      remarkPlugins: [remarkDirective, [remarkCitations, { sources: citationSources(), base: base.endsWith('/') ? base : `${base}/` }]],
    }),
  },
  vite: { plugins: [tailwindcss()] },
});
