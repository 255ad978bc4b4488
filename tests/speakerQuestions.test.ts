/**
 * A quotation closed by "?" or "!" ends its sentence, so the attribution after it ("“Why?” Reyes
 * asked.") is a sentence of its own: it still names the quotation's speaker.
 */
import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

/** Each quote's words and speaker (the shared reader of invented text, tests/support/quotes.ts). */
function quotes(text: string): Array<{ words: string; speaker?: string }> {
  return quotesIn(text).map((q) => ({ words: q.words, speaker: q.speaker }));
}

describe('speakers: the attribution after a quoted question', () => {
  it('gives a question to the speaker of the bare attribution after it ("“...?” Tom Reyes asked.")', () => {
    const q = quotes('Ana Lima chaired the hearing on the pier.\n“Why did nobody call the harbour master that night?” Tom Reyes asked.');
    expect(q).toEqual([{ words: 'Why did nobody call the harbour master that night?', speaker: 'Tom Reyes' }]);
  });
  it('gives an exclamation to the writer after it, with a doubled mark ("!!” Lima wrote on her page.")', () => {
    const q = quotes('Tom Reyes runs the ferry.\n“The ferry runs again from Monday, come and ride it!!” Ana Lima wrote on her page.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima']);
  });
  it('takes no speaker from a sentence after the question that reports words of its own', () => {
    const q = quotes('Ana Lima chaired the hearing on the pier.\n“Is the old pier still safe to use?” The mayor said the pier was closed.');
    const question = q.find((x) => x.words.startsWith('Is the old pier'));
    expect(question?.speaker).not.toBe('The mayor');
  });
  it('does not read "asked" as an attribution when no quotation comes before it', () => {
    const q = quotes('Ana Lima chaired the hearing.\nThe pier stays shut until May.\nTom Reyes asked.\n“The ferry will run on the old timetable from Monday.”');
    expect(q.map((x) => x.speaker)).toEqual([undefined]);
  });
});

describe('speakers: a quotation\'s speaker carried to the next unattributed one', () => {
  it('carries it over a sentence of narration ("“...,” Lima said. ¶ The pier is old. ¶ “...”")', () => {
    const q = quotes('“The pier will reopen in the spring,” Ana Lima said.\n\nThe pier was built in 1910.\n\n“We will need two more cranes to finish the work.”');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', 'Ana Lima']);
  });
  it('carries it over nobody else\'s words: not after another speaker\'s sentence', () => {
    const q = quotes('“The pier will reopen in the spring,” Ana Lima said.\n\nThrough a spokesman, Tom Reyes said the cranes had been ordered.\n\nHe called it “a pier we can all be proud of in the end.”');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', 'Tom Reyes', undefined]);
  });
  it('carries it to no quotation that another named person brings in ("Tom Cooper posted: “...”")', () => {
    const q = quotes('Ana Lima wrote: “I am so touched by this story of the old ferry.”\n\nTom Cooper posted: “The ferry is going to be the talk of the whole harbour.”');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', undefined]);
  });
  it('still carries it when the name before the quotation is an owner, not the subject', () => {
    const q = quotes('“The pier will reopen in the spring,” Ana Lima said.\n\nTom Reyes’s “grand plan” for the pier would cost “far more than the town has.”');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', 'Ana Lima']);
  });
});
