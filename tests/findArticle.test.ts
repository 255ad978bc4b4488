/**
 * The article finder (Readability's algorithm over our parse5 tree): which paragraphs of an
 * invented page are the article, which are set aside and why, and that the text it leaves
 * keeps exact offsets into the file.
 */
import { describe, expect, it } from 'vitest';
import { keptParagraphs } from './support/htmlView.ts';
import { htmlToView, type HtmlView } from '../scripts/ingest/html.ts';

const kept = keptParagraphs;
const noteOf = (page: HtmlView, text: string): string | undefined => page.setAside.find((r) => page.view.slice(r.start, r.end).includes(text))?.note;

const para = (n: number): string => `<p>Paragraph ${n} of the report: the council met on Tuesday, heard from residents, engineers and the mayor, and voted to repair the old footbridge over the canal before the winter.</p>`;

describe('findArticle', () => {
  const html = `<html><head><title>Footbridge to be repaired | Canal Gazette</title></head><body>
    <div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
    <div class="layout">
      <div class="sidebar"><p>Weather today: dry, with a light wind from the west, and showers, perhaps, later on.</p></div>
      <div class="story-body">
        <h1>Footbridge to be repaired</h1>
        ${para(1)}${para(2)}
        <div class="promo-quote"><p>“We cannot let the bridge fall into the canal.”</p><img src="quote.png" alt=""></div>
        ${para(3)}
        <div class="promo-box"><p><a href="/other">Ferry timetable changes</a></p><p>The summer timetable starts in May.</p></div>
        ${para(4)}${para(5)}
      </div>
    </div>
    <div class="comments"><p>Reader comment: about time too, I have waited years, honestly, for this, and so have my neighbours.</p></div>
  </body></html>`;
  const page = htmlToView(html);

  it('keeps the headline and the body, in order, with a pull quote that Readability cleans away (its class says "promo")', () => {
    expect(kept(page)).toEqual(['Footbridge to be repaired', ...[1, 2].map((n) => expect.stringContaining(`Paragraph ${n}`)), '“We cannot let the bridge fall into the canal.”', ...[3, 4, 5].map((n) => expect.stringContaining(`Paragraph ${n}`))]);
  });

  it('sets aside the menu, the sidebar, a teaser and the comments as page layout', () => {
    for (const text of ['Weather today', 'The summer timetable', 'Reader comment']) expect(noteOf(page, text), text).toBe('not part of the article (page layout)');
    expect(noteOf(page, 'Ferry timetable changes')).toBe('link to another page');
  });

  it('takes the title from <title> less its site name', () => {
    expect(page.meta.title).toBe('Footbridge to be repaired');
  });

  it('maps every kept paragraph back to its exact place in the file', () => {
    let start = 0;
    for (const text of page.view.split('\n\n')) {
      if (text.startsWith('Paragraph')) {
        const [from, to] = page.toFile(start, start + text.length);
        expect(html.slice(from, to)).toBe(text);
      }
      start += text.length + 2;
    }
  });

  it('never scores a hidden copy of the body, which would otherwise win', () => {
    // Hidden by a framework's class name, which Readability (reading no CSS) cannot see.
    const hidden = `<html><body><div class="copy d-none">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(para).join('')}</div><div class="wrap"><div class="text">${[11, 12].map(para).join('')}</div></div></body></html>`;
    const view = htmlToView(hidden);
    expect(kept(view)).toEqual([expect.stringContaining('Paragraph 11'), expect.stringContaining('Paragraph 12')]);
    expect(noteOf(view, 'Paragraph 1 ')).toBe('hidden on the page');
  });

  it('retries without its unlikely-name rule when that leaves too little text', () => {
    // A site whose whole layout sits in a "sidebar-layout" div: the first pass removes it all.
    const odd = `<html><body><div class="sidebar-layout"><div class="entry">${[1, 2, 3, 4].map(para).join('')}</div></div><div class="notice"><p>Printed edition out now</p></div></body></html>`;
    const view = htmlToView(odd);
    expect(kept(view)).toHaveLength(4);
    expect(noteOf(view, 'Printed edition')).toBe('not part of the article (page layout)');
  });

  it('reads a byline element as the author when the metadata names none, and sets it aside', () => {
    const byline = `<html><body><div class="entry"><div class="byline">By Ola Brenn</div>${[1, 2, 3].map(para).join('')}</div></body></html>`;
    const view = htmlToView(byline);
    expect(view.meta.author).toBe('Ola Brenn');
    expect(kept(view).some((t) => t.includes('Ola Brenn'))).toBe(false);
  });
});
