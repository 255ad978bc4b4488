import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../scripts/clean/boilerplate.ts';
import type { Block } from '../scripts/contracts/stages.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'boilerplate');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** 'content', 'title' or 'boilerplate:<reason>' for the one line containing `needle`. */
function labelOf(text: string, blocks: Block[], needle: string): string {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`fixture has no line containing ${JSON.stringify(needle)}`);
  if (text.indexOf(needle, at + 1) !== -1) throw new Error(`ambiguous needle ${JSON.stringify(needle)}`);
  const block = blocks.find((b) => b.start <= at && at < b.end);
  if (!block) return 'none';
  return block.kind === 'boilerplate' ? `boilerplate:${block.reason}` : block.kind;
}

/** Label of every occurrence of a line that appears more than once, in order. */
function labelsOfRepeated(text: string, blocks: Block[], line: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf(line); at !== -1; at = text.indexOf(line, at + 1)) {
    const b = blocks.find((x) => x.start <= at && at < x.end);
    out.push(!b ? 'none' : b.kind === 'boilerplate' ? `boilerplate:${b.reason}` : b.kind);
  }
  return out;
}

function check(name: string, expected: Record<string, string>): void {
  const text = fixture(name);
  const blocks = classifyBlocks(text);
  const got = Object.fromEntries(Object.keys(expected).map((needle) => [needle, labelOf(text, blocks, needle)]));
  expect(got).toEqual(expected);
}

/** The structural contract of classifyBlocks, checked on any text. */
function expectWellFormed(text: string, blocks: Block[], from = 0, to = text.length): void {
  let prevEnd = -1;
  for (const b of blocks) {
    expect(b.start).toBeGreaterThanOrEqual(from);
    expect(b.end).toBeLessThanOrEqual(to);
    expect(b.start).toBeLessThan(b.end);
    expect(b.start).toBeGreaterThan(prevEnd);
    prevEnd = b.end;
    // whole lines: starts at a line start (or the range start), ends before a newline (or the range end)
    expect(b.start === from || text[b.start - 1] === '\n').toBe(true);
    expect(b.end === to || text[b.end] === '\n' || text.slice(b.end, b.end + 2) === '\r\n').toBe(true);
    // no blank line inside a block
    for (const line of text.slice(b.start, b.end).split('\n')) expect(line.trim()).not.toBe('');
    expect(b.reason !== undefined).toBe(b.kind === 'boilerplate');
    if (b.kind === 'boilerplate') expect(b.note).toBeTruthy();
    else expect(b.note).toBeUndefined();
  }
  // every non-blank line of the range lies in exactly one block
  let pos = from;
  for (const line of text.slice(from, to).split('\n')) {
    if (line.trim() !== '') {
      const covering = blocks.filter((b) => b.start <= pos && pos + line.replace(/\r$/, '').length <= b.end);
      expect(covering).toHaveLength(1);
    }
    pos += line.length + 1;
  }
}

describe('classifyBlocks: structure', () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')))('%s is well formed', (name) => {
    const text = fixture(name);
    expectWellFormed(text, classifyBlocks(text));
  });

  it('returns no blocks for empty or blank text', () => {
    expect(classifyBlocks('')).toEqual([]);
    expect(classifyBlocks('\n\n   \n\t\n')).toEqual([]);
  });

  it('classifies only the requested range, with absolute offsets', () => {
    const text = fixture('newsletter-signup.txt');
    const from = text.indexOf('Subscribe to The Harbor Ledger');
    const to = text.indexOf('\nOpponents argued');
    const blocks = classifyBlocks(text, from, to);
    expectWellFormed(text, blocks, from, to);
    expect(blocks[0]?.start).toBe(from);
    expect(blocks.every((b) => b.kind === 'boilerplate')).toBe(true);
    expect(blocks.map((b) => b.reason)).toEqual(['sign-up', 'sign-up', 'repeated']);
  });

  it('keeps \\r out of blocks in CRLF text', () => {
    const text = 'Bridge reopens after repairs\r\n\r\nThe bridge reopened on Monday, officials said.\r\nAdvertisement\r\n';
    const blocks = classifyBlocks(text);
    expectWellFormed(text, blocks);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'Bridge reopens after repairs',
      'The bridge reopened on Monday, officials said.',
      'Advertisement',
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'content', 'boilerplate']);
  });

  it('merges adjacent lines with the same label and splits at blank lines', () => {
    const text = fixture('page-chrome.txt');
    const blocks = classifyBlocks(text);
    const share = blocks.filter((b) => b.reason === 'share');
    expect(share).toHaveLength(2); // the two "Click to ..." lines, then the five buttons after a blank line
    expect(text.slice(share[1]!.start, share[1]!.end).split('\n')).toHaveLength(5);
  });

  // Speed is measured by `npm run bench`; here, only that a large input is classified whole and in order.
  it('classifies a 2.5 MB input completely, in order, without overlaps', () => {
    const text = readdirSync(FIXTURES).map((f) => fixture(f)).join('\n\n').repeat(200);
    const blocks = classifyBlocks(text);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.start).toBeGreaterThan(blocks[i - 1]!.end);
    expect(blocks.at(-1)!.end).toBe(text.trimEnd().length);
    expect(blocks.filter((b) => b.reason === 'repeated').length).toBeGreaterThan(blocks.length / 2);
  });
});

