import { describe, expect, it } from 'vitest';
import { classifyBlocks } from '../scripts/clean/boilerplate.ts';

/** 'content', 'title' or 'boilerplate:<reason>' for the line holding `needle`. */
function labelOf(text: string, needle: string): string {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`no line holds ${needle}`);
  const block = classifyBlocks(text).find((b) => b.start <= at && at < b.end);
  return !block ? 'none' : block.kind === 'boilerplate' ? `boilerplate:${block.reason}` : block.kind;
}

const BODY1 = 'The harbour board voted on Tuesday to close the northern pier for repairs, a decision that will move the ferry to the old quay for at least two months.';
const BODY2 = 'Engineers found cracks in three of the pier’s supports last spring, and the board said the work could not wait for the summer season to end.';

describe('lines set into the text (insetLines)', () => {
  it('sets aside a sentence-case headline standing alone between two paragraphs', () => {
    const text = `Pier to close\n\n${BODY1}\n\nFormer mayor says the ferry fares will double\n\n${BODY2}\n`;
    expect(labelOf(text, 'Former mayor says')).toBe('boilerplate:related');
    expect(labelOf(text, 'Engineers found')).toBe('content');
  });

  it('sets aside a headline whose other neighbour is a short one-sentence paragraph', () => {
    const text = `Pier to close\n\n${BODY1}\n\nFormer mayor says the ferry fares will double\n\nThe board will meet again on Friday to set the new summer fares.\n\n${BODY2}\n`;
    expect(labelOf(text, 'Former mayor says')).toBe('boilerplate:related');
    expect(labelOf(text, 'The board will meet')).toBe('content');
  });

  it('keeps a short line between two short paragraphs, or beside one that does not end as a sentence', () => {
    const text = `Pier to close\n\nThe ferry will run from the old quay in June.\n\nFormer mayor says the ferry fares will double\n\nThe board will meet again on Friday to set the new fares.\n\n${BODY1}\n\nThe board will meet again on Friday to set the fares for\n\nTwo ferries will run from the old quay at first\n\n${BODY2}\n`;
    expect(labelOf(text, 'Former mayor says')).toBe('content');
    expect(labelOf(text, 'Two ferries will run')).toBe('content');
  });

  it('keeps a short line that is a sentence of reported speech, a quotation or a list item', () => {
    const text = `Pier to close\n\n${BODY1}\n\nThe mayor said the fares would double\n\n${BODY2}\n\n“We will keep the ferry running every day”\n\n${BODY1} Again.\n\n* Two ferries will run from the old quay\n\n${BODY2} Again.\n`;
    expect(labelOf(text, 'The mayor said the fares')).toBe('content');
    expect(labelOf(text, 'We will keep the ferry')).toBe('content');
    expect(labelOf(text, 'Two ferries will run')).toBe('content');
  });

  it('keeps short lines of a list or of wrapped text (their neighbours are short too)', () => {
    const text = `Pier to close\n\nThe board will vote on three plans\n\nA new pier built beside the old one\n\nRepairs to the supports over two years\n`;
    expect(labelOf(text, 'A new pier built')).toBe('content');
  });

  it('sets aside a pull quote repeated from the text with its speaker’s credit', () => {
    const text = `Pier to close\n\n${BODY1}\n\nWe cannot let the ferry wait another winter for a safe pier Jo Lind, chair of the harbour board\n\n"We cannot let the ferry wait another winter for a safe pier."\n\n${BODY2}\n`;
    expect(labelOf(text, 'safe pier Jo Lind')).toBe('boilerplate:repeated');
    expect(labelOf(text, '"We cannot let')).toBe('content');
  });

  it('sets aside a pull quote that repeats one sentence of a paragraph, with a dash before its credit', () => {
    const quote = 'Dr Jo Lind, who led the survey, said: "The supports are older than anyone thought. We cannot let the ferry wait another winter for a safe pier." She said the board agreed.';
    const text = `Pier to close\n\n${BODY1}\n\n${quote}\n\nWe cannot let the ferry wait another winter for a safe pier – Dr Jo Lind Survey leader\n\n${BODY2}\n`;
    expect(labelOf(text, 'safe pier – Dr Jo Lind')).toBe('boilerplate:repeated');
    expect(labelOf(text, 'Dr Jo Lind, who led')).toBe('content');
  });

  it('sets aside a pull quote whose sentences come from two paragraphs', () => {
    const text = `Pier to close\n\n${BODY1}\n\n"The supports are older than anyone thought," Jo Lind said.\n\n"We cannot let the ferry wait another winter."\n\nThe supports are older than anyone thought. We cannot let the ferry wait another winter. - Jo Lind, survey leader\n\n${BODY2}\n`;
    expect(labelOf(text, 'winter. - Jo Lind')).toBe('boilerplate:repeated');
    expect(labelOf(text, '"We cannot let')).toBe('content');
  });

  it('keeps a line whose words are found in a paragraph but that goes on as prose, or ends as a sentence', () => {
    const quote = 'The board said the supports are older than anyone thought and would be replaced by steel ones.';
    const text = `Pier to close\n\n${BODY1}\n\n${quote}\n\nThe supports are older than anyone thought and would be replaced Engineers from three firms will bid for the work before the end of the month when the board meets\n\nThe supports are older than anyone thought and would be replaced – Jo Lind said.\n\n${BODY2}\n`;
    expect(labelOf(text, 'replaced Engineers from')).toBe('content');
    expect(labelOf(text, 'replaced – Jo Lind said.')).toBe('content');
    // A list's header repeated with another ending: "... for a diagnosis of partial FAS:[2]" is no credit.
    const lists = `Pier to close\n\n${BODY1}\n\nThe following repairs must be finished before the pier can reopen to the ferry: new supports, a new deck and rails.\n\nThe following repairs must be finished before the pier can reopen to Boats:[2][16]\n\n${BODY2}\n`;
    expect(labelOf(lists, 'reopen to Boats:')).toBe('content');
  });

  it('sets aside a quotation told in the present tense above the story that quotes the same words', () => {
    const pull = '"We cannot let the ferry wait another winter for a safe pier," harbour chair Jo Lind says.';
    const story = '"We cannot let the ferry wait another winter for a safe pier," harbour chair Jo Lind said on Tuesday. "The work starts in May."';
    const text = `Pier to close\n\n${pull}\n\n${BODY1}\n\n${story}\n\n${BODY2}\n`;
    expect(labelOf(text, 'Jo Lind says.')).toBe('boilerplate:repeated');
    expect(labelOf(text, 'Jo Lind said on Tuesday')).toBe('content');
    // Not one the story does not repeat, nor one in the past tense.
    const alone = `Pier to close\n\n${pull}\n\n${BODY1}\n\n${BODY2}\n`;
    expect(labelOf(alone, 'Jo Lind says.')).toBe('content');
    const past = `Pier to close\n\n${pull.replace('says.', 'said.')}\n\n${BODY1}\n\n${story}\n`;
    expect(labelOf(past, 'Jo Lind said.')).toBe('content');
  });

  it('takes a bullet ending on an abbreviation into the box when the dateline follows, and a box opened at a caption\'s end', () => {
    const caption = 'A crane lifts a beam onto the old quay on Tuesday. (Photo: Jo Roe, Wire) Story Highlights The pier has been closed twice before';
    const text = `Pier to close\n\n${caption}\n\nRepairs will cost more than planned\n\nThe first ferry moves to the quay at Porto, Ore.\n\nPORTO — ${BODY1}\n\n${BODY2}\n`;
    expect(labelOf(text, 'Repairs will cost more')).toBe('boilerplate:navigation');
    expect(labelOf(text, 'quay at Porto, Ore.')).toBe('boilerplate:navigation');
    expect(labelOf(text, 'PORTO — The harbour board')).toBe('content');
    // Without the dateline close by, a finished sentence is the story's first paragraph.
    const far = `Pier to close\n\n${caption}\n\nThe first ferry moves to the quay at Porto, Ore.\n\n${BODY1}\n\n${BODY2}\n`;
    expect(labelOf(far, 'quay at Porto, Ore.')).toBe('content');
  });

  it('takes the bullets under "Story highlights" into the box, up to the first paragraph', () => {
    const text = `Story highlights The pier has been closed twice before\n\nThe board voted to close the northern pier\n\n${BODY1}\n`;
    expect(labelOf(text, 'The board voted to close')).toBe('boilerplate:navigation');
    expect(labelOf(text, 'The harbour board voted')).toBe('content');
  });

  it('takes a wire\'s summary bullets above its dateline into the box, and keeps a list under the story', () => {
    const text = `Pier to close\n\n* Board votes to shut the northern pier for repairs\n\n* Ferry moves to the old quay for two months\n\nBy Jo Roe\n\nPORTO, May 2 (Wire) - ${BODY1}\n\n${BODY2}\n\n* The pier opened in 1910\n`;
    expect(labelOf(text, 'Board votes to shut')).toBe('boilerplate:navigation');
    expect(labelOf(text, 'Ferry moves to the old quay')).toBe('boilerplate:navigation');
    expect(labelOf(text, 'PORTO, May 2')).toBe('content');
    expect(labelOf(text, 'The pier opened in 1910')).toBe('content');
  });

  it('takes a "Key points:" box and its bullets, after the story\'s first paragraph too', () => {
    const text = `Pier to close\n\n${BODY1}\n\nKey points: The pier has been closed twice since 2010\n\nRepairs are expected to take two years\n\n${BODY2}\n`;
    expect(labelOf(text, 'Key points: The pier')).toBe('boilerplate:navigation');
    expect(labelOf(text, 'Repairs are expected')).toBe('boilerplate:navigation');
    expect(labelOf(text, 'The harbour board voted')).toBe('content');
  });
});

