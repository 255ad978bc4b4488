/**
 * Words that stand around a speaker without being part of its name: a part of a group ("one of
 * the signers") and days and adverbs of time ("Okafor on Wednesday confirmed", "said Monday").
 * Read by the subject finders before and after the verb and by the reported clause.
 */
import type { Token } from '../../segment/tokens.ts';

/** Words for a part of a group before "of the ...": "one of the signers", "some of the residents". */
export const PART_OF = /^(?:one|two|three|some|many|several|most|each|both|none|few)$/i;

/**
 * Days and adverbs of time or sequence, which stand between a speaker and the verb ("Okafor on
 * Wednesday confirmed", "Reyes has also said") or just after the verb ("said Monday"), and belong to neither.
 */
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|also|later|earlier|previously|originally|then|once|again|separately)$/i;
/** Whether the token is one of TIME_WORDS. */
export function isTimeWord(t: Token | undefined): boolean {
  return !!t && TIME_WORDS.test(t.text);
}
