/**
 * The yardstick for a one-event build: a bare Astro project with as many pages as the bundled
 * event's site, Tailwind included, built with the project's own installed astro (its node_modules
 * linked in), as a fresh process from spawn to exit.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the bare project into `dir` with `pages` pages; returns `dir`. */
export function writeBareAstro(root: string, dir: string, pages: number): string {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'src/styles'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare-astro", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport tailwindcss from '@tailwindcss/vite';\nexport default defineConfig({ vite: { plugins: [tailwindcss()] } });\n");
  writeFileSync(join(dir, 'src/styles/site.css'), '@import "tailwindcss";\n');
  // Only classes the site itself uses: Tailwind scans this project's files too (this one included),
  // so a class new here would change the site's CSS.
  for (let i = 0; i < pages; i++) {
    const path = i === 0 ? 'index.astro' : `page-${i}.astro`;
    writeFileSync(join(dir, 'src/pages', path), `---\nimport '../styles/site.css';\nconst n = ${i};\n---\n<html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head><body class="mx-auto max-w-3xl px-4 py-8"><h1 class="text-2xl font-bold mb-4">Page {n}</h1><p class="text-sm">A paragraph of text on page {n}.</p></body></html>\n`);
  }
  return dir;
}

/** Seconds of `astro build` in `dir`, from spawn to exit; rejects unless it succeeds. */
export async function timeBareBuild(root: string, dir: string): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  if (code !== 0) throw new Error(`bare astro build failed (${code}): ${stderr.slice(-2000)}`);
  return (performance.now() - start) / 1000;
}
