import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

// Invented text. Words before a speaker's name that end in an article are an opening phrase of the
// sentence ("Last November the ..."), not a description of the speaker.
describe('an opening phrase before the speaker is no role', () => {
  it('gives no role for "Last November the Harbour Gazette reported ..."', () => {
    const [q] = quotesIn('Last November the Harbour Gazette reported that members of the Tarrow Rowing Club regularly sang a crude song.');
    expect(q?.speaker).toBe('Harbour Gazette');
    expect(q?.role).toBeUndefined();
  });

  it('keeps a real description before the name', () => {
    const [q] = quotesIn('Harbour spokeswoman Ana Lima said that the pier would reopen in June.');
    expect(q?.speaker).toBe('Ana Lima');
  });

  it('does not give the words to a name that only ends an "of" phrase', () => {
    const [q] = quotesIn('The guard, who had led the night shift, retired under pressure Wednesday, according to people familiar with an internal inquiry into claims that 11 guards drank heavily ahead of the mayor’s visit to the Festival of the Lakes.');
    expect(q?.speaker).not.toBe('Lakes');
    expect(q?.speaker).toMatch(/^people familiar with/);
  });

  it('reads a name after a role\'s preposition as what the role is of, or, in a long run, the person after it', () => {
    const [long] = quotesIn('UN High Commissioner for Human Rights Ana Lima says that by storing rockets near homes the group broke the law.');
    expect([long?.speaker, long?.role]).toEqual(['Ana Lima', 'UN High Commissioner for Human Rights']);
    const [city] = quotesIn('According to a statement from the city of Tarrow, which owns and runs the pool, the building will close for a month.');
    expect(city?.speaker).toBe('the city of Tarrow');
  });

  it('gives words said by two together to both, not to the second', () => {
    const [q] = quotesIn('Both the US and France said the soldiers and the government must settle their dispute peacefully.');
    expect(q?.speaker).not.toBe('France');
    expect(q?.speaker).toMatch(/US and France/);
  });
});

describe('"according to X, which ..., CLAUSE"', () => {
  it('reports the clause after the source\'s relative clause', () => {
    const [q] = quotesIn('According to a statement from the city of Tarrow, which owns and runs the pool, the building will close for a month.');
    expect(q?.words).toBe('the building will close for a month');
  });
});
