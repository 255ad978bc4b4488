/** Saved web pages with real-world clutter: Readability's algorithm (findArticle.ts) decides what the article is, offsets stay exact. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToView } from '../scripts/ingest/html.ts';
import { runPipeline } from '../scripts/pipeline.ts';
import { verifyFacts } from '../scripts/build/verify.ts';

const DIR = join(import.meta.dirname, 'fixtures/html');
const html = readFileSync(join(DIR, 'cluttered-page.html'), 'utf8');
const page = htmlToView(html);
const asideText = page.setAside.map((r) => page.view.slice(r.start, r.end));

describe('htmlToView with Readability', () => {
  it('sets aside the cookie banner, ads, promos, share bar, most-read and related lists', () => {
    for (const clutter of ['We use cookies', 'Advertisement', 'Book your spring getaway', 'morning briefing', 'Share on Facebook', 'Most read', 'new bus depot', 'sourdough loaf', 'Flood warnings issued']) {
      expect(asideText.some((t) => t.includes(clutter)), clutter).toBe(true);
    }
  });

  it('keeps every article paragraph as article text', () => {
    for (const sentence of ['Engineers opened the main spillway', 'About 1,400 residents', 'Shelters at two schools', 'The last time the spillway was used']) {
      expect(page.view).toContain(sentence);
      expect(asideText.some((t) => t.includes(sentence)), sentence).toBe(false);
    }
  });

  it('never keeps script, style or JSON-LD as text', () => {
    expect(page.view).not.toMatch(/dataLayer|schema\.org|display:block/);
  });

  it('reads title, author, publisher and date from the page metadata (JSON-LD, byline)', () => {
    expect(page.meta).toEqual({
      title: 'Dam spillway opened after week of rain',
      author: 'Tomás Rehn',
      publisher: 'Valley Courier',
      published: '2033-03-09T06:30:00Z',
      url: 'https://valley-courier.example/news/dam-spillway-opened',
    });
  });

  it('decodes named entities from the full HTML table and maps them back to their markup', () => {
    const at = page.view.indexOf('Ana Kováč');
    expect(at).toBeGreaterThan(0);
    const [start, end] = page.toFile(at, at + 'Ana Kováč'.length);
    expect(html.slice(start, end)).toBe('Ana Kov&aacute;&#269;');
  });

  it('a bare page reads as its one paragraph, with only the navigation set aside', () => {
    const bare = htmlToView('<html><body><nav>Menu</nav><article><p>Forty volunteers cleared the beach.</p></article></body></html>');
    expect(bare.view).toBe('Menu\n\nForty volunteers cleared the beach.');
    expect(bare.setAside).toEqual([{ start: 0, end: 4, reason: 'navigation', note: 'page navigation' }]);
  });
});

describe('the pipeline on a cluttered page', () => {
  const result = runPipeline(DIR);
  const doc = result.documents[0]!;

  it('finds the article facts, with every quote exact at its offsets', () => {
    expect(verifyFacts(result.facts, DIR)).toEqual([]);
    const values = result.facts.claims.filter((c) => c.kind === 'quantity').map((c) => c.quantity!.value);
    expect(values).toEqual(expect.arrayContaining([1400, 600]));
  });

  it('uses no set-aside text as evidence and shows it as removed on the source page', () => {
    for (const claim of result.facts.claims) {
      for (const e of claim.evidence) for (const clutter of ['20%', 'bakery', 'three rivers', 'cookies']) expect(e.quote).not.toContain(clutter);
    }
    const removed = doc.blocks.filter((b) => b.kind === 'boilerplate').map((b) => doc.view.slice(b.start, b.end)).join('\n');
    expect(removed).toContain('Book your spring getaway');
    expect(removed).toContain('Local bakery wins national award');
  });

  it('marks the headline as the title, though page furniture comes before it', () => {
    const title = doc.blocks.find((b) => b.kind === 'title');
    expect(title && doc.view.slice(title.start, title.end)).toBe('Dam spillway opened after week of rain');
  });

  it('takes the source metadata from the page', () => {
    expect(result.facts.sources[0]).toMatchObject({ title: 'Dam spillway opened after week of rain', publisher: 'Valley Courier', author: 'Tomás Rehn' });
  });
});
