import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { escapeMarkdown } from '../scripts/compose/markdown.ts';
import { countedNoun, describeQuantity, formatQuantity } from '../scripts/compose/format.ts';
import { factsJsonSchema } from '../tools/writeJsonSchema.ts';
import { composeExplainer } from '../scripts/compose/compose.ts';
import { countOf, exampleSupport, singularOf } from '../scripts/compose/counting.ts';
import type { Claim, Facts } from '../scripts/contracts/facts.ts';

async function toHtml(md: string): Promise<string> {
  return String(await unified().use(remarkParse).use(remarkDirective).use(remarkRehype).use(rehypeStringify).process(md));
}

describe('escapeMarkdown', () => {
  it('renders article text as the same text, never as markup, links or directives', async () => {
    const hostile = 'Click [here](javascript:alert(1)) <img src=x onerror=alert(1)> **bold** :cite{#x src="y"} # heading `code` ![i](x.png) 1. item & &amp;';
    const html = await toHtml(escapeMarkdown(hostile));
    expect(html).not.toMatch(/<a |<img|<strong>|<code>|<h1>|<ol>|<span/);
    expect(html).toBe(`<p>${hostile.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;').replace(/"/g, '"')}</p>`);
  });
});

describe('formatQuantity', () => {
  it('writes ranges, money and hedges as a reader expects', () => {
    expect(formatQuantity({ value: 77_500, low: 75_000, high: 80_000, unit: 'troops' })).toBe('75,000–80,000');
    expect(formatQuantity({ value: 600_000_000, unit: 'USD' })).toBe('$600 million');
    expect(formatQuantity({ value: 14_000_000, unit: 'GBP', qualifier: 'about' })).toBe('about £14 million');
    expect(formatQuantity({ value: 45, unit: '%' })).toBe('45%');
  });
});

describe('schema/facts.schema.json', () => {
  it('is the JSON Schema generated from the zod contract (run `npm run schema` after changing it)', () => {
    expect(readFileSync(join(import.meta.dirname, '../schema/facts.schema.json'), 'utf8')).toBe(factsJsonSchema());
  });
});

describe('what a figure counts', () => {
  it('is the article\'s words when kept, else the unit, and nothing the figure already shows', () => {
    expect(describeQuantity({ value: 8500, unit: 'troops', counts: 'U.S.-based troops on higher alert', qualifier: 'about' })).toBe('about 8,500 U.S.-based troops on higher alert');
    expect(describeQuantity({ value: 4200, unit: 'residents' })).toBe('4,200 residents');
    expect(describeQuantity({ value: 20, unit: '%' })).toBe('20%');
    expect(describeQuantity({ value: 1e6, unit: 'USD' })).toBe('$1 million');
    expect(describeQuantity({ value: 3e6, unit: 'CHF' })).toBe('3 million CHF');
    expect(describeQuantity({ value: 546, unit: 'clock time' })).toBe('9:06 a.m.');
    expect(countedNoun({ value: 20, unit: '%' })).toBe('');
  });

  it('puts a unit in the singular after a figure of exactly one', () => {
    expect(describeQuantity({ value: 1, unit: 'years', qualifier: 'almost' })).toBe('almost 1 year');
    expect(describeQuantity({ value: 1, unit: 'facilities' })).toBe('1 facility');
    expect(describeQuantity({ value: 1, unit: 'mi' })).toBe('1 mi');
    expect(describeQuantity({ value: 1.5, low: 1, high: 2, unit: 'weeks' })).toBe('1–2 weeks');
    expect(describeQuantity({ value: 1, unit: 'witnesses', counts: 'witness' })).toBe('1 witness');
  });

  it('makes English plurals singular, and leaves alone what is no regular plural', () => {
    const pairs = { years: 'year', people: 'person', children: 'child', centuries: 'century', classes: 'class', churches: 'church', boxes: 'box', buses: 'bus', headaches: 'headache', cases: 'case', lives: 'life', acres: 'acre', series: 'series', news: 'news', analysis: 'analysis', status: 'status', mph: 'mph', 'km/h': 'km/h' };
    for (const [plural, singular] of Object.entries(pairs)) expect(singularOf(plural), plural).toBe(singular);
  });
});

