/**
 * `corroborate dev` on a folder of event folders: the home page lists every event, and an edit
 * inside one event's folder is picked up (the watch reaches into sub-folders). Waits are bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/cli.ts';
import { fetchPage, startDevProcess, until, type DevProcess } from './support/devServer.ts';

const sources = mkdtempSync(join(tmpdir(), 'corroborate-dev-events-'));
cpSync(join(ROOT, 'tests/fixtures/events'), sources, { recursive: true });
const events = readdirSync(sources).sort();
let dev: DevProcess;

const page = (path = ''): Promise<{ status: number; html: string }> => fetchPage(dev, path);

beforeAll(async () => {
  dev = await startDevProcess(sources);
}, 70_000);

afterAll(async () => {
  await dev?.stop();
  rmSync(sources, { recursive: true, force: true });
});

describe('corroborate dev on a folder of events', () => {
  it('serves a home page linking every event, and each event\'s explainer', async () => {
    const home = await page('/');
    expect(home.status).toBe(200);
    for (const event of events) expect(home.html).toContain(`href="/${event}/"`);
    expect((await page(`/${events[0]}/`)).status).toBe(200);
  });

  it('picks up an edit inside one event\'s folder', async () => {
    const event = 'ferry-fire';
    expect((await page(`/${event}/`)).html).not.toContain('4,321');
    appendFileSync(join(sources, event, 'coastal-herald.txt'), '\nRescuers said 4,321 lifejackets were handed out on the pier.\n');
    const seen = await until(async () => (await page(`/${event}/`)).html.includes('4,321'), 30_000);
    expect(seen, dev.output()).toBe(true);
  }, 40_000);
});
