/**
 * `corroborate dev` as a user runs it: start the live preview on a copy of an event, edit,
 * add and remove articles, and see the served pages follow. Every wait is bounded.
 */
import { describe, expect, it } from 'vitest';
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { previewOfCopy, until } from './support/devServer.ts';

const { sources, dev, page } = previewOfCopy('tests/fixtures/events/ferry-fire');

describe('corroborate dev', () => {
  it('serves the explainer for the folder', async () => {
    const { status, html } = await page('/');
    expect(status).toBe(200);
    expect(html).toMatch(/ferry/i);
  });

  it('shows the page as readers get it: no Astro dev toolbar', async () => {
    const { html } = await page('/');
    expect(html).toMatch(/<script[^>]+src="\/@vite\/client"/); // Vite's client is there: a toolbar would come beside it
    expect(html).not.toMatch(/dev-toolbar/);
  });

  it('picks up an edited article: the new figure is served', async () => {
    expect((await page('/')).html).not.toContain('4,321');
    appendFileSync(join(sources, 'coastal-herald.txt'), '\nRescuers said 4,321 lifejackets were handed out on the pier.\n');
    const seen = await until(async () => (await page('/')).html.includes('4,321'), 30_000);
    expect(seen, dev().output()).toBe(true);
  }, 40_000);

  it('adds a page for a new article and drops it when the article is removed', async () => {
    writeFileSync(join(sources, 'island-post.txt'), 'Ferry inquiry opens\n\nInvestigators said 77 witnesses would be heard, the coast guard said.\n');
    expect(await until(async () => (await page('/sources/island-post/')).status === 200, 30_000), dev().output()).toBe(true);
    rmSync(join(sources, 'island-post.txt'));
    expect(await until(async () => !(await page('/')).html.includes('sources/island-post/'), 30_000), dev().output()).toBe(true);
  }, 70_000);

  it('shows a new outlet name from sources.yaml in the citation cards', async () => {
    // The explainer's text may stay the same while its citation cards change: the preview must still show them.
    expect((await page('/')).html).not.toContain('Quayside Courier');
    writeFileSync(join(sources, 'sources.yaml'), 'coastal-herald.txt:\n  publisher: Quayside Courier\n');
    const seen = await until(async () => (await page('/')).html.includes('Quayside Courier'), 30_000);
    expect(seen, dev().output()).toBe(true);
    rmSync(join(sources, 'sources.yaml'));
    expect(await until(async () => !(await page('/')).html.includes('Quayside Courier'), 30_000), dev().output()).toBe(true);
  }, 70_000);

  it('keeps serving the last good version when the folder has no readable article left', async () => {
    for (const name of ['coastal-herald.txt', 'harbour-times.html', 'nordic-wire.md']) rmSync(join(sources, name));
    expect(await until(() => /extraction failed, still showing the last good version: no readable articles/.test(dev().output()), 30_000), dev().output()).toBe(true);
    expect((await page('/')).status).toBe(200);
  }, 40_000);

  it('stops cleanly on Ctrl-C', async () => {
    dev().child.kill('SIGINT');
    expect(await until(() => dev().child.exitCode !== null, 15_000)).toBe(true);
    expect(dev().child.exitCode).toBe(0);
  }, 20_000);
});
