/** Review actions in a real browser: a click on a claim's "Hide" writes corrections.yaml, and the open page reloads without the claim. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { previewOfCopy } from '../support/devServer.ts';

const CLAIM = 'quote-nordline-vessel-pas-inspection-march';
const { sources, dev } = previewOfCopy('tests/fixtures/events/ferry-fire');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
}, 90_000);
afterAll(async () => {
  await browser?.close();
});

describe('review actions in Chromium', () => {
  it('a click on Hide changes corrections.yaml and the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${dev().url}/claims/`);
    const item = page.locator(`li[id="${CLAIM}"]`);
    await item.getByRole('button', { name: 'Hide' }).click();
    await page.getByRole('status').filter({ hasText: 'Written to corrections.yaml' }).waitFor({ timeout: 15_000 });
    expect(readFileSync(join(sources, 'corrections.yaml'), 'utf8')).toContain(`claim: ${CLAIM}`);
    // No page.reload(): the preview extracts again and the page reloads itself. Bounded wait.
    await page.waitForFunction((id) => !document.getElementById(id) && document.querySelector('li.claim-item') !== null, CLAIM, { timeout: 30_000, polling: 250 });
    await page.close();
  }, 60_000);
});
