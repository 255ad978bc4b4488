/**
 * Words a label cannot end on: a phrase cut after them reads as a clause broken off ("votes in
 * the Electoral College due", "nurses under"). Shared by the chart labels and the words chosen
 * around a figure.
 */

/** Words that cannot end a label (general English): articles, prepositions, conjunctions, pronouns that lead a clause, auxiliaries. */
export const DANGLING = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'as', 'into', 'onto', 'over', 'under',
  'about', 'after', 'before', 'between', 'during', 'including', 'like', 'per', 'via', 'than', 'near', 'across', 'against', 'among', 'through', 'toward', 'towards', 'within', 'upon',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'if', 'because', 'since', 'until', 'although', 'though', 'whether',
  'due', 'such', 'according', 'versus', 'vs', 'vs.', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'these', 'those', 'each', 'every', 'some', 'any', 'no', 'all', 'more', 'most', 'very', 'not',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'having', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'do', 'does', 'did',
]);

export function dangles(word: string): boolean {
  // "ferry," can end a label (its comma goes); "according," cannot.
  return DANGLING.has(word.toLowerCase().replace(/[,;:–—-]+$/u, ''));
}