describe('classifyBlocks: title', () => {
  it('takes a short unpunctuated first line followed by a blank line', () => {
    check('newsletter-signup.txt', { 'City council approves new ferry route': 'title' });
  });

  it('takes a short first line directly followed by a longer body line', () => {
    const text = 'Storm knocks out power to 40,000\nA fast-moving storm knocked out power to about 40,000 homes on Sunday, the utility said.\n';
    expect(classifyBlocks(text)[0]?.kind).toBe('title');
  });

  it('rejects a first line with sentence-final punctuation', () => {
    check('false-positives.txt', { 'Streaming service adds 2 million members': 'content' });
    const quoted = '"We will rebuild," the mayor says!"\n\nThe mayor spoke on Monday.\n';
    expect(classifyBlocks(quoted)[0]?.kind).toBe('content');
  });

  it('takes a title-case headline that asks or exclaims, not a sentence that does', () => {
    expect(classifyBlocks('Harbour Master Wants Bigger Budget, You Left Me Broke!\n\nThe harbour master asked the council for more money on Monday.\n')[0]?.kind).toBe('title');
    expect(classifyBlocks("Ferry Captain Talks Storms on 'Harbour Hour': 'Why Did We Sail?'\n\nThe captain spoke on Monday.\n")[0]?.kind).toBe('title');
    expect(classifyBlocks('Was it a random or a planned attack on the ferry?\n\nPolice are investigating.\n')[0]?.kind).toBe('content');
  });

  it('takes a first line printed twice in a row as the title, whatever it ends on, and sets the copy aside', () => {
    const head = 'Ferry captain fined for late sailings but keeps his licence in St. Ives, U.K.';
    const blocks = classifyBlocks(`${head}\n\n${head}\n\nThe harbor board fined the captain on Monday for a month of late sailings.\n`);
    expect(blocks.map((b) => b.kind === 'boilerplate' ? `boilerplate:${b.reason}` : b.kind)).toEqual(['title', 'boilerplate:repeated', 'content']);
    // Printed once, a first line that ends as a sentence stays the story's.
    expect(classifyBlocks(`${head}\n\nThe harbor board fined the captain on Monday for a month of late sailings.\n`)[0]?.kind).toBe('content');
  });

  it('sets aside a standfirst of headline-shaped lines under the title, before the story\'s first finished paragraph', () => {
    const body = 'The harbor board fined the ferry captain on Monday for a month of late sailings, officials said.';
    const text = `Ferry captain fined over late sailings\n\nCaptain of the island ferry kept passengers waiting for hours\n\nBoard expected to review his licence next month\n\nBy Jo Roe\n\n|\n\n${body}\n`;
    const blocks = classifyBlocks(text);
    const kinds = blocks.map((b) => (b.kind === 'boilerplate' ? `boilerplate:${b.note}` : b.kind));
    expect(kinds.slice(0, 3)).toEqual(['title', 'boilerplate:the standfirst under the headline', 'boilerplate:the standfirst under the headline']);
    expect(blocks.filter((b) => b.kind === 'content').map((b) => text.slice(b.start, b.end))).toEqual([body]);
  });

  it('keeps a first paragraph that lost its full stop, a short figure heading and a list under the title', () => {
    const rest = 'The harbor board fined the ferry captain on Monday for a month of late sailings, officials said.';
    for (const second of ['The harbor board fined the ferry captain on Monday for late sailings', '$13 million', '1. The ferry leaves at noon every day']) {
      const text = `Ferry captain fined over late sailings\n\n${second}\n\nHe was not at the hearing and could not be reached\n`;
      const blocks = classifyBlocks(text);
      expect(blocks.filter((b) => b.kind === 'content').map((b) => text.slice(b.start, b.end)), second).toContain(second);
      const withBody = `Ferry captain fined over late sailings\n\n${second}\n\n${rest}\n`;
      if (second !== 'The harbor board fined the ferry captain on Monday for late sailings') expect(classifyBlocks(withBody).filter((b) => b.kind === 'content').map((b) => withBody.slice(b.start, b.end)), second).toContain(second);
    }
  });

  it('rejects a long first line and a lone line', () => {
    expect(classifyBlocks(`${'word '.repeat(40)}\n\nBody text follows here, officials said.`)[0]?.kind).toBe('content');
    expect(classifyBlocks('Just one short line')[0]?.kind).toBe('content');
  });

  it('never takes a line other than the first', () => {
    check('page-chrome.txt', { 'Story highlights': 'boilerplate:navigation', 'School board delays vote on later start times': 'content' });
  });
});

