/**
 * Saved pages that broke the old hand-written scanner: a '<' in inline JavaScript, a page
 * wrapped in <form>, a display:none copy of the body. parse5 reads them as a browser does;
 * every visible character maps back to its exact markup.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { keptParagraphs } from './support/htmlView.ts';
import { htmlToView, type HtmlView } from '../scripts/ingest/html.ts';
import { runPipeline } from '../scripts/pipeline.ts';
import { verifyFacts } from '../scripts/build/verify.ts';

const DIR = join(import.meta.dirname, 'fixtures/html');
const load = (name: string): { html: string; page: HtmlView } => {
  const html = readFileSync(join(DIR, name), 'utf8');
  return { html, page: htmlToView(html) };
};
const kept = keptParagraphs;
const asideWith = (page: HtmlView, text: string) => page.setAside.find((r) => page.view.slice(r.start, r.end).includes(text));

/** Every visible character, decoded from the file span it maps to, is that character. */
function expectExactMap(html: string, page: HtmlView): void {
  for (let k = 0; k < page.view.length; k++) {
    const ch = page.view[k]!;
    if (/\s/.test(ch) || (ch >= '\ud800' && ch <= '\udfff')) continue;
    const [start, end] = page.toFile(k, k + 1);
    expect(decodeHTML(html.slice(start, end)), `view[${k}] ${ch}`).toBe(ch);
  }
}

describe('a page with < in its scripts and styles', () => {
  const { html, page } = load('script-with-lt.html');
  it('keeps every article paragraph, including the ones after the scripts', () => {
    expect(kept(page)).toEqual([
      'Library reopens after roof repair',
      'The town library reopened on Monday after a four-month repair of its roof, which leaked during the winter storms.',
      'About 2,300 books were moved to a church hall while the work went on, the head librarian, Maren Olsen, said.',
      'Opening hours return to normal this week: 9 a.m. – 6 p.m. on weekdays & 10 a.m. – 4 p.m. on Saturdays.',
    ]);
  });
  it('never reads script, style, comments, templates or SVG as text', () => {
    expect(page.view).not.toMatch(/querySelectorAll|tracker|dataLayer|color: red|commented-out|template paragraph|chart label|CDATA/);
  });
  it('maps every visible character back to its exact markup', () => {
    expectExactMap(html, page);
    const at = page.view.indexOf('weekdays & 10');
    const [start, end] = page.toFile(at, at + 'weekdays & 10'.length);
    expect(html.slice(start, end)).toBe('weekdays &amp; 10');
  });
});

describe('a page wrapped in <form>', () => {
  const { html, page } = load('form-wrapped.html');
  it('reads the article inside the form', () => {
    const text = kept(page).join('\n');
    expect(text).toContain('The city council voted 9 to 4 on Tuesday');
    expect(text).toContain('Shop owners on the road asked for loading bays');
    expectExactMap(html, page);
  });
  it('reads publisher, canonical URL and title from the page', () => {
    expect(page.meta).toMatchObject({ title: 'Council approves new cycle lanes', publisher: 'Riverside Post', url: 'https://riverside-post.example/news/cycle-lanes' });
  });
});

describe('a page with a display:none copy of its body', () => {
  const { html, page } = load('hidden-duplicate.html');
  it('keeps each article paragraph once and sets the hidden copy aside as hidden', () => {
    const text = kept(page);
    expect(text.filter((t) => t.startsWith('Dredging of the harbour'))).toHaveLength(1);
    expect(text.filter((t) => t.startsWith('The work will remove'))).toHaveLength(1);
    const hidden = page.setAside.filter((r) => r.reason === 'hidden');
    expect(hidden).toHaveLength(1);
    expect(page.view.slice(hidden[0]!.start, hidden[0]!.end)).toContain('The work will remove');
  });
  it('sets aside the consent banner, the related list, the advert label and the footer, each with its reason', () => {
    expect(asideWith(page, 'We use cookies')).toMatchObject({ reason: 'navigation', note: 'cookie or consent banner' });
    expect(asideWith(page, 'Ferry timetable changes')).toMatchObject({ reason: 'related' });
    expect(asideWith(page, 'Advertisement')).toMatchObject({ reason: 'advertisement' });
    expect(asideWith(page, '4 Quay Street')).toMatchObject({ reason: 'navigation', note: 'page footer' });
    expectExactMap(html, page);
  });
  it('reads author, publisher and date from JSON-LD', () => {
    expect(page.meta).toMatchObject({ author: 'Lio Brandt', publisher: 'Bay Chronicle', published: '2035-04-02T07:00:00Z' });
  });
  it('gives facts from the visible copy only, shown on the source page with the copy as removed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-hidden-'));
    copyFileSync(join(DIR, 'hidden-duplicate.html'), join(dir, 'hidden-duplicate.html'));
    const result = runPipeline(dir);
    expect(verifyFacts(result.facts, dir)).toEqual([]);
    const visibleEnd = page.setAside.find((r) => r.reason === 'hidden')!.start;
    for (const claim of result.facts.claims) for (const e of claim.evidence) expect(page.toFile(visibleEnd, visibleEnd + 1)[0]).toBeGreaterThan(e.start);
    const doc = result.documents[0]!;
    expect(doc.blocks.some((b) => b.kind === 'boilerplate' && b.reason === 'hidden' && b.note === 'hidden on the page')).toBe(true);
  });
});

describe('the copyright line as publisher', () => {
  it('names the holder when the page has no other publisher', () => {
    const page = htmlToView('<html><body><article><h1>Bridge closed</h1><p>The old bridge closed on Friday for three weeks of repairs to its deck.</p></article><p>© 2036 Lakeside Echo. All rights reserved.</p></body></html>');
    expect(page.meta.publisher).toBe('Lakeside Echo');
  });
});
