import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../scripts/clean/boilerplate.ts';
import { sentencesOf } from './support/sentences.ts';

const texts = (text: string) => sentencesOf(text).map((s) => s.text);

describe('segment: a photo credit run into a paragraph', () => {
  it('cuts a credit before a quotation out of its sentence, keeping the quotation and its speaker', () => {
    const text = 'Photo: Wire Agency “We will rebuild the bridge by spring,” said Ana Lima, the mayor. Crews began on Monday.';
    const sentences = sentencesOf(text);
    expect(sentences.map((s) => s.text)).toEqual(['“We will rebuild the bridge by spring,” said Ana Lima, the mayor.', 'Crews began on Monday.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('drops a sentence that is only a credit, and leaves a credit followed by prose alone', () => {
    expect(texts('The river rose two metres overnight. Photo: WIRE. Crews worked until dawn.')).toEqual(['The river rose two metres overnight.', 'Crews worked until dawn.']);
    expect(texts('Photo: Tom Reyes took the picture from the roof.')).toEqual(['Photo: Tom Reyes took the picture from the roof.']);
  });
});

describe('segment: other stories\' headlines run into the end of a paragraph', () => {
  it('cuts a run of title-case headlines after the story\'s last sentence', () => {
    expect(texts('She plans to write a book about the trip. The 12 Best Harbor Towns to Visit This Year Why Crews Love Night Shifts')).toEqual(['She plans to write a book about the trip.']);
  });
  it('keeps a paragraph that is one title-case line, a last sentence with a full stop, and a letter\'s signature in capitals', () => {
    expect(texts('The Harbor Town Council Meets Again Tonight')).toEqual(['The Harbor Town Council Meets Again Tonight']);
    expect(texts('The vote passed. The Harbor Town Council Meets Again Tonight.')).toEqual(['The vote passed.', 'The Harbor Town Council Meets Again Tonight.']);
    expect(texts('Should I go with him or stay home? -- TIRED OF WAITING AT HOME IN PORTO')).toEqual(['Should I go with him or stay home?', '-- TIRED OF WAITING AT HOME IN PORTO']);
  });
});

describe('segment: the page\'s pointers run into a paragraph', () => {
  it('cuts follow, first-published, click-here and read-more sentences, keeping the story around them', () => {
    const text = 'Jo Roe writes about rivers for the Harbor Times. Follow us @HarborTimes, Facebook or Instagram. Originally published on HarborTimes.com. Click here to watch the video. Read more about the ferry. The ferry runs twice a day.';
    expect(texts(text)).toEqual(['Jo Roe writes about rivers for the Harbor Times.', 'The ferry runs twice a day.']);
  });
  it('cuts the outlet selling its own issue to the reader, and keeps a sentence that reports an issue', () => {
    expect(texts('The couple will live apart for now, a friend said. For more on the split, pick up this week\'s issue of Harbour Life, on newsstands Friday')).toEqual(['The couple will live apart for now, a friend said.']);
    expect(texts('It\'s Tuesday, which means this week\'s magazine is on sale now - yay! The ferry runs twice a day.')).toEqual(['The ferry runs twice a day.']);
    expect(texts('The April issue hits newsstands Friday with the couple on its cover. “Pick up the latest copy,” the editor urged.')).toEqual(['The April issue hits newsstands Friday with the couple on its cover.', '“Pick up the latest copy,” the editor urged.']);
  });
  it('cuts the page\'s topic tags run into the last line, and keeps prose that asks for more about something', () => {
    expect(texts('The ferry runs twice a day. More about ferry fares, harbour board, Porto council, pier repairs')).toEqual(['The ferry runs twice a day.']);
    expect(texts('More about the plan, including its cost, will be announced on Monday.')).toEqual(['More about the plan, including its cost, will be announced on Monday.']);
  });
  it('keeps a pointer the story quotes, and prose that starts with the same word', () => {
    expect(texts('“Click here to donate,” the page said. Read the letter, she told the 300 members.')).toEqual(['“Click here to donate,” the page said.', 'Read the letter, she told the 300 members.']);
    expect(texts('Follow the money, the auditor said.')).toEqual(['Follow the money, the auditor said.']);
    // No full stop after the pointer: its sentence runs on into the story, and is kept whole rather than lose the story's words.
    expect(texts('Read more about the ferry The ferry now runs twice a day.')).toEqual(['Read more about the ferry The ferry now runs twice a day.']);
  });
});

describe('segment: a live blog\'s time stamps', () => {
  it('cuts a clock time that the splitter reads as a sentence of its own, keeping the entry', () => {
    expect(texts('9:40 A.M. The ferry left the quay with 40 people on board. It docked an hour later.')).toEqual(['The ferry left the quay with 40 people on board.', 'It docked an hour later.']);
    expect(texts('10:20 p.m.')).toEqual([]);
    expect(texts('The council met. 5 p.m. ET')).toEqual(['The council met.']);
  });
  it('keeps a sentence that gives the time of what it reports, and a time inside a sentence', () => {
    expect(texts('11:44 A.M. Rocket lands in the sea.')).toEqual(['11:44 A.M. Rocket lands in the sea.']);
    expect(texts('The polls close at 8 p.m. Voters were queueing by noon.')).toEqual(['The polls close at 8 p.m. Voters were queueing by noon.']);
  });
});

describe('segment: a byline run into the first sentence', () => {
  it('cuts the writer, the date and the section off the paragraph\'s start', () => {
    expect(texts('By Jo Roe Oct 3, 2031 in Science A bridge that opened in 1990 will close for repairs.')).toEqual(['A bridge that opened in 1990 will close for repairs.']);
  });
  it('keeps a sentence that opens on "By" and a date as prose', () => {
    expect(texts('By Oct 3, 2031 the bridge will be closed.')).toEqual(['By Oct 3, 2031 the bridge will be closed.']);
    expect(texts('By Friday Ana Lima had left the city.')).toEqual(['By Friday Ana Lima had left the city.']);
  });
});

describe('clean: a photo credit run into a paragraph\'s first words', () => {
  const body = 'Turns out the ferry plan had worked after all. Two hundred people rode it on the first day, and the council said it would add a second boat by the end of the summer season if the numbers held up through July.';
  it('sets only the credit aside and keeps the paragraph as content, with exact offsets', () => {
    const text = `Harbor ferry returns\n\nPhoto: Jo Roe/via Wire Service ${body}\n`;
    const blocks = classifyBlocks(text);
    const credit = blocks.find((b) => b.kind === 'boilerplate' && b.reason === 'caption');
    expect(credit && text.slice(credit.start, credit.end)).toBe('Photo: Jo Roe/via Wire Service');
    const content = blocks.filter((b) => b.kind === 'content').map((b) => text.slice(b.start, b.end));
    expect(content).toEqual([body]);
  });
  it('keeps a caption whole: a description after the label, or one short line after a credit', () => {
    const caption = 'Photo: The Ferry Leaves the harbor at dawn, carrying the first passengers of the season across the bay. Crowds waved from the pier as it left, and the mayor rang a bell from the deck before the boat turned for the open water.';
    const short = 'Photo: Jo Roe Crowds wave from the pier as the ferry leaves.';
    for (const line of [caption, short]) {
      const text = `Harbor ferry returns\n\n${line}\n\nThe ferry runs twice a day.\n`;
      const blocks = classifyBlocks(text);
      expect(blocks.filter((b) => b.kind === 'content').map((b) => text.slice(b.start, b.end))).toEqual(['The ferry runs twice a day.']);
    }
  });
});

describe('segment: the story\'s headline run into its dateline', () => {
  it('cuts a title-case headline off the dateline that opens the story', () => {
    const text = 'Ferry Fares Rise Again, Council Says PORTO, Portugal (Wire) - The city council raised ferry fares for the second time this year on Monday.';
    const sentences = sentencesOf(text);
    expect(sentences.map((s) => s.text)).toEqual(['PORTO, Portugal (Wire) - The city council raised ferry fares for the second time this year on Monday.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts("'Smart' Buoys Watch the Bay ST. LOUIS (Wire) — Engineers placed 12 buoys in the harbor.")).toEqual(['ST. LOUIS (Wire) — Engineers placed 12 buoys in the harbor.']);
  });
  it('leaves a dateline that opens the line, a sentence before one, and a line in capitals', () => {
    expect(texts('PORTO (Wire) - The city council raised ferry fares on Monday.')).toEqual(['PORTO (Wire) - The city council raised ferry fares on Monday.']);
    expect(texts('On Monday the council met in PORTO (Wire) - and raised fares.')).toEqual(['On Monday the council met in PORTO (Wire) - and raised fares.']);
    expect(texts('FARES RISE PORTO (Wire) - The city council raised ferry fares on Monday.')).toEqual(['FARES RISE PORTO (Wire) - The city council raised ferry fares on Monday.']);
  });
});

describe('clean: a kicker in capitals run into a paragraph\'s first words', () => {
  const body = 'Councillor Ana Lima said on Monday that the harbor ferry would run twice a day from June.';
  it('sets only a section label before a pipe, or a headline in capitals that asks, aside', () => {
    for (const [kicker, line] of [['THE WEEK IN REVIEW |', `THE WEEK IN REVIEW | ${body}`], ['WILL THE FERRY RUN AGAIN?', `WILL THE FERRY RUN AGAIN? ${body}`]] as const) {
      const text = `Harbor ferry returns\n\n${line}\n\nThe ferry runs twice a day.\n`;
      const blocks = classifyBlocks(text);
      const kickerBlock = blocks.find((b) => b.kind === 'boilerplate' && text.slice(b.start, b.end) === kicker);
      expect(kickerBlock, kicker).toBeDefined();
      expect(blocks.filter((b) => b.kind === 'content').map((b) => text.slice(b.start, b.end))).toEqual([body, 'The ferry runs twice a day.']);
    }
  });
  it('leaves a transcript\'s speaker label, a dateline, a short line and one word in capitals', () => {
    for (const line of [`ANA LIMA: ${body}`, `PORTO (Wire) - ${body}`, 'WHY NOT? Because.', `NASA | ${body}`]) {
      const text = `Harbor ferry returns\n\n${line}\n\nThe ferry runs twice a day.\n`;
      const blocks = classifyBlocks(text);
      expect(blocks.filter((b) => b.kind === 'content').map((b) => text.slice(b.start, b.end))).toContain(line);
    }
  });
});

describe('clean: a subheading in ordinary case run into a paragraph\'s first words', () => {
  const body = 'The decision means the harbor board will choose the new ferry operator by June.';
  it('sets only the heading aside when a sentence\'s opener follows a few unpunctuated words', () => {
    for (const [head, rest] of [['Board to decide', body], ['Harbor Gazette', 'The sale includes $2 million for the printing works and the office.'], ['Leaving the island', 'An estimated 300 families have left since the ferry stopped running.']] as const) {
      const line = `${head} ${rest}`;
      const text = `Harbor ferry returns\n\n${line}\n\nThe ferry runs twice a day.\n`;
      const blocks = classifyBlocks(text);
      const headBlock = blocks.find((b) => b.kind === 'boilerplate' && text.slice(b.start, b.end) === head);
      expect(headBlock, head).toBeDefined();
      expect(blocks.filter((b) => b.kind === 'content').map((b) => text.slice(b.start, b.end))).toEqual([rest, 'The ferry runs twice a day.']);
    }
  });
  it('leaves a sentence that lost its full stop, a clause before its subject, a letter\'s name and a title after the opener', () => {
    for (const line of [
      `Ana Lima was elected on Monday ${body}`,
      `When the ferry stopped The island went quiet for the whole of the winter months.`,
      'Cases of hepatitis A infections rose across the harbor district this spring.',
      'Ana Lima The Harbor Times reporter wrote about the ferry for ten years.',
      `And then The board met again and chose a new ferry operator for the summer.`,
    ]) {
      const text = `Harbor ferry returns\n\n${line}\n\nThe ferry runs twice a day.\n`;
      const blocks = classifyBlocks(text);
      expect(blocks.filter((b) => b.kind === 'content').map((b) => text.slice(b.start, b.end)), line).toContain(line);
    }
  });
});

describe('segment: stock quotes run into a sentence', () => {
  it('cuts quotes that open a sentence off it, and leaves a quote inside a sentence where it stands', () => {
    expect(texts('HFRY., +0.88% HFRY, +0.60% Chairman Ana Lima said the board would meet again in May.')).toEqual(['Chairman Ana Lima said the board would meet again in May.']);
    expect(texts('The board said the deal was off. HFRY, +0.88%')).toEqual(['The board said the deal was off.']);
    const inside = 'The harbor index HBX, -1.25% is set for a gain of 3.5% this year, the board said.';
    expect(texts(inside)).toEqual([inside]);
  });
});