describe('classifyBlocks: sign-up blocks', () => {
  it('catches headers, promotional continuation lines and sign-up prompts', () => {
    check('newsletter-signup.txt', {
      'Subscribe to The Harbor Ledger\n': 'boilerplate:sign-up',
      'Stay ahead of the tide.': 'boilerplate:sign-up',
      "Sign up for The Harbor Ledger's Free Newsletters": 'boilerplate:sign-up',
      'Get our free daily email': 'boilerplate:sign-up',
      'The Morning Tide: ': 'boilerplate:sign-up',
    });
  });

  it('stops the continuation at a news sentence with no blank line in between', () => {
    check('newsletter-signup.txt', {
      'Opponents argued that the money': 'content',
      'Mayor Theo Lindqvist is expected': 'content',
      'Council member Ines Varga': 'content',
    });
  });

  it('does not extend a sign-up block across a blank line', () => {
    const text = 'Sign up for our newsletter\n\nThe best way to reach the island is by ferry, which runs every day.\n';
    const blocks = classifyBlocks(text);
    expect(blocks.map((b) => b.reason ?? b.kind)).toEqual(['sign-up', 'content']);
  });
});

describe('classifyBlocks: related-article teasers', () => {
  it('treats a separator-and-byline teaser list at the end as related', () => {
    check('newsletter-signup.txt', {
      "Why the harbor's oyster beds are finally coming back": 'boilerplate:related',
      'Explainer Two decades of cleanup work': 'boilerplate:related',
      'By Colm Adeyemi, The Harbor Ledger Published': 'boilerplate:related',
      'The lighthouse keeper who never left': 'boilerplate:related',
    });
    const text = fixture('newsletter-signup.txt');
    const blocks = classifyBlocks(text);
    const separatorStarts = [...text.matchAll(/^-$/gm)].map((m) => m.index);
    expect(separatorStarts).toHaveLength(3);
    for (const at of separatorStarts) expect(blocks.find((b) => b.start <= at && at < b.end)?.reason).toBe('related');
  });

  it('catches headers, inline links and the headlines listed under a header', () => {
    check('related-inline.txt', {
      'RELATED:': 'boilerplate:related',
      'Northfield weighs electric buses': 'boilerplate:related',
      'State grant program for chargers': 'boilerplate:related',
      'Read more: How far can an electric car go': 'boilerplate:related',
      'Related: County adds bike lanes': 'boilerplate:related',
      '[Related: The gas station on Main Street': 'boilerplate:related',
      'More from the Northfield Gazette': 'boilerplate:related',
      'Library expansion wins final approval': 'boilerplate:related',
      'You may also like': 'boilerplate:related',
      'Recommended': 'boilerplate:related',
      'Why the old mill site is still empty': 'boilerplate:related',
    });
  });

  it('keeps the prose after a teaser list and a subheading between prose as content', () => {
    check('related-inline.txt', {
      'Town officials said the hub would be free': 'content',
      'Questions over parking': 'content',
      'Some downtown business owners worry': 'content',
    });
  });

  it('keeps short final lines of a genuine article without any teaser marker', () => {
    const text = [
      'Clinic warns of flu surge',
      '',
      'The county clinic urged residents to get vaccinated as flu cases doubled in two weeks, officials said.',
      '',
      'Symptoms to watch for',
      '',
      'High fever lasting more than three days',
      '',
      'Trouble breathing or chest pain',
      '',
    ].join('\n');
    const blocks = classifyBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'content', 'content', 'content', 'content']);
  });
});

describe('classifyBlocks: author bios', () => {
  it('catches staff bios, follow prompts, contacts and sign-offs', () => {
    check('author-bios.txt', {
      'Dana Whitfield is a staff writer': 'boilerplate:author-bio',
      'Follow Dana Whitfield on Twitter': 'boilerplate:author-bio',
      'Dana Whitfield can be reached at': 'boilerplate:author-bio',
      'Omar Reyes covers aviation and tourism': 'boilerplate:author-bio',
      'Write to Omar Reyes at': 'boilerplate:author-bio',
      '-- Priya Natarajan': 'boilerplate:credit',
    });
    check('newsletter-signup.txt', { 'Marisol Quintero worked at The Harbor Ledger from 2016 to 2022': 'boilerplate:author-bio' });
  });

  it('keeps news about a journalist as content', () => {
    check('author-bios.txt', { 'Kim Seo-yeon was a photographer for the Lakeshore Tribune when she was detained': 'content' });
  });
});