describe('notices to readers and picture labels (noticePatterns)', () => {
  const cases: Array<[string, string]> = [
    ['Harbour News Reprints: This copy is for your personal, non-commercial use only. To order copies, use the Order Reprints tool.', 'credit'],
    ['If you saw the pier collapse, we’d like to hear from you. Send us a secure tip using the form on our site.', 'sign-up'],
    ['Have a tip we should know? tips@example.com', 'sign-up'],
    ['If you have pictures or videos of the pier fire, email them to news@example.com or upload them to our website.', 'sign-up'],
    ['Have more to say about this topic? We take your questions every week in our live chat, Fridays at 11 a.m. ET. The comment box is open, so submit your questions now.', 'share'],
    ['More from Harbour Tech: And make sure to visit Harbour Tech for all of our news and add our feed to your reader.', 'related'],
    ['Tides 101 They rise and fall twice a day, but much about them remains a mystery. See what we know about the tides.', 'related'],
    ['Ferries 101: everything you need to know about the harbour crossing', 'related'],
    ['Harbour Gazette columnists Jo Lind and Al Roe appear Sundays and Wednesdays. Got a tip? Call 555-0100.', 'author-bio'],
    ['First published April 25, 8:32 p.m. PT.', 'navigation'],
    ['Update, 8:46 p.m.: Adds comment from the harbour board.', 'credit'],
    ['7 PM EASTERN UPDATE: Adds the harbour board’s reply.', 'credit'],
    ['Update, July 8th, 12:45AM ET: Article updated to reflect new figures.', 'credit'],
    ['You must log in to continue.', 'navigation'],
    ['March 10, 2012 10:54 am ET by Harbour Staff', 'navigation'],
    ['9:04 PM ET Sun, 3 Sept 2017', 'navigation'],
    ['By Jo Lind, Harbour Gazette | Posted 10:32 a.m.', 'navigation'],
    ['Jo Lind, Harbour Gazette Published 10:32 a.m. ET May 8, 2017', 'navigation'],
    ['Pier repairs explained | 02:51', 'embed'],
    ['View Images The cracked support under the northern pier.', 'caption'],
    ['Divers inspect the supports of the pier. Previous Next', 'caption'],
    ['Jo Lind and her two sons on the old quay before the closure. Mara Lind', 'caption'],
    ['This image provided by the harbour board shows the cracked support on Tuesday, May 2, 2017.', 'caption'],
    ['In this May 2, 2017, file photo, divers inspect the northern pier.', 'caption'],
    ['A handout photo from the harbour board shows divers beside the pier.', 'caption'],
    ['Harbour master Jo Lind is pictured with the new ferry after the launch.', 'caption'],
    ['Jo Lind, pictured at the quay with her sons, was said to have been delighted by the launch', 'caption'],
    ['Jo Lind (C) speaks to divers beside the pier, May 2, 2017.', 'caption'],
    ['Jo Lind, the harbour master, speaks to reporters on the quay on Monday, May 2, 2016.', 'caption'],
    ['Divers carry a support beam ashore at the old quay in Porto, Saturday, Jan. 3, 2015.', 'caption'],
    ['Harbour master Jo Lind testifies before the port committee in Porto, Tuesday, May 3, 2016.', 'caption'],
    ['A diver prepares to inspect the northern pier in Porto on May 3, 2016.', 'caption'],
    ['Jo Lind poses with the new ferry in early March, after the launch. Ferry fares have not risen since.', 'caption'],
    ['Al Roe, the board\'s chair, arrives at the quay on June 5, 2017 in Porto. Ana Roe / for The Harbour Gazette', 'caption'],
    ['Ana Roe / Reuters file The northern pier is seen in March.', 'caption'],
    ['Associated Press A diver inspects the northern pier on Thursday.', 'caption'],
    ['Thank you for your interest in spreading the word about Harbour Weekly.', 'share'],
    ['#breaking A body is found inside a pier column in #harbourtown, deputies say it may be a missing man.', 'embed'],
    ['New pier owner looking for a new publisher; several... More.', 'related'],
    ['ON THE PIER: Would you pay to walk the old pier? These divers did (story continues below)', 'related'],
    ['This post originally ran in April 2013. We are rerunning it with the pier reopening.', 'credit'],
    ['Warning: Contains spoilers for the pier documentary.', 'navigation'],
    ['Watch below (the collapse starts around 5:20):', 'embed'],
    ['Drama. Starring Jo Lind and Al Roe. Directed by Ana Roe. (R. 104 minutes.)', 'credit'],
    ['MPAA Definition of R: Restricted. Under 17 requires accompanying parent or adult guardian.', 'credit'],
    ['Running time: 1 hour, 44 minutes', 'credit'],
    ['"Pier," a Harbour Pictures release, is rated PG-13 for peril. Running time: 104 minutes. Three stars out of four.', 'credit'],
    ['Pier, The DRAMA: Norland, 2031 Release Date: 2031-02-12 Running Length: 1:45 MPAA Classification: PG-13 Cast: Jo Lind, Al Roe', 'credit'],
    ['Two and a half stars out of four.', 'credit'],
    ['The IP address for this domain may have changed recently. Check your DNS settings to verify that the domain is set up correctly. It may take 8-24 hours for DNS changes to propagate. It may be possible to restore access to this site by clearing your DNS cache.', 'navigation'],
    ['Pier not closed yet, says board. Plus, check out our brief history of the harbour’s other piers.', 'navigation'],
    ['A drawing of the new pier is shown in this May 2, 2017 image released by the harbour board.', 'caption'],
    ['Jo Lind in an undated photo. (Wire)', 'caption'],
    ['Police released a booking photo of the man arrested on the pier on May 8, 2017. (County Police)', 'caption'],
    ['Divers found cracks in the pier. Here is what they saw under it. (Jo Lind,Al Roe/The Harbour Gazette)', 'caption'],
    ['The old pier stood at the end of Quay Street in Porto. (Google Maps)', 'caption'],
    ['The harbour could get the longest ferry season in the country if the board adopts the plan. (WXYZ 7)', 'caption'],
    ['Early history [ edit ]', 'navigation'],
    ['Lind reported from Porto, Norland.', 'credit'],
    ['Lind and Al Roe reported from Porto and Lisbon.', 'credit'],
    ['Harbour Wire journalist Jo Lind reported this story in Porto and HW writer Al Roe reported from Lisbon.', 'credit'],
    ['Jo Lind reported from Porto and Al Roe from Lisbon, N.R.', 'credit'],
    ['(SOUNDBITE OF ARCHIVED RECORDING)', 'navigation'],
    ['Harbour Radio transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated.', 'credit'],
  ];
  for (const [line, reason] of cases) {
    it(`sets aside "${line.slice(0, 40)}..." as ${reason}`, () => {
      expect(labelOf(`Pier to close\n\n${BODY1}\n\n${line}\n\n${BODY2}\n`, line.slice(0, 30))).toBe(`boilerplate:${reason}`);
    });
  }

  it('keeps a long paragraph that ends on a station\'s name, and a bracketed word in a sentence', () => {
    const long = 'The board met on Monday. It voted to close the pier. Divers had found cracks in May. The ferry moves to the old quay. Fares stay the same for now, the chair said, and the council will pay for the move until the pier reopens next year. (WXYZ)';
    const text = `Pier to close\n\n${BODY1}\n\n${long}\n\nJo Lind posted the news on Facebook (and on her blog) before the vote.\n\n${BODY2}\n`;
    expect(labelOf(text, 'The board met on Monday.')).toBe('content');
    expect(labelOf(text, 'Jo Lind posted the news')).toBe('content');
    const reported = `Pier to close\n\n${BODY1}\n\nDivers reported from the pier that two supports had cracked overnight.\n\n${BODY2}\n`;
    expect(labelOf(reported, 'Divers reported from')).toBe('content');
  });

  it('keeps a live update that is news, and a paragraph that ends on a full stop', () => {
    const text = `Pier to close\n\n${BODY1}\n\nUpdate, 9:10 p.m.: The board has reopened the southern pier to foot traffic.\n\nThe ferry left the old quay at noon. It carried Jo Lind.\n\n${BODY2}\n`;
    expect(labelOf(text, 'Update, 9:10')).toBe('content');
    expect(labelOf(text, 'The ferry left')).toBe('content');
  });

  it('keeps prose about watching or a first publication that someone reported', () => {
    const text = `Pier to close\n\n${BODY1}\n\nWatch the pier closely, the board said.\n\nThe story first appeared in a local paper, the board said.\n\n${BODY2}\n`;
    expect(['Watch the pier', 'The story first'].map((n) => labelOf(text, n))).toEqual(['content', 'content']);
  });

  it('keeps prose that tells a dated event, a schedule or a noun that a caption verb could be', () => {
    const lines = [
      'Jo Lind will speak at the quay on May 2 before the vote on the new pier.',
      'A heat wave on July 3 killed three people on the quay.',
      'The closure is seen as a blow to the town since May 2, 2016.',
      'The storm poses a threat to the pier on May 3, forecasters warned in a bulletin.',
      'Ferry workers gathered on the quay on May 2 to protest the closure.',
      'Please pray for the crew, we gather at the quay on May 2, 2016 at noon.',
      'Al Roe was jailed in June for helping his brother carry out the May 2, 2016, attack on the pier.',
      'Jo Lind was fined after she helped the crew carry the beam onto the quay on May 2, 2016.',
    ];
    const text = `Pier to close\n\n${BODY1}\n\n${lines.join('\n\n')}\n\n${BODY2}\n`;
    expect(lines.map((l) => labelOf(text, l.slice(0, 30)))).toEqual(lines.map(() => 'content'));
  });

  it('keeps a story sentence that says who is pictured and ends as a sentence, and a picture in the mind', () => {
    const text = `Pier to close\n\n${BODY1}\n\nJo Lind (pictured with her sons) said she was delighted by the launch.\n\nThe quay she pictured as a girl, with its fish market and its two cranes, is a car park now and the board wants to sell it, the council said on Monday\n\n${BODY2}\n`;
    expect(['Jo Lind (pictured', 'The quay she pictured'].map((n) => labelOf(text, n))).toEqual(['content', 'content']);
  });

  it('keeps prose about a film\'s length or a hotel\'s stars', () => {
    const text = `Pier to close\n\n${BODY1}\n\nThe film's running time: about two hours, the studio said on Monday.\n\nThe hotel on the pier has four stars out of five on one site and three on another, and the board wants it reviewed.\n\n${BODY2}\n`;
    expect(['running time: about', 'The hotel on the pier'].map((n) => labelOf(text, n))).toEqual(['content', 'content']);
  });

  it('keeps a police appeal and prose about questions or a comment section', () => {
    const lines = [
      'If you have information about the fire, call the harbour police at 555-0100.',
      'The board will submit your questions to the ferry company, the chair told the 40 residents.',
      'More from the harbour master: the pier will stay shut until the supports are replaced in June.',
      'Highway 101 was closed for three hours after the crash, and drivers were told to see a map of detours.',
    ];
    const text = `Pier to close\n\n${BODY1}\n\n${lines.join('\n\n')}\n\n${BODY2}\n`;
    expect(lines.map((l) => labelOf(text, l.slice(0, 30)))).toEqual(lines.map(() => 'content'));
  });

  it('keeps prose that names when something was published', () => {
    const text = `Pier to close\n\n${BODY1}\n\nThe report was published on May 8, 2017 after a long delay.\n\n${BODY2}\n`;
    expect(labelOf(text, 'The report was published')).toBe('content');
  });

  it('keeps a live blog entry that ends in its reporter’s name, and a photo that someone said was taken', () => {
    const text = `Pier to close\n\n${BODY1}\n\n9:31 P.M. The board releases video of divers under the pier. (Jo Lind)\n\nA booking photo of the man was released on Friday, police said. (Wire)\n\n${BODY2}\n`;
    expect(labelOf(text, '9:31 P.M.')).toBe('content');
    expect(labelOf(text, 'A booking photo')).toBe('content');
  });

  it('keeps prose that sends the reader to the outlet’s work in reported speech', () => {
    const text = `Pier to close\n\n${BODY1}\n\n"Come and see our new ferry," the harbour master said.\n\n${BODY2}\n`;
    expect(labelOf(text, 'Come and see')).toBe('content');
  });

  it('keeps a party letter after a name: "Gov. Jo Lind (R) is defending ..."', () => {
    const text = `Pier to close\n\n${BODY1}\n\nGov. Jo Lind (R) is defending the closure of the pier, which she called overdue.\n\n${BODY2}\n`;
    expect(labelOf(text, 'Gov. Jo Lind')).toBe('content');
  });

  it('keeps a short line between paragraphs of a web page: its reader set the links aside, so it is a subheading', () => {
    const text = `Pier to close\n\n${BODY1}\n\nFormer mayor says the ferry fares will double\n\n${BODY2}\n`;
    const block = classifyBlocks(text, 0, text.length, [], { markup: true }).find((b) => text.slice(b.start, b.end).startsWith('Former mayor'));
    expect(block?.kind).toBe('content');
  });

  it('keeps prose about a picture: "The photos show ...", a picture described in reporting', () => {
    const text = `Pier to close\n\n${BODY1}\n\nThe photos show the cracked support beside the ferry, the board said in its report.\n\nA photo released by the board shows the damage.\n\n${BODY2}\n`;
    expect(labelOf(text, 'The photos show')).toBe('content');
    expect(labelOf(text, 'A photo released')).toBe('content');
  });
});