describe('counts in sentences', () => {
  it('writes a count of one in the singular', () => {
    expect(countOf(1, 'source')).toBe('1 source');
    expect(countOf(0, 'claim')).toBe('0 claims');
    expect(countOf(12, 'news article')).toBe('12 news articles');
    expect(countOf(2, 'analysis', 'analyses')).toBe('2 analyses');
  });

  it('never shows an example marker with more supporting sources than the event has', () => {
    expect(exampleSupport(3, 5)).toBe(3);
    expect(exampleSupport(3, 2)).toBe(2);
    expect(exampleSupport(2, 1)).toBe(1);
  });
});

describe('composeExplainer', () => {
  const statement = (id: string, start: number, sources: string[]): Claim => ({
    id, kind: 'statement', text: `The board made statement ${id} today.`,
    evidence: sources.map((source) => ({ source, quote: `The board made statement ${id} today.`, start, end: start + 12 })),
  });
  const facts: Facts = {
    format: 1, generator: 'test', conflicts: [],
    sources: [{ id: 'alpha', file: 'alpha.txt' }, { id: 'beta', file: 'beta.txt' }],
    claims: [statement('s-a', 0, ['alpha', 'beta']), statement('s-b', 20, ['alpha', 'beta']), statement('s-c', 40, ['alpha']), statement('s-d', 60, ['beta']), statement('s-e', 80, ['alpha'])],
  };

  it('puts statements the lede did not use under Background, each once', () => {
    const md = composeExplainer(facts);
    const [lede, background] = md.split('## Background');
    expect(background).toBeDefined();
    for (const id of ['s-a', 's-b', 's-c', 's-d', 's-e']) expect((md.match(new RegExp(`#${id} `, 'g')) ?? []).length).toBe(1);
    expect(lede).toContain('#s-a ');
    expect(background).toContain('#s-e ');
  });

  it('never opens the lede or Background with the last sentence of a quotation (it stays under its speaker)', () => {
    const quotation = '“The pier held. I think the crews know the tides better than anyone.”';
    const inside = 'I think the crews know the tides better than anyone.”';
    const at = quotation.indexOf(inside);
    const withQuote: Facts = {
      ...facts,
      claims: [
        { id: 's-inside', kind: 'statement', text: inside, evidence: ['alpha', 'beta'].map((source) => ({ source, quote: inside, start: 200 + at, end: 200 + at + inside.length })) },
        { id: 'q-pier', kind: 'quote', text: quotation.slice(1, -1), speaker: { name: 'Ana Lima' }, evidence: ['alpha', 'beta'].map((source) => ({ source, quote: quotation, start: 200, end: 200 + quotation.length, form: 'direct' as const })) },
        ...facts.claims,
      ],
    };
    const md = composeExplainer(withQuote);
    expect(md).not.toContain('#s-inside ');
    expect(md).toContain('**Ana Lima**: “The pier held.');
  });

  it('leaves out of the lede and Background a sentence in the first or second person or with unpaired quotation marks', () => {
    const sentence = (id: string, text: string, start: number): Claim => ({ id, kind: 'statement', text, evidence: ['alpha', 'beta'].map((source) => ({ source, quote: text, start, end: start + text.length })) });
    const md = composeExplainer({ ...facts, claims: [
      sentence('s-we', 'We’ll keep paying the crews as long as the pier is shut.', 300),
      sentence('s-you', 'Especially you, as the harbour master.', 400),
      sentence('s-cut', 'The crews know the tides better than anyone,” he said.', 500),
      sentence('s-war', 'The pier was built after World War I by the harbour board.', 600),
      ...facts.claims,
    ] });
    for (const id of ['s-we', 's-you', 's-cut']) expect(md).not.toContain(`#${id} `);
    expect(md).toContain('#s-war ');
  });

  it('shows a lede or Background sentence without its wire dateline; the claim keeps the source\'s exact words', () => {
    const text = 'PORTO (Harbour Wire) - A fire broke out on the ferry on Tuesday night.';
    const dated: Claim = { id: 's-dated', kind: 'statement', text, evidence: ['alpha', 'beta'].map((source) => ({ source, quote: text, start: 700, end: 700 + text.length })) };
    const md = composeExplainer({ ...facts, claims: [dated, ...facts.claims] });
    expect(md).toContain('A fire broke out on the ferry on Tuesday night. :cite{#s-dated ');
    expect(md).not.toContain('PORTO');
    expect(dated.text).toBe(text);
  });

  it('never opens the lede with a line that is only a time stamp or a label', () => {
    const stamp: Claim = { id: 'q-2220-clock-time', kind: 'quantity', text: '10:20 p.m.', quantity: { value: 22.33, unit: 'clock time' }, evidence: ['alpha', 'beta', 'gamma'].map((source) => ({ source, quote: '10:20 p.m.', start: 0, end: 10 })) };
    const md = composeExplainer({ ...facts, claims: [stamp, ...facts.claims] });
    const lede = md.split('---\n').at(-1)!.split('\n## ')[0]!;
    expect(lede).not.toContain('#q-2220-clock-time ');
    expect(lede).toMatch(/:cite\{#/);
  });

  it('opens the lede with a sentence that reads on its own, not one that leans on its article ("He was ordered ...")', () => {
    const sentence = (id: string, text: string, start: number, sources: string[]): Claim => ({ id, kind: 'statement', text, evidence: sources.map((source) => ({ source, quote: text, start, end: start + text.length })) });
    const md = composeExplainer({ ...facts, claims: [
      sentence('s-he', 'He was ordered to pay the harbour board for the damage to the pier.', 0, ['alpha', 'beta']),
      sentence('s-ferry', 'A ferry captain was fined for damaging the town pier in a storm.', 100, ['alpha', 'beta']),
      sentence('s-repairs', 'Repairs to the pier are to begin in the spring, the board said.', 200, ['alpha', 'beta']),
    ] });
    const lede = md.split('---\n').at(-1)!.split('\n## ')[0]!.trim();
    expect(lede.startsWith('A ferry captain was fined')).toBe(true);
    expect(lede).toContain('#s-he ');
  });

  it('ends every sentence with its citation', () => {
    const md = composeExplainer(facts).split('---\n').at(-1)!;
    for (const line of md.split('\n').filter((l) => l.trim() && !l.startsWith('#'))) expect(line).toMatch(/:cite\{#[a-z0-9-]+ src="[a-z0-9 -]+"\}$/);
  });
});

describe('a conflict between figures reported at different times', () => {
  const toll = (id: string, value: number, source: string, quote: string): Claim => ({
    id, kind: 'quantity', text: quote, quantity: { value, unit: 'people' }, evidence: [{ source, quote, start: 0, end: quote.length }],
  });
  const claims = [
    toll('q-247-people', 247, 'later-wire', 'The death toll from the landslide rose to 247 people.'),
    toll('q-120-people', 120, 'early-post', 'The landslide killed 120 people.'),
  ];
  const conflict = {
    claims: ['q-247-people', 'q-120-people'], kind: 'value' as const, description: 'The sources give different figures: 247 (later-wire) vs 120 (early-post).',
    wordings: [
      { claim: 'q-247-people', source: 'later-wire', wording: 'The death toll from the landslide rose to 247 people.' },
      { claim: 'q-120-people', source: 'early-post', wording: 'The landslide killed 120 people.' },
    ],
  };
  const sides = (sources: Facts['sources']): string[] => composeExplainer({ format: 1, generator: 'test', sources, claims, conflicts: [conflict] })
    .split('## Where the sources differ')[1]!.split('\n').filter((l) => l.startsWith('- '));

  it('puts the earlier source first and marks each side with its publication time, so the figure reads as evolving', async () => {
    const [first, second] = sides([{ id: 'later-wire', file: 'b.txt', published: '2031-05-15' }, { id: 'early-post', file: 'a.txt', published: '2031-05-14' }]);
    expect(first).toMatch(/^- \*\*120\*\*: “The landslide killed 120 people.” :cite\{#q-120-people src="early-post"\} \(/);
    expect(second).toMatch(/^- \*\*247\*\*: “The death toll from the landslide rose to 247 people.” :cite\{#q-247-people src="later-wire"\} \(/);
    // The time is the source's metadata, escaped as any text is: it reads as written.
    expect(await toHtml(first!)).toContain('(earlier, published 2031-05-14)</li>');
    expect(await toHtml(second!)).toContain('(later, published 2031-05-15)</li>');
  });

  it('opens each side with the figure it gives, in that side\'s own words, read from its sentence and not from the merged claim', () => {
    // The claim of 19 merges two sources; this side's sentence says "at least 19", and gives a second figure (the children).
    const merged: Claim = { ...toll('q-19-people', 19, 'early-post', 'Medics said at least 19 people, among them five children, died in the landslide.') };
    merged.evidence.push({ source: 'third', quote: 'The landslide killed 19 people.', start: 0, end: 31 });
    const other = toll('q-nine-people', 9, 'later-wire', 'Nine people died when the landslide struck the valley road.');
    const lines = composeExplainer({ format: 1, generator: 'test', sources: [{ id: 'early-post', file: 'a.txt' }, { id: 'later-wire', file: 'b.txt' }, { id: 'third', file: 'c.txt' }], claims: [merged, other], conflicts: [{
      claims: ['q-19-people', 'q-nine-people'], kind: 'value', description: 'The sources give different figures: 19 (early-post) vs 9 (later-wire).',
      wordings: [
        { claim: 'q-19-people', source: 'early-post', wording: merged.evidence[0]!.quote },
        { claim: 'q-nine-people', source: 'later-wire', wording: other.text },
      ],
    }] }).split('## Where the sources differ')[1]!.split('\n').filter((l) => l.startsWith('- '));
    expect(lines[0]).toMatch(/^- \*\*at least 19\*\*: “Medics said/);
    expect(lines[1]).toMatch(/^- \*\*Nine\*\*: “Nine people died/);
  });

  it('labels no side when one side\'s figure is not in its wording, nor the sides of a qualifier conflict (their wording is the figure)', () => {
    const a = toll('q-40-people', 40, 'early-post', 'About 40 people were hurt.');
    const b = toll('q-45-people', 45, 'later-wire', 'Dozens were hurt.');
    const md = composeExplainer({ format: 1, generator: 'test', sources: [{ id: 'early-post', file: 'a.txt' }, { id: 'later-wire', file: 'b.txt' }], claims: [a, b], conflicts: [
      { claims: ['q-40-people', 'q-45-people'], kind: 'value', description: 'x', wordings: [{ claim: 'q-40-people', source: 'early-post', wording: a.text }, { claim: 'q-45-people', source: 'later-wire', wording: b.text }] },
      { claims: ['q-40-people'], kind: 'qualifier', description: 'y', wordings: [{ claim: 'q-40-people', source: 'early-post', wording: 'About 40' }, { claim: 'q-40-people', source: 'later-wire', wording: 'more than 40' }] },
    ] });
    const lines = md.split('## Where the sources differ')[1]!.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => l.startsWith('- “'))).toBe(true);
  });

  it('leaves the order and the wording alone when a source gives no time, or both give the same one', () => {
    for (const published of [undefined, '2031-05-14']) {
      const lines = sides([{ id: 'later-wire', file: 'b.txt', ...(published ? { published } : {}) }, { id: 'early-post', file: 'a.txt', published: '2031-05-14' }]);
      expect(lines.map((l) => l.match(/src="([^"]+)"/)![1])).toEqual(['later-wire', 'early-post']);
      expect(lines.every((l) => l.endsWith('"}'))).toBe(true);
    }
  });
});