describe('classifyBlocks: captions and credits', () => {
  it('catches photo captions and picture credits', () => {
    check('wire-captions-credits.txt', {
      'Firefighters battle a brush fire near Calder Ridge': 'boilerplate:caption',
      'FILE - In this Aug. 2, 2017, file photo': 'boilerplate:caption',
      'Image copyright Getty Images Image caption': 'boilerplate:caption',
      'Photo by Lena Marsh for the Nevada Sentinel': 'boilerplate:caption',
      'Pictured: Evacuees wait': 'boilerplate:caption',
      'Evacuees gather outside a shelter': 'boilerplate:caption',
      'Kelvin Adair/Reuters': 'boilerplate:caption',
    });
  });

  it('catches a caption that opens on a name and a picture service named by what it is, and keeps a sentence naming a channel', () => {
    const kind = (line: string) => {
      const text = `Harbor ferry returns\n\n${line}\n\nThe ferry runs twice a day from June, the board said.\n`;
      const blocks = classifyBlocks(text);
      const b = blocks.find((x) => text.slice(x.start, x.end) === line);
      return b?.kind === 'boilerplate' ? `boilerplate:${b.reason}` : b?.kind;
    };
    expect(kind('Jo Roe / Harbor Picture News Ana Lima waves from the deck of the new ferry.')).toBe('boilerplate:caption');
    expect(kind('Tom Reyes/Island Commons The old ferry at its berth.')).toBe('boilerplate:caption');
    expect(kind('Jo Roe, a reporter for the Harbor/Island News Channel, said the ferry was late.')).toBe('content');
    expect(kind('Jo Roe / Harbor Picture News Ana Lima waves. The ferry left at noon with 40 passengers on board.')).toBe('content');
  });

  it('catches a gallery line with its counter, dots and caption button, and keeps a sentence counting one of several', () => {
    const caption = 'A deckhand ties up the island ferry at the old stone quay on a windy morning in May 1962, as passengers wait on the pier with their bags.';
    const gallery = `Photos: Life on the island ferry The ferry has sailed between the island and the harbor since 1910. ${caption} Jo Roe/Harbor Wire 1 of 20 \u2022 \u2022 \u2022 \u2022 1 of 20 Show Caption ${caption} Jo Roe/Harbor Wire`;
    const text = `Harbor ferry returns\n\n${gallery}\n\nThe ferry was one of 20 boats on the harbor in 1962, the board said.\n`;
    const blocks = classifyBlocks(text);
    expect(labelOf(text, blocks, 'Photos: Life on the island')).toBe('boilerplate:caption');
    expect(labelOf(text, blocks, 'one of 20 boats')).toBe('content');
  });

  it('catches contributor, rights and reporting credits', () => {
    check('wire-captions-credits.txt', {
      '___': 'boilerplate:credit',
      'Associated Press writer Paulo Mendes in Reno contributed to this report.': 'boilerplate:credit',
      'Copyright 2019 The Associated Press. All rights reserved.': 'boilerplate:credit',
    });
    check('reuters-style.txt', { '(Reporting by Andrei Popescu;': 'boilerplate:credit' });
  });

  it('keeps wire datelines and paragraphs ending in a bare agency tag as content', () => {
    check('wire-captions-credits.txt', { 'CALDER RIDGE, Nev. (AP) — Crews gained ground': 'content' });
    check('reuters-style.txt', {
      'OSLAVA, Veridia (Reuters) - ': 'content',
      'Analysts had expected a quarter-point move.': 'content',
      'Traders watch screens at a bank': 'boilerplate:caption',
    });
  });
});

describe('classifyBlocks: embeds', () => {
  it('catches embedded tweets, handles, social links and Instagram embeds', () => {
    check('social-embeds.txt', {
      'See you at the fair tonight.': 'boilerplate:embed',
      'Ran from the parking lot, worth it.': 'boilerplate:embed',
      '@fenwickfair\n': 'boilerplate:embed',
      'https://twitter.com/fenwickfair/status/': 'boilerplate:embed',
      'A post shared by Arlo Benning': 'boilerplate:embed',
      'View this post on Instagram': 'boilerplate:embed',
      'Tweet with a location': 'boilerplate:embed',
      'best night of the summer': 'boilerplate:embed',
      'EMBED More News Videos': 'boilerplate:embed',
      "Watch part of Haddad's interview": 'boilerplate:embed',
      '(This story has been updated': 'boilerplate:credit',
      'Embed County Fair Closes': 'boilerplate:embed',
      'More: County fair: Director says': 'boilerplate:related',
      'Related UPDATE: Fair Board': 'boilerplate:related',
      '(See the top 10 county fairs': 'boilerplate:related',
      'Scale bars: 10 cm': 'boilerplate:caption',
      'More: officials said the fair': 'content',
      'Posted at 11:43 AM': 'boilerplate:navigation',
      'Updated: June 22': 'boilerplate:navigation',
      'Fair closes after 90 years Posted': 'boilerplate:navigation',
      '(This version CORRECTS': 'boilerplate:credit',
      'Back to Gallery': 'boilerplate:caption',
      'Image copyright Valley': 'boilerplate:caption',
      'Published in 2015': 'content',
    });
  });

  it('keeps reporting about social media as content', () => {
    check('social-embeds.txt', {
      'Benning announced the show on Twitter': 'content',
      'Fair director Omar Haddad said': 'content',
    });
  });
});

