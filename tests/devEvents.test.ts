/**
 * `corroborate dev` on a folder of event folders: the home page lists every event, and an edit
 * inside one event's folder is picked up (the watch reaches into sub-folders). Waits are bounded.
 */
import { describe, expect, it } from 'vitest';
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { previewOfCopy, until } from './support/devServer.ts';

const { sources, dev, page } = previewOfCopy('tests/fixtures/events');
const events = readdirSync(sources).sort();

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
    expect(seen, dev().output()).toBe(true);
  }, 40_000);
});
