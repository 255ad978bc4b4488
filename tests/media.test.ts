import { describe, expect, it } from 'vitest';
import { mediaAttribution } from '../scripts/extract/speakers/mediaAttribution.ts';

describe('mediaAttribution', () => {
  it('finds the outlet a sentence credits, however it is phrased', () => {
    expect(mediaAttribution('The mayor approved about 300 new hires, the Coastal Herald reported.')).toBe('Coastal Herald');
    expect(mediaAttribution('According to The Harbour Times, the ferry was late.')).toBe('Harbour Times');
    expect(mediaAttribution('It is "the first major step," the Journal writes.')).toBe('Journal');
    expect(mediaAttribution('Two suspects were held, per the Daily Planet.')).toBe('Daily Planet');
    expect(mediaAttribution('The deal was first reported by Reuters.')).toBe('Reuters');
    expect(mediaAttribution('Nordline, as Nordic Wire reported, passed an inspection.')).toBe('Nordic Wire');
  });
  it('does not take a person or an agency of government for an outlet', () => {
    expect(mediaAttribution('According to Mayor Dana Ortiz, the bridge will reopen.')).toBeUndefined();
    expect(mediaAttribution('The police reported two arrests.')).toBeUndefined();
  });
});