describe('classifyBlocks: advertisements, share buttons and navigation', () => {
  it('labels each kind of page chrome', () => {
    check('page-chrome.txt', {
      'Advertisement\n': 'boilerplate:advertisement',
      'Story continues below advertisement': 'boilerplate:advertisement',
      'Click to email this to a friend (Opens in new window)': 'boilerplate:share',
      'Share this': 'boilerplate:share',
      'Share on Facebook': 'boilerplate:share',
      'Tweet\n': 'boilerplate:share',
      'Email\n': 'boilerplate:share',
      'Print\n': 'boilerplate:share',
      'Watch: Parents make their case': 'boilerplate:navigation',
      'Video: What sleep researchers say': 'boilerplate:navigation',
      'Continue reading': 'boilerplate:navigation',
      'Comments': 'boilerplate:navigation',
    });
  });

  it('sets aside a web archive\'s notice captured instead of the article', () => {
    const text = [
      'Starting in 2003, Alexa Internet has been donating their crawl data to the Internet Archive. New data reach the Wayback Machine after an embargo period.',
      '',
      'These crawls are part of an effort to archive pages as they are created, so that links keep working.',
      '',
      'This is a set of web collections curated by Ana Lima using the Archive-It service of the Internet Archive.',
      '',
      'The harbour bridge reopened on Monday after three months of repairs, the council said.',
    ].join('\n');
    const blocks = classifyBlocks(text);
    expect(['Starting in 2003', 'These crawls', 'This is a set of web'].map((needle) => labelOf(text, blocks, needle))).toEqual(['boilerplate:navigation', 'boilerplate:navigation', 'boilerplate:navigation']);
    expect(labelOf(text, blocks, 'The harbour bridge reopened')).toBe('content');
  });

  it("sets aside a prompt's buttons under the prompt, and only there", () => {
    const text = [
      'JavaScript is disabled in your browser. Would you like to proceed to the basic site?',
      '',
      'Yes',
      '',
      'No thanks',
      '',
      'The ferry service to the islands resumed on Tuesday, the operator said.',
      '',
      'Asked whether the timetable would change before the summer, the operator gave a one-word answer.',
      '',
      'No.',
    ].join('\n');
    const blocks = classifyBlocks(text);
    expect(['Yes', 'No thanks'].map((needle) => labelOf(text, blocks, needle))).toEqual(['boilerplate:navigation', 'boilerplate:navigation']);
    expect(labelOf(text, blocks, 'The ferry service')).toBe('content');
    // The same word under the story's own text is the story's.
    expect(labelOf(text, blocks, 'No.')).toBe('content');
  });

  it('keeps the article paragraphs between the chrome', () => {
    check('page-chrome.txt', {
      'The Pinecrest school board on Monday postponed': 'content',
      'Superintendent Grace Olabode said': 'content',
      'Parents packed the meeting, and more than 40 people signed up to speak.': 'content',
    });
  });
});

describe('classifyBlocks: repeated paragraphs', () => {
  it('marks a later verbatim copy and leaves the first occurrence alone', () => {
    const text = fixture('repeated.txt');
    const blocks = classifyBlocks(text);
    expect(labelsOfRepeated(text, blocks, 'The statue, which depicts a young athlete')).toEqual(['content', 'boilerplate:repeated']);
  });

  it('ignores short repeated lines', () => {
    const text = fixture('repeated.txt');
    const blocks = classifyBlocks(text);
    expect(labelsOfRepeated(text, blocks, 'He declined to comment.')).toEqual(['content', 'content']);
    expect(labelsOfRepeated(text, blocks, 'Advertisement')).toEqual(['boilerplate:advertisement', 'boilerplate:advertisement']);
  });

  it('marks a paragraph that is one sentence written twice, and keeps a paragraph that only starts alike', () => {
    const summary = 'Engineers say the old ferry pier may need to close for a year of repairs.';
    const text = `Harbour news\n\n${summary} ${summary}\n\n${summary} Work would start in May.\n`;
    const kinds = classifyBlocks(text).map((b) => `${b.kind}${b.reason ? `:${b.reason}` : ''}`);
    expect(kinds).toEqual(['title', 'boilerplate:repeated', 'content']);
  });

  it('marks the second copy of a duplicated promo line as repeated', () => {
    const text = fixture('newsletter-signup.txt');
    expect(labelsOfRepeated(text, classifyBlocks(text), 'From our early-morning briefing')).toEqual(['boilerplate:sign-up', 'boilerplate:repeated']);
  });
});

describe('classifyBlocks: false-positive guards', () => {
  it('keeps news sentences that merely contain trigger words', () => {
    const text = fixture('false-positives.txt');
    const blocks = classifyBlocks(text);
    const notContent = blocks.filter((b) => b.kind !== 'content').map((b) => text.slice(b.start, b.end));
    expect(notContent).toEqual([]);
  });

  it('keeps a one-line article mentioning subscribers as content', () => {
    const text = 'The company said 2 million people subscribe to its service.';
    expect(classifyBlocks(text).map((b) => b.kind)).toEqual(['content']);
  });
});

