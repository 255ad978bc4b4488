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
