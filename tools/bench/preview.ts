/**
 * The live preview as a user feels it: `corroborate dev` started as a fresh process on a copy of
 * a sources folder, one page open in Chromium (playwright-core), then an article edited again and
 * again; each time, the milliseconds from the write to the open page showing the new text (the
 * page reloads itself: nothing here reloads it). The page is the edited article's own source page,
 * which shows every sentence of it, so any edit has text to wait for.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { freePort } from '../freePort.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { sourceIdFor } from '../../scripts/ingest/ingest.ts';

export interface PreviewEdits {
  /** Each edit's milliseconds from the write to the new text on the open page, in order. */
  ms: number[];
  /** Each edit's milliseconds from the write to the page starting to reload (its last navigation). */
  untilReload: number[];
  /** The server's own "dev timings" lines (CORROBORATE_DEV_TIMINGS=1): extraction and update per edit. */
  timings: string[];
}


/**
 * Times `edits` edits of one article in `corroborate dev` on a copy of `sources`. `event` names the
 * event folder to edit in a folder of events (its pages are under /<event>/).
 */
export async function timePreviewEdits(root: string, sources: string, edits: number, event?: string, env: NodeJS.ProcessEnv = {}): Promise<PreviewEdits> {
  const copy = mkdtempSync(join(tmpdir(), 'corroborate-bench-preview-'));
  cpSync(sources, copy, { recursive: true });
  const eventDir = event ? join(copy, event) : copy;
  const file = readdirSync(eventDir).filter((f) => f.endsWith('.txt')).sort()[0]!;
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'bin/corroborate.js'), 'dev', copy, '--port', String(port)], { cwd: root, env: { ...process.env, CI: 'true', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const deadline = Date.now() + 120_000;
    while (!/Live preview at /.test(output)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`corroborate dev did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const page = await browser.newPage();
    // The first edit comes after the opened page settled (Vite prepares its client code on the first load), as a user reads before editing.
    await page.goto(`http://localhost:${port}/${event ? `${event}/` : ''}sources/${sourceIdFor(file)}/`);
    const ms: number[] = [];
    let navigated = 0;
    page.on('framenavigated', () => (navigated = performance.now()));
    /** Of each edit, the milliseconds until the page started reloading (the rest is loading and rendering it). */
    const untilReload: number[] = [];
    for (let i = 0; i < edits; i++) {
      // Each edit a sentence of its own, with a figure no article holds.
      const marker = `${7100 + i} onlookers`;
      // Let the watcher settle after the last reload, as a user's next save comes later.
      await new Promise((r) => setTimeout(r, i === 0 ? 3000 : 1000));
      const start = performance.now();
      appendFileSync(join(eventDir, file), `\nOfficials said ${marker} gathered on the square on Sunday.\n`);
      await page.waitForFunction((text) => document.body?.textContent?.includes(text), marker, { timeout: 60_000, polling: 10 });
      ms.push(Math.round(performance.now() - start));
      untilReload.push(Math.round(navigated - start));
    }
    return { ms, untilReload, timings: output.split('\n').filter((l) => l.startsWith('dev timings')) };
  } finally {
    await browser.close();
    child.kill('SIGINT');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    rmSync(copy, { recursive: true, force: true });
  }
}