describe('classifyBlocks: notes', () => {
  it('explains each boilerplate block in a short phrase', () => {
    const text = fixture('newsletter-signup.txt');
    const blocks = classifyBlocks(text);
    const noteAt = (needle: string): string | undefined => blocks.find((b) => b.start <= text.indexOf(needle) && text.indexOf(needle) < b.end)?.note;
    expect(noteAt('Subscribe to The Harbor Ledger')).toMatch(/sign-up|subscription/);
    expect(noteAt('Is Brackford ready for a bigger storm season?')).toBe('teaser list of related articles');
    expect(noteAt('Marisol Quintero worked')).toBe('author bio');
    for (const b of blocks) if (b.note) expect(b.note.length).toBeLessThan(60);
  });
});

describe('classifyBlocks: widgets and signatures', () => {
  it('removes a video widget, one-line photo galleries of any length and a signature line, and keeps the news', () => {
    const text = fixture('widgets.txt');
    const lines = (kind: string) => classifyBlocks(text).filter((b) => b.kind === kind).map((b) => text.slice(b.start, b.end));
    expect(lines('boilerplate').map((l) => l.slice(0, 14))).toEqual(['JUST WATCHED C', '1 of 12 Full S', 'Photos: Harbou', 'Priya Nataraja']);
    expect(lines('content')).toEqual(['The city council approved the new budget on Thursday after a long debate.', 'Councillor Omar Haddad said the vote showed the city could agree on hard choices.']);
  });
});

describe('classifyBlocks: the outlet speaking about its own article', () => {
  const labels = (text: string, needles: string[]) => needles.map((n) => labelOf(text, classifyBlocks(text), n));
  it('sets aside editor\'s notes, corrections, dated amendment notes and updates about the story', () => {
    const text = [
      'Ferry fire closes the harbour', '',
      'The evening ferry caught fire near the pier on Friday, the harbour master said.', '',
      '[Editor’s note: An earlier version of this story gave the wrong name for the pier.]', '',
      'CORRECTION (May 3, 11:30 a.m.): An earlier version of this article misstated the number of crew.', '',
      'UPDATE, 21 May: The court order referred to in this story has been amended.', '',
      '• This article was amended on 12 May 2031 to correct the ferry’s name.', '',
      'Note: Information in the Daily Harbour Report is based on initial reports.', '',
      'Update: Two more crew members were found safe on Saturday, officials said.',
    ].join('\n');
    expect(labels(text, ['The evening ferry', 'Editor’s note', 'CORRECTION', 'UPDATE, 21 May', 'This article was amended', 'Note: Information', 'Update: Two more'])).toEqual([
      'content', 'boilerplate:credit', 'boilerplate:credit', 'boilerplate:credit', 'boilerplate:credit', 'boilerplate:credit', 'content',
    ]);
  });
  it('sets aside a news service\'s notes about itself and pointers to its own site', () => {
    const text = [
      'Harbour police log', '',
      'This report is published every weekday, except public holidays.', '',
      'For more information on crime in your area, visit our online crime map.', '',
      'A woman heard noises in her attic. (Published Wednesday, May 14, 2031)', '',
      'Officers found a man living in the attic of the house on Elm Road, police said.',
    ].join('\n');
    expect(labels(text, ['This report is published', 'visit our online', '(Published Wednesday', 'Officers found'])).toEqual([
      'boilerplate:credit', 'boilerplate:navigation', 'boilerplate:navigation', 'content',
    ]);
  });
  it('sets aside the lead-in question of a sign-up prompt, and agency captions', () => {
    const text = [
      'Harbour news', '',
      'The pier will reopen in June, the council said on Monday after a long meeting.', '',
      'Looking for news you can trust?', '',
      'Subscribe to our free newsletters.', '',
      'A diver inspects the hull at the harbour in Portbury in this file photo taken January 24, 2031.', '',
      'Who was the architect? Image copyright Harbour Archive Born in Portbury, the eldest of seven children', '',
      'Why did the ferry burn? Engineers are still asking, the report said.',
    ].join('\n');
    expect(labels(text, ['The pier will reopen', 'Looking for news', 'Subscribe to our', 'in this file photo', 'Image copyright', 'Why did the ferry'])).toEqual([
      'content', 'boilerplate:sign-up', 'boilerplate:sign-up', 'boilerplate:caption', 'boilerplate:caption', 'content',
    ]);
  });
  it('keeps reporting that mentions an update, a photo or a correction', () => {
    const text = [
      'Harbour news', '',
      'The article was updated on the agency’s website on Tuesday to remove the inspector’s name, officials said.', '',
      'The planet’s thin atmosphere can be seen in this photo taken by the orbiter.', '',
      'Corrections officers said the inmate was moved on Friday.',
    ].join('\n');
    expect(labels(text, ['The article was updated', 'this photo taken by the orbiter', 'Corrections officers'])).toEqual(['content', 'content', 'content']);
  });
});

