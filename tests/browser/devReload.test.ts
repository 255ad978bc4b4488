/** The live preview in a real browser: an open page reloads by itself when an article changes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { previewOfCopy } from '../support/devServer.ts';

const { sources, dev } = previewOfCopy('tests/fixtures/events/bridge-closure');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
}, 90_000);
afterAll(async () => {
  await browser?.close();
});

describe('corroborate dev in Chromium', () => {
  it('reloads the open page with the new fact after an article is edited', async () => {
    const page = await browser.newPage();
    await page.goto(`${dev().url}/`);
    expect(await page.locator('body').textContent()).not.toContain('6,543');
    appendFileSync(join(sources, 'city-desk.txt'), '\nThe council said 6,543 commuters used the ferry instead on Monday.\n');
    // No page.reload(): the dev server must make the page reload itself. Bounded wait.
    await page.waitForFunction(() => document.body.textContent?.includes('6,543'), undefined, { timeout: 30_000, polling: 250 });
    await page.close();
  }, 60_000);
});
