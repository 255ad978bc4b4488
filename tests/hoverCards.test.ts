import { describe, expect, it } from 'vitest';
import { sentencesOf } from './support/sentences.ts';

const texts = (text: string) => sentencesOf(text).map((s) => s.text);

describe('segment: hover cards run into a paragraph', () => {
  it('cuts a linked name\'s card (fuller name, headlines, "MORE") out of its sentence, keeping the words around it', () => {
    const text = 'The council accused Chairman Ana Lima Ana Maria LimaCouncil backs plan to cut rates Lima says no to new vote MORE (D-Nor.) of leaking the report. She denied it.';
    expect(texts(text)).toEqual(['The council accused Chairman Ana Lima', '(D-Nor.) of leaking the report.', 'She denied it.']);
  });
  it('reads a card whose headlines follow the fuller name after a space', () => {
    const text = 'An anchor criticized Mayor Reyes Tom Ana Reyes Storm hits harbor: crews report Reyes thanks volunteers MORE for his remarks.';
    expect(texts(text)).toEqual(['An anchor criticized Mayor Reyes', 'for his remarks.']);
  });
  it('keeps sentences whole where no name repeats before "MORE", or where the name runs on', () => {
    expect(texts('John Smith and Smith told me MORE about it.')).toEqual(['John Smith and Smith told me MORE about it.']);
    expect(texts('She met Ana Lima Ana Maria Lima Costa at the hall.')).toEqual(['She met Ana Lima Ana Maria Lima Costa at the hall.']);
  });
});

describe('segment: a sign-up menu run into a paragraph', () => {
  it('cuts a newsletter menu that opens the paragraph, up to its last confirmation, and keeps the story after it', () => {
    const text = 'Get our newsletter daily. Business Your guide to the day. You will now receive the Business newsletter Markets The market news. You will now receive the Markets newsletter But it was the mayor\'s refusal that explains it. Later he left.';
    expect(texts(text)).toEqual(["But it was the mayor's refusal that explains it.", 'Later he left.']);
  });
  it('keeps reporting about a newsletter, and a quoted confirmation', () => {
    expect(texts('Thanks for subscribing, she wrote in an email to the 300 readers of her newsletter.')).toEqual(['Thanks for subscribing, she wrote in an email to the 300 readers of her newsletter.']);
    expect(texts('"Thanks for subscribing!" the newsletter said in an email.')).toEqual(['"Thanks for subscribing!" the newsletter said in an email.']);
  });
});