describe('classifyBlocks: contacts, promotions, players and captions', () => {
  const labels = (text: string, needles: string[]) => needles.map((n) => labelOf(text, classifyBlocks(text), n));
  const article = (...lines: string[]) => ['Harbour news', '', 'The pier will reopen in June, the council said on Monday after a long meeting.', '', ...lines.flatMap((l) => [l, ''])].join('\n');
  it('sets aside contact lines, follow prompts and podcast promotions', () => {
    const text = article(
      'Jo Roe is the Harbour Times’ ferry critic. E-mail: jroe@example.com Twitter: @jroe',
      'Reach Jo Roe at 555-0100 and on Twitter @jroe.',
      'For the top stories in shipping, follow us on Twitter at @HarbourTimes.',
      'And like us on Facebook to get our news right in your feed:',
      'Follow Harbour 7 for the latest on air and online.',
      'Stay with Harbour Radio 990 for developments in this story.',
      'Watch Harbour 7 News and stay with HarbourSeven.com for more on this story.',
      'Like Harbour Radio on Facebook and follow @HarbourRadio on Twitter to join the conversation.',
      'Interested in Ana Lima? Add Ana Lima as an interest to stay up to date on the latest Ana Lima news, video, and analysis from Harbour News. Add Interest',
      'Download the “Tide Talk” podcast on Apple Podcasts, Spotify and Stitcher.',
      'Jo Roe writes the “Ferry Matters” column for the magazine.',
    );
    expect(labels(text, ['E-mail: jroe', 'Reach Jo Roe', 'For the top stories', 'like us on Facebook', 'Follow Harbour 7', 'Stay with Harbour', 'Watch Harbour 7 News', 'Like Harbour Radio', 'Interested in Ana', 'Download the', 'writes the'])).toEqual([
      'boilerplate:author-bio', 'boilerplate:author-bio', 'boilerplate:share', 'boilerplate:share', 'boilerplate:share', 'boilerplate:share', 'boilerplate:share', 'boilerplate:share', 'boilerplate:share', 'boilerplate:sign-up', 'boilerplate:author-bio',
    ]);
  });
  it('sets aside a report\'s list of its authors\' affiliations, not a sentence that names institutions', () => {
    const text = article('Division of Harbour Safety, Porto Institute of Tides; Department of Ferries, Lima University; Harbour Hospital; Council of Port Engineers', 'The Division of Harbour Safety; the Department of Ferries; and Harbour Hospital will share the cost.');
    expect(labels(text, ['Division of Harbour Safety, Porto', 'The Division of Harbour'])).toEqual(['boilerplate:author-bio', 'content']);
  });
  it('keeps prose that likes, watches or stays up to date', () => {
    const text = article('Like many of her friends on Facebook and Twitter, Jo Roe posted a photo of the pier.', 'Watch crews work on the pier from the quay, where a viewing deck opened on Monday.', 'Residents who want to stay up to date can read the notices on the board.');
    expect(labels(text, ['Like many of her', 'Watch crews work', 'Residents who want'])).toEqual(['content', 'content', 'content']);
  });
  it('sets aside page chrome, players, links written out and web-archive notes', () => {
    const text = article(
      'We’ve detected that JavaScript is disabled in your browser.',
      'You need the latest version of the Adobe Flash Player to view the video related to this article.',
      'Video Loading Video Unavailable Click to play Tap to play',
      'Permalink: http://example.com/harbour/2031/05/14/pier',
      'http://www.example.com',
      'Please wait while you are redirected.',
      'The WARC files associated with this crawl are not available.',
      '(Harbour fire full coverage)',
      'Learn how tides shape the harbour floor.',
      'MORE NEWS: Ferry company names a new captain',
      'reset Heckler at harbour rally Mayor: Won’t bow to critics',
    );
    expect(labels(text, ['JavaScript is disabled', 'Flash Player', 'Video Loading', 'Permalink', 'http://www.example.com', 'redirected', 'WARC', 'full coverage', 'Learn how', 'MORE NEWS', 'reset Heckler'])).toEqual([
      'boilerplate:navigation', 'boilerplate:embed', 'boilerplate:navigation', 'boilerplate:navigation', 'boilerplate:navigation', 'boilerplate:navigation', 'boilerplate:navigation',
      'boilerplate:related', 'boilerplate:related', 'boilerplate:navigation', 'boilerplate:embed',
    ]);
  });
  it('sets aside an error page saved instead of the article, and keeps a sentence about a page or a URL', () => {
    const text = article(
      'Sorry, the page you requested was not found.',
      'Please check the URL for proper spelling and capitalization. If you’re having trouble locating a destination on Harbour Web, try visiting the home page.',
      'The page you are looking for may have been moved or deleted.',
      'Please try Harbour Help Central if you need more assistance.',
      'Error 404: page not found',
      'Search the Web advanced search | most popular',
      'Tide Tables | Ferry Times | Harbour Webcam',
      'Harbour fire | Harbour Times',
      'The harbour board said its web page had been moved after the ferry company complained about the URL.',
    );
    expect(labels(text, ['Sorry, the page', 'Please check the URL', 'may have been moved', 'Please try', 'Error 404', 'Search the Web', 'Tide Tables', 'Harbour fire |', 'The harbour board'])).toEqual([
      'boilerplate:navigation', 'boilerplate:navigation', 'boilerplate:navigation', 'boilerplate:navigation', 'boilerplate:navigation', 'boilerplate:navigation', 'boilerplate:navigation', 'content', 'content',
    ]);
  });
  it('sets aside captions that open on their credit or say who stands where, and headlines further down', () => {
    const text = article(
      'Jo Roe / AFP / Getty Images The mayor cuts the ribbon at the pier.',
      'Harbour master Ana Lima, left, and Mayor Tom Ray, right, cut the ribbon at the pier.',
      'Man Found Living in Ferry Hold After Crew Hears Noises',
      'For Date Night, The Mayor Took His Wife To The Harbour...',
      'This editorial was published in the Harbour Times on May 14, 2031',
      'A previous version of this article misstated the length of the pier.',
      '- Ana Lima',
      'Officers found a man living in the hold of the ferry, police said.',
    );
    expect(labels(text, ['Jo Roe / AFP', 'left, and Mayor', 'Man Found Living', 'For Date Night', 'This editorial', 'A previous version', '- Ana Lima', 'Officers found'])).toEqual([
      'boilerplate:caption', 'boilerplate:caption', 'boilerplate:related', 'boilerplate:related', 'boilerplate:credit', 'boilerplate:credit', 'boilerplate:credit', 'content',
    ]);
  });
  it('keeps the rows of a table, which read as title case only by their figures, and numbered list items', () => {
    const text = article(
      'The final standings of the harbour regatta after 12 races:',
      'Pos. Crew Points Wins Top 5',
      '1 Ana Lima Racing 512 4 9',
      '2 Tom Ray Jr. 498 3 8',
      '3) Harbour Crane Model Forty Gift Set',
      'Officers said the regatta would return next year.',
    );
    expect(labels(text, ['1 Ana Lima', '2 Tom Ray', '3) Harbour'])).toEqual(['content', 'content', 'content']);
  });
  it('keeps a long paragraph that a sign-up form or a gallery was run into, and prose naming who stood left', () => {
    const story = 'But it was the council’s refusal to back either plan that explains why the pier stayed shut for so long, and why the ferry company has now gone to court to force a decision before the summer.';
    const text = article(
      `Keep up with the best of Harbour Politics. Get our newsletter daily. You will now receive the Harbour newsletter ${story} ${story}`,
      'The mayor, who stood on the left of the stage, said the pier would reopen.',
    );
    expect(labels(text, ['Keep up with', 'stood on the left'])).toEqual(['content', 'content']);
  });
});