describe('video captions', () => {
  it('sets aside a caption that ends in the video’s running time, and keeps a sentence that ends on a clock time', () => {
    const text = `Pier to close\n\n${BODY1}\n\nDivers are inspecting the cracked supports, said harbour master Jo Lind. 1:14\n\n${BODY2}\n\nThe ferry will leave the old quay at 6:45\n\n${BODY1} Again.\n`;
    expect(labelOf(text, 'Divers are inspecting')).toBe('boilerplate:embed');
    expect(labelOf(text, 'The ferry will leave')).toBe('content');
  });
});

describe('chrome in brackets run into a paragraph (parenthesisedAsides)', () => {
  it('splits a link to another story out of the middle of a paragraph, and keeps both sides exact', () => {
    const text = `Pier to close\n\n  The board met on Tuesday. (See the ten best piers of the year.) It voted to close the pier.  \n\n${BODY2}\n`;
    const blocks = classifyBlocks(text).map((b) => [b.kind, b.reason ?? '', text.slice(b.start, b.end).trim()]);
    expect(blocks).toEqual([
      ['title', '', 'Pier to close'],
      ['content', '', 'The board met on Tuesday.'],
      ['boilerplate', 'related', '(See the ten best piers of the year.)'],
      ['content', '', 'It voted to close the pier.'],
      ['content', '', BODY2],
    ]);
  });

  it('splits a picture credit and a pointer to the video, and keeps a bracketed sentence of the story or one with a slash in it', () => {
    const text = `Pier to close\n\n${BODY1} (Jo Lind/Wire) Divers went down at dawn. (Skip to the second minute in the video above to see the cracks.)\n\n${BODY2} (The board later denied it.) (Such checks decide go/no-go calls.) The vote is on Friday.\n`;
    const aside = classifyBlocks(text).filter((b) => b.kind === 'boilerplate').map((b) => [b.reason, text.slice(b.start, b.end)]);
    expect(aside).toEqual([['caption', '(Jo Lind/Wire)'], ['embed', '(Skip to the second minute in the video above to see the cracks.)']]);
  });


  it('sets aside only the credit, and keeps the paragraph before it whole', () => {
    const text = `Pier to close\n\n${BODY1}\n\n"We will keep the ferry running," Lind said. (Editing by Al Roe and Ana Poe)\n`;
    const blocks = classifyBlocks(text);
    const credit = blocks.find((b) => text.slice(b.start, b.end).startsWith('(Editing'));
    expect(credit && [credit.kind, credit.reason, text.slice(credit.start, credit.end)]).toEqual(['boilerplate', 'credit', '(Editing by Al Roe and Ana Poe)']);
    const para = blocks.find((b) => text.slice(b.start, b.end).startsWith('"We will'));
    expect(para && [para.kind, text.slice(para.start, para.end)]).toEqual(['content', '"We will keep the ferry running," Lind said.']);
  });

  it('splits a credit of capitalised words between two sentences, and keeps a dateline, a transcript cue and a bracketed word', () => {
    const text = `Pier to close\n\n${BODY1} Police released this image of the van. (Harbour Police Service) “I want this to end,” said Ana Lima.\n\n(Wire) The ferry left at noon. The crowd clapped. (Applause) It was over. (Really.) Then it rained.\n\n${BODY2}\n`;
    const aside = classifyBlocks(text).filter((b) => b.kind === 'boilerplate').map((b) => [b.reason, text.slice(b.start, b.end)]);
    expect(aside).toEqual([['caption', '(Harbour Police Service)']]);
    expect(labelOf(text, '“I want this')).toBe('content');
  });

  it('keeps a line whose words before the bracket are no finished sentence', () => {
    const text = `Pier to close\n\n${BODY1}\n\nThe board thanked the divers (Reporting by the harbour board's own staff)\n`;
    expect(labelOf(text, 'The board thanked')).toBe('content');
    expect(classifyBlocks(text).some((b) => text.slice(b.start, b.end).startsWith('(Reporting'))).toBe(false);
  });
});

