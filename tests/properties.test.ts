/**
 * Property-based tests (fast-check): the number parser on generated figures and arbitrary text,
 * and provenance through ingest, cleaning and segmentation on generated articles with
 * boilerplate, in every input format, and the HTML reader's character map on random markup. Runs are bounded so `npm test` stays fast; a failure
 * prints the seed and the shrunk counterexample.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findNumbers } from '../scripts/extract/quantities/numbers.ts';
import { runPipeline } from '../scripts/pipeline.ts';
import { verifyFacts } from '../scripts/build/verify.ts';
import { htmlToView } from '../scripts/ingest/html.ts';
import { decodeHTML } from 'entities';

const grouped = (n: number): string => n.toLocaleString('en-US');

describe('findNumbers, on any text', () => {
  it('never throws, and gives ordered, non-overlapping mentions inside the text', () => {
    const pieces = fc.constantFrom('1', '2,500', '3.5', ' ', 'about ', 'million', '%', '$', '£', '-', ' to ', 'and ', 'May ', '9:30', 'a.m.', 'st', '#', 'No.', '\n', 'é', '😀', 'one', 'hundred', 'x');
    const text = fc.oneof(fc.string({ maxLength: 80 }), fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')));
    fc.assert(fc.property(text, (t) => {
      let previousEnd = 0;
      for (const m of findNumbers(t)) {
        expect(m.start).toBeGreaterThanOrEqual(previousEnd);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(t.length);
        expect(m.numberStart).toBeGreaterThanOrEqual(m.start);
        expect(m.numberStart).toBeLessThan(m.end);
        expect(Number.isFinite(m.value)).toBe(true);
        if (m.low !== undefined) expect(m.low).toBeLessThanOrEqual(m.high!);
        previousEnd = m.end;
      }
    }), { numRuns: 300 });
  });
});

describe('findNumbers, on generated figures', () => {
  const sentence = (figure: string, noun = 'ballots') => `Officials counted ${figure} ${noun} on the second day.`;
  const only = (text: string, phrase: string) => {
    const found = findNumbers(text).filter((m) => m.kind !== 'ordinal');
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([phrase]);
    return found[0]!;
  };

  it('reads a grouped integer as that count', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 999_999_999 }), (n) => {
      const figure = grouped(n);
      // Four bare digits read as a year ("in 1998"); grouped they are a count.
      expect(only(sentence(figure), figure)).toMatchObject({ kind: 'count', value: n });
    }), { numRuns: 200 });
  });

  it('reads a decimal with a scale word as its full value', () => {
    const scales = { thousand: 1e3, million: 1e6, billion: 1e9 } as const;
    fc.assert(fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(...(Object.keys(scales) as Array<keyof typeof scales>)), (whole, tenth, scale) => {
      const figure = `${whole}.${tenth} ${scale}`;
      const m = only(sentence(figure, 'people'), figure);
      expect(m.kind).toBe('count');
      expect(m.value).toBeCloseTo((whole + tenth / 10) * scales[scale], 0);
    }), { numRuns: 150 });
  });

  it('reads dollars and percentages with their unit', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 1, max: 99 }), (dollars, percent) => {
      const text = `The fund paid $${grouped(dollars)} to ${percent}% of claimants.`;
      const found = findNumbers(text);
      expect(found.map((m) => [text.slice(m.start, m.end), m.kind, m.value, m.unit])).toEqual([
        [`$${grouped(dollars)}`, 'money', dollars, 'USD'],
        [`${percent}%`, 'percent', percent, '%'],
      ]);
    }), { numRuns: 150 });
  });

  it('keeps a qualifier and a range inside the mention, with low <= value <= high', () => {
    const qualifiers = ['about', 'more than', 'nearly', 'at least', 'up to', 'roughly'];
    fc.assert(fc.property(fc.constantFrom(...qualifiers), fc.integer({ min: 10, max: 90_000 }), fc.integer({ min: 1, max: 90_000 }), (qualifier, low, gap) => {
      const single = `${qualifier} ${grouped(low)}`;
      expect(only(sentence(single), single)).toMatchObject({ qualifier, value: low });
      const range = `between ${grouped(low)} and ${grouped(low + gap)}`;
      const m = only(sentence(range), range);
      expect([m.low, m.high]).toEqual([low, low + gap]);
      expect(m.value).toBe((low + low + gap) / 2);
    }), { numRuns: 150 });
  });
});

describe('offsets through ingest, cleaning and segmentation', () => {
  const people = ['Ana Ruiz', 'Tom Becker', 'the mayor', 'police', 'the agency'];
  const things = ['homes', 'workers', 'buses', 'schools', 'families', 'boats'];
  const sentenceArb = fc.tuple(fc.constantFrom(...people), fc.integer({ min: 2, max: 250_000 }), fc.constantFrom(...things), fc.constantFrom('plain', 'quote', 'qualified'))
    .map(([who, n, what, form]) =>
      form === 'quote' ? `"We moved ${grouped(n)} ${what} overnight," said ${who}.`
        : form === 'qualified' ? `About ${grouped(n)} ${what} were affected, ${who} said.`
          : `${who[0]!.toUpperCase()}${who.slice(1)} said ${grouped(n)} ${what} were closed on Monday.`);
  // Characters that break naive offset arithmetic: astral (two code units), accents, no-break spaces, entities in HTML.
  const decorated = fc.tuple(sentenceArb, fc.constantFrom('', ' 😀', ' Café & Co.', '\u00a0Tōkyō “sources” said so.', ' 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 <b>bold</b>.'))
    .map(([sentence, tail]) => `${sentence}${tail}`);
  const boilerplate = fc.constantFrom(
    'Advertisement', 'Sign up for our daily newsletter', 'Follow us on Twitter', 'Copyright 2031 Example Herald. All rights reserved.',
    'Click here to share on Facebook', '(Reporting by Jo Park; Editing by Lee Moss)', 'Related: 5 things to know about the storm', 'Photo: Example Herald',
  );
  const paragraph = fc.oneof({ weight: 3, arbitrary: fc.array(decorated, { minLength: 1, maxLength: 3 }).map((s) => ({ text: s.join(' '), boilerplate: false })) }, { weight: 1, arbitrary: boilerplate.map((text) => ({ text, boilerplate: true })) });
  const article = fc.record({
    title: fc.constantFrom('Storm closes schools', 'Flood reaches the valley', 'Bridge shut after crash'),
    paragraphs: fc.array(paragraph, { minLength: 2, maxLength: 7 }),
    format: fc.constantFrom('txt', 'md', 'html'),
    newline: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
  });

  /** Writes one article in its format; boilerplate paragraphs are kept for the cleaner to find. */
  function render(a: { title: string; paragraphs: Array<{ text: string }>; format: string; newline: string; bom: boolean }): string {
    const nl = a.newline;
    const body = a.paragraphs.map((p) => p.text);
    const text = a.format === 'html'
      ? `<html><head><title>${a.title}</title></head><body><nav>Home | World</nav><article><h1>${a.title}</h1>${nl}${body.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}</p>`).join(nl)}</article></body></html>`
      : `${a.format === 'md' ? `---${nl}title: ${a.title}${nl}---${nl}` : ''}${a.title}${nl}${nl}${body.join(`${nl}${nl}`)}${nl}`;
    return a.bom ? `\ufeff${text}` : text;
  }

  it('every evidence quote is its file\'s text at its offsets, and no quote contains boilerplate', () => {
    const root = mkdtempSync(join(tmpdir(), 'corroborate-props-'));
    let runs = 0;
    fc.assert(fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), (articles) => {
      fc.pre(articles.some((a) => a.paragraphs.some((p) => !p.boilerplate)));
      const dir = join(root, `run-${++runs}`);
      mkdirSync(dir);
      articles.forEach((a, i) => writeFileSync(join(dir, `article-${i}.${a.format}`), render(a)));
      const { facts } = runPipeline(dir);
      expect(verifyFacts(facts, dir)).toEqual([]);
      expect(facts.claims.filter((c) => c.kind === 'quantity').length).toBeGreaterThan(0);
      const boilerplateLines = articles.flatMap((a) => a.paragraphs.filter((p) => p.boilerplate).map((p) => p.text));
      for (const claim of facts.claims) {
        for (const e of claim.evidence) for (const line of boilerplateLines) expect(e.quote).not.toContain(line);
      }
    }), { numRuns: 25 });
  });
});

describe('htmlToView, on random markup', () => {
  // Pieces a saved page is made of, malformed ones included: unclosed and stray tags, entities with
  // and without their semicolon, CR LF, astral characters, comments, CDATA, scripts and styles holding '<'.
  const piece = fc.constantFrom(
    '<p>', '</p>', '<div class="story">', '</div>', '<span>', '</span>', '<b>', '</i>', '<br>', '<br/>', '<table><tr><td>', '</td><td>', '</table>',
    '<form action="x">', '</form>', '<a href="/x">', '</a>', '<li>', '<ul>', '</ul>', '<h2>', '</h2>', '<div style="display:none">', '<footer>', '</footer>',
    '&amp;', '&lt;', '&gt;', '&eacute;', '&#233;', '&#x1F600;', '&copy', '&copy2031', '&notit;', '&bogus;', '&#0;', '&nbsp;', '&',
    'Harbour', 'ferry', ' ', '  ', '\n', '\r\n', '\t', '1,200', 'é', '😀', '“quoted”', ' < ', 'i<5', '>', '"',
    '<!-- <p>hidden comment</p> -->', '<script>if (i<n.length && x <= 0) { s = "<script>"; }</script>', '<style>a > b { content: "<p>" }</style>',
    '<svg><![CDATA[ x < y ]]></svg>', '<template><p>template text</p></template>', '<img alt="a > b" src="x.png">', '<title>Page</title>',
  );
  const page = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

  it('never throws, and every visible character maps to markup that decodes to it', () => {
    fc.assert(fc.property(page, (html) => {
      const { view, toFile, setAside } = htmlToView(html);
      expect(view).not.toMatch(/n\.length|content: |hidden comment|template text|CDATA/);
      for (let k = 0; k < view.length; k++) {
        const code = view.charCodeAt(k);
        if (/\s/.test(view[k]!) || (code >= 0xdc00 && code <= 0xdfff)) continue;
        const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
        const [start, end] = toFile(k, k + width);
        expect(decodeHTML(html.slice(start, end)), `view[${k}] in ${JSON.stringify(html)}`).toBe(view.slice(k, k + width));
      }
      for (const r of setAside) {
        expect(r.start).toBeLessThan(r.end);
        expect(r.end).toBeLessThanOrEqual(view.length);
      }
    }), { numRuns: 300 });
  });
});
