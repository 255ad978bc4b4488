import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';
import { namesOnlyOnePerson, openingPronoun } from '../scripts/extract/speakers/followingPronoun.ts';

// Invented text. A sentence that opens with "he" or "she" right after one that names one person and
// no one else gives that person the pronoun, so a later "she said" is not the boy named just before.
describe('the pronoun a sentence opening with "he" or "she" gives the one person named before', () => {
  const story = [
    'On a Sunday in May, 6-year-old Teo Marsh of Harwick seemed perfectly well. That night, he could not sleep.',
    'Teo could hardly walk when she carried him to the car, and his legs were shaking. “What scared me most,” she said, “was how quiet he became.”',
  ].join('\n\n');

  it('keeps "she said" from the boy the next sentence calls "he"', () => {
    expect(quotesIn(story).map((q) => q.speaker)).not.toContain('Teo Marsh');
  });

  it('still gives "he said" to him', () => {
    const his = story.replace('“What scared me most,” she said, “was how quiet he became.”', '“I was scared that I would never walk again,” he said.');
    expect(quotesIn(his).at(-1)?.speaker).toBe('Teo Marsh');
  });

  it('learns nothing when someone else may be the pronoun', () => {
    expect(namesOnlyOnePerson('Teo Marsh met the nurse at noon.', ['Teo Marsh'])).toBeUndefined();
    expect(namesOnlyOnePerson('Teo Marsh saw her at noon.', ['Teo Marsh'])).toBeUndefined();
    expect(namesOnlyOnePerson('“Ask Teo Marsh,” came the reply.', ['Teo Marsh'])).toBeUndefined();
    expect(namesOnlyOnePerson('Teo Marsh met Ana Lima at noon.', ['Teo Marsh', 'Ana Lima'])).toBeUndefined();
    expect(namesOnlyOnePerson('The Harwick Herald printed it first.', ['Harwick Herald'])).toBeUndefined();
    expect(namesOnlyOnePerson('Before lunch, Teo Marsh seemed well.', ['Teo Marsh'])).toBe('Teo Marsh');
    // "She thanked Marsh": the pronoun is someone other than Marsh.
    expect(openingPronoun('She thanked Marsh for the call.', 'Teo Marsh')).toBeUndefined();
    expect(openingPronoun('That night, she could not sleep.', 'Teo Marsh')).toBe('she');
  });
});
