import { describe, expect, it } from 'vitest';
import { paragraphSpans, sentenceSpans } from '../scripts/segment/segment.ts';

describe('sentenceSpans', () => {
  it('does not break after Mr., Gen. or U.S., and every span is the text at its offsets', () => {
    const text = 'Intro. Mr. Okafor met Gen. Haddad in the U.S. capital on Friday. They spoke for two hours.';
    const spans = sentenceSpans(text, 7, text.length);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Mr. Okafor met Gen. Haddad in the U.S. capital on Friday.', 'They spoke for two hours.']);
  });
  it('keeps a closing quotation mark with its sentence', () => {
    const text = '“We will rebuild.” The mayor left.';
    expect(sentenceSpans(text, 0, text.length).map(([s, e]) => text.slice(s, e))[0]).toBe('“We will rebuild.”');
  });
  it('keeps a closing mark after "!!" or "?!" with its sentence, curly or straight', () => {
    for (const text of ['“The pier is open again at last!!” Lima wrote.', '"Is the pier open again at last?!" Lima wrote.']) {
      expect(sentenceSpans(text, 0, text.length).map(([s, e]) => text.slice(s, e))).toEqual([text.slice(0, text.indexOf(' Lima')), 'Lima wrote.']);
    }
  });
});

describe('paragraphSpans', () => {
  it('splits one-paragraph-per-line text but joins a paragraph wrapped over lines', () => {
    const text = 'First paragraph ends here.\nSecond one is wrapped\nover two lines.\nThird.';
    expect(paragraphSpans(text, 0, text.length).map(([s, e]) => text.slice(s, e))).toEqual(['First paragraph ends here.', 'Second one is wrapped\nover two lines.', 'Third.']);
  });
});

describe('tokenize', () => {
  it('gives every token a lemma, even where wink has none ("cannot")', async () => {
    const { tokenize } = await import('../scripts/segment/tokens.ts');
    const tokens = tokenize('She tried to recall more, but cannot.'); // wink keeps a sentence-final "cannot" whole, with no lemma
    expect(tokens.every((t) => typeof t.lemma === 'string' && t.lemma.length > 0)).toBe(true);
    expect(tokens.find((t) => t.text === 'cannot')?.lemma).toBe('cannot');
  });
});