describe('classifyBlocks: taglines, disclaimers, comment prompts and links after a header', () => {
  const labels = (text: string, needles: string[]) => needles.map((n) => labelOf(text, classifyBlocks(text), n));
  it('sets aside a column\'s tagline addressed to its readers, and keeps news of what something offers', () => {
    const text = [
      'Robot guard knocked over', '',
      'Gadget Gripes offers a slightly crooked take on the gadgets that run our lives.', '',
      'Harbour Talk is a weekly column answering your questions about the port.', '',
      'The ferry company offers a rare look at its accounts in the report.', '',
      'A security robot was knocked over outside the harbour office on Friday, police said.',
    ].join('\n');
    expect(labels(text, ['Gadget Gripes', 'Harbour Talk', 'The ferry company', 'A security robot'])).toEqual(['boilerplate:author-bio', 'boilerplate:author-bio', 'content', 'content']);
  });
  it('sets aside a commentary\'s disclaimer and a prompt for comments, but not a request that someone said', () => {
    const text = [
      'Harbour pay row', '',
      'Shareholders voted against the pay deal at the harbour company on Friday.', '',
      'The author is a Harbour Times columnist. The opinions expressed are his own.', '',
      'Here are some of the ferries we love. Let us know your favourite!', '',
      '"Let us know if you see anything," the harbour master said.',
    ].join('\n');
    expect(labels(text, ['Shareholders voted', 'The author is', 'Let us know your', 'Let us know if'])).toEqual(['content', 'boilerplate:author-bio', 'boilerplate:share', 'content']);
  });
  it('sets aside the short lines after a related-articles header at the end, written as sentences or not', () => {
    const text = [
      'Harbour fire', '',
      'The evening ferry caught fire near the pier on Friday, the harbour master said.', '',
      'READ MORE:', '',
      'The port found the ferry plan failed. Now its backers face a hard choice.', '',
      'Harbour board picks a new chair, adds two members',
    ].join('\n');
    expect(labels(text, ['The evening ferry', 'READ MORE', 'The port found', 'Harbour board picks'])).toEqual(['content', 'boilerplate:related', 'boilerplate:related', 'boilerplate:related']);
    // A header followed by the story's own reporting (a quotation, a reported sentence) is no list of links.
    const story = ['Harbour fire', '', 'Ferry burns at the pier.', '', 'Read more:', '', 'The fire started in the engine room, the harbour master said.'].join('\n');
    expect(labels(story, ['The fire started'])).toEqual(['content']);
  });
});
