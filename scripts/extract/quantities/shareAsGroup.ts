/**
 * "a member of the 1 percent", "heard plenty from the 1 percent.", "the 99 percent, who...": a share
 * written after "the" with nothing it is a share of, ending the phrase, names a class of people (or
 * points back at a figure already given), not a figure the story reports. Lined up across sources,
 * two such phrases made a "2 of 2 sources" claim of sentences that share only the words.
 * "the 5 percent rise", "the 30 percent of voters", "the top 1 percent of earners" keep their figure.
 */
const THE_BEFORE = /(?<![\p{L}-])the\s+(?:(?:top|richest|bottom|poorest|wealthiest)\s+)?$/iu;
/** What may follow the group's name: the phrase ends (punctuation, end) or a clause or adverb takes over. */
const PHRASE_ENDS_AFTER = /^(?:\s*(?:[.,;:!?)"”’'—–]|-{2}|$)|\s+(?:who|whom|whose|that|is|are|was|were|has|have|had|would|will|can|could|\p{Ll}+ly)(?![\p{L}'’-]))/u;

/** Whether the percent figure at start..end of text names a group ("the 1 percent") rather than a share. */
export function isShareAsGroup(text: string, start: number, end: number): boolean {
  return THE_BEFORE.test(text.slice(0, start)) && PHRASE_ENDS_AFTER.test(text.slice(end));
}