describe('a passive "added" is not reporting', () => {
  it('takes a teaser headline with "will be added" into the links under a related header', () => {
    const text = `Pier to close\n\n${BODY1}\n\n${BODY2}\n\nRead more:\n\nTwo piers will be added to the heritage list, campaigners say\n\nFerries are getting bigger. The old quays are not.\n`;
    expect(labelOf(text, 'Two piers will be added')).toBe('boilerplate:related');
    expect(labelOf(text, 'Ferries are getting')).toBe('boilerplate:related');
  });
});

describe('a caption that holds one of the story’s paragraphs whole (markRepeats)', () => {
  it('sets aside the caption lines at the top and keeps the paragraph they hold', () => {
    // (The second one also ends in its photographer's credit, which the caption lexicon reads first.)
    const text = `Divers inspect the pier on Monday. ${BODY1}\n\nMay 2, 2017 Divers inspect the pier on Monday. ${BODY1} Jo Lind/Wire\n\n${BODY2}\n\n${BODY1}\n`;
    const blocks = classifyBlocks(text);
    const kinds = blocks.map((b) => [b.kind, b.reason ?? '', text.slice(b.start, b.end).slice(0, 12)]);
    expect(kinds).toEqual([
      ['boilerplate', 'repeated', 'Divers inspe'],
      ['boilerplate', 'caption', 'May 2, 2017 '],
      ['content', '', 'Engineers fo'],
      ['content', '', 'The harbour '],
    ]);
  });

  it('keeps a paragraph that only shares a phrase with another, and a held paragraph further down', () => {
    const text = `Pier to close\n\n${BODY1}\n\n${BODY2}\n\nThe vote was close. Engineers found cracks in three supports last spring.\n\nLater, on Friday: ${BODY2} The board met.\n`;
    expect(classifyBlocks(text).filter((b) => b.kind === 'boilerplate')).toEqual([]);
  });
});