describe('sentenceTokens', () => {
  it('keeps the tags of segmenting: offsets into the sentence, compounds joined, as a sentence read tags them', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { ingestFolder } = await import('../scripts/ingest/ingest.ts');
    const { cleanArticle } = await import('../scripts/clean/clean.ts');
    const { segmentArticle } = await import('../scripts/segment/segment.ts');
    const { sentenceTokens } = await import('../scripts/segment/sentenceTokens.ts');
    const { tokenize } = await import('../scripts/segment/tokens.ts');
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-tokens-'));
    try {
      // An invented article: two paragraphs, one with a hyphenated compound and a quote.
      writeFileSync(join(dir, 'a.txt'), 'Mayor Lina Okafor said 320 Riverton-based volunteers cleared the levee on Sunday. "We held the line," she said.\n\nThe county said repairs would cost about $4 million.\n');
      const [article] = ingestFolder(dir).articles;
      const { sentences } = segmentArticle(cleanArticle(article!));
      expect(sentences.length).toBe(3);
      for (const sentence of sentences) {
        const tokens = sentenceTokens(sentence);
        for (const t of tokens) expect(sentence.text.slice(t.start, t.end)).toBe(t.text);
        expect(tokens.map((t) => [t.text, t.pos, t.lemma])).toEqual(tokenize(sentence.text).map((t) => [t.text, t.pos, t.lemma]));
      }
      expect(sentenceTokens(sentences[0]!).some((t) => t.text === 'Riverton-based')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sentence breaks inside a figure, a domain name or a title', () => {
  const split = (t: string) => sentenceSpans(t, 0, t.length).map(([a, b]) => t.slice(a, b));
  it('keeps "magnitude-6.2", "example.com" and a title before a name inside their sentence', () => {
    expect(split('A magnitude-6.2 quake struck at dawn. Homes fell.')).toEqual(['A magnitude-6.2 quake struck at dawn.', 'Homes fell.']);
    expect(split('Her blog moved to example.com. The site went down.')).toEqual(['Her blog moved to example.com.', 'The site went down.']);
    expect(split('The Rev. Ana Lima led the service. Det. Tom Reyes spoke.')).toEqual(['The Rev. Ana Lima led the service.', 'Det. Tom Reyes spoke.']);
  });
  it('keeps a number after a reference abbreviation ("Sec. 205", "Art. 5", "ca. 1900") inside its sentence', () => {
    expect(split('The rule is in Sec. 205 of the act. It took effect in May.')).toEqual(['The rule is in Sec. 205 of the act.', 'It took effect in May.']);
    expect(split('The agent cited Secs. 12 and 14, and Art. 5 of the pact. It was enough.')).toEqual(['The agent cited Secs. 12 and 14, and Art. 5 of the pact.', 'It was enough.']);
    expect(split('The barn dates from ca. 1900 by most accounts. See Fig. 3 for the plan. It was sold.')).toEqual(['The barn dates from ca. 1900 by most accounts.', 'See Fig. 3 for the plan.', 'It was sold.']);
    // A sentence that ends on a number is no abbreviation: the next one, opening on a figure, stands apart.
    expect(split('The boy was aged 12. 2019 was the year it began.')).toHaveLength(2);
  });
  it('keeps a title joined to another by a hyphen ("Det.-Sgt.") and "Det. Con." before a name', () => {
    expect(split('Det.-Sgt. Ana Lima said the car was found. It was empty.')).toEqual(['Det.-Sgt. Ana Lima said the car was found.', 'It was empty.']);
    expect(split('Police suspended Det. Con. Tom Reyes on Monday. He appealed.')).toEqual(['Police suspended Det. Con. Tom Reyes on Monday.', 'He appealed.']);
  });
  it('keeps an initialism in brackets inside its sentence ("(D-N.Y.), issued ...")', () => {
    expect(split('The statement from Sen. Ana Lima (D-N.R.), issued on Saturday, was short. Nobody replied.')).toEqual(['The statement from Sen. Ana Lima (D-N.R.), issued on Saturday, was short.', 'Nobody replied.']);
    expect(split('The U.S. envoy left at noon. Talks ended.')).toEqual(['The U.S. envoy left at noon.', 'Talks ended.']);
  });
  it('still breaks after an ellipsis run into a capital', () => {
    expect(split('The lines were cut….Rescuers arrived at noon.')).toHaveLength(2);
  });
  it('keeps a host name that wink breaks piece by piece ("news.example.org", "www.example.co.uk") in one sentence', () => {
    expect(split('The site news.example.org went down. Visit www.example.co.uk today.')).toEqual(['The site news.example.org went down.', 'Visit www.example.co.uk today.']);
    // Mark-up run into a sentence is no host name: the sentence still ends.
    expect(split('The mayor said.runtime:topic was set.')).toHaveLength(2);
  });
  it('does not break after the abbreviated ranks of police and soldiers ("Spc.", "Pfc.", "Dep.", "Ofc.", "Asst.")', () => {
    const text = 'Spc. Ana Silva, Pfc. Tom Ray, Dep. Sam Cole and Ofc. Ann Lee met Asst. Chief Jo Ray. They left.';
    expect(split(text)).toEqual(['Spc. Ana Silva, Pfc. Tom Ray, Dep. Sam Cole and Ofc. Ann Lee met Asst. Chief Jo Ray.', 'They left.']);
  });
});

describe('paragraphSpans: bulleted lines', () => {
  it('starts a paragraph at each line opening with an underscore, a dash or a bullet, after a line with no full stop', () => {
    const text = 'The toll so far:\n_ 12 people died in the old town.\n- 40 homes burned\n• Two schools closed.';
    expect(paragraphSpans(text, 0, text.length).map(([s, e]) => text.slice(s, e))).toEqual(['The toll so far:', '_ 12 people died in the old town.', '- 40 homes burned', '• Two schools closed.']);
  });
  it('still joins a wrapped line that merely contains a dash', () => {
    const text = 'The count was low -\nonly 30 homes.';
    expect(paragraphSpans(text, 0, text.length)).toHaveLength(1);
  });
});
