import { describe, expect, it } from 'vitest';
import type { Claim, Evidence } from '../scripts/contracts/facts.ts';
import { SPEAKER_UNCLEAR, passageSpeakers, quoteHeadline, speakerLabel } from '../scripts/compose/passageSpeakers.ts';

const evidence = (source: string, name?: string): Evidence => ({ source, quote: 'the levee held', start: 0, end: 14, ...(name ? { speaker: { name } } : {}) });
const quote = (evidence: Evidence[], speaker?: string): Claim => ({ id: 'k', kind: 'quote', text: 'the levee held', evidence, ...(speaker ? { speaker: { name: speaker } } : {}) });

describe('passageSpeakers', () => {
  it('notes a source that gives the words to someone else, and one that names no one, but not one that names the claim\'s speaker alike', () => {
    const notes = passageSpeakers(quote([evidence('a', 'Okafor'), evidence('b', 'the port authority'), evidence('c')], 'Amara Okafor'));
    expect([...notes]).toEqual([['b', 'The port authority'], ['c', SPEAKER_UNCLEAR]]);
  });
  it('gives every source its own speaker when the claim names none', () => {
    const notes = passageSpeakers(quote([evidence('a', 'Amara Okafor'), evidence('b', 'Paul Ng')]));
    expect([...notes]).toEqual([['a', 'Amara Okafor'], ['b', 'Paul Ng']]);
    expect(quoteHeadline(quote([evidence('a', 'Amara Okafor'), evidence('b', 'Paul Ng')]))).toBe('Speaker named differently in the passages');
  });
  it('adds nothing where no source names anyone, or no passage records a speaker (an editor\'s correction, older facts)', () => {
    expect(passageSpeakers(quote([evidence('a'), evidence('b')])).size).toBe(0);
    expect(passageSpeakers(quote([evidence('a'), evidence('b')], 'Ines Berg')).size).toBe(0);
    expect(quoteHeadline(quote([evidence('a')]))).toBe('Unattributed in the sources');
  });
  it('reads a role that only says whose the speaker is before the name, as the source wrote it', () => {
    expect(speakerLabel({ name: 'Amara Okafor', role: 'Harbour Radio’s' })).toBe('Harbour Radio’s Amara Okafor');
    expect(speakerLabel({ name: 'Amara Okafor', role: 'harbour master' })).toBe('Amara Okafor, harbour master');
    const notes = passageSpeakers(quote([{ ...evidence('a'), speaker: { name: 'Ferry Bulletin', role: 'the port authority’s' } }, evidence('b', 'Paul Ng')]));
    expect(notes.get('a')).toBe('The port authority’s Ferry Bulletin');
  });
  it('folds a role that repeats the name into it, never "Ana Lima, Lima of the port board"', () => {
    expect(speakerLabel({ name: 'Harbour Gazette', role: 'the Harbour Gazette newspaper' })).toBe('the Harbour Gazette newspaper');
    expect(speakerLabel({ name: 'Ana Lima', role: 'Lima of the port board' })).toBe('Ana Lima of the port board');
    // The surname elsewhere in the role is someone else's: left as it is.
    expect(speakerLabel({ name: 'Tom Reyes', role: 'Ana Reyes’s lawyer' })).toBe('Tom Reyes, Ana Reyes’s lawyer');
  });

  it('finds the name in the role in any case and as whole words only, in plain ASCII and beyond', () => {
    expect(speakerLabel({ name: 'Harbour Gazette', role: 'the HARBOUR GAZETTE newspaper' })).toBe('the HARBOUR GAZETTE newspaper');
    // Inside a longer word it is not the name.
    expect(speakerLabel({ name: 'Harbour Gazette', role: 'the Harbour Gazettes group' })).toBe('Harbour Gazette, the Harbour Gazettes group');
    expect(speakerLabel({ name: 'Ana Lima', role: 'Limar of the port board' })).toBe('Ana Lima, Limar of the port board');
    // Accented text takes the Unicode path, with the same rules.
    expect(speakerLabel({ name: 'Gazeta Ribeirão', role: 'the gazeta ribeirão daily' })).toBe('the gazeta ribeirão daily');
    expect(speakerLabel({ name: 'Ana Lima', role: 'éLima of the port board' })).toBe('Ana Lima, éLima of the port board');
  });
});

