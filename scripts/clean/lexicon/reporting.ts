/**
 * "Reads as reporting" guards: a line with a verb of news reporting is prose, not page chrome, so
 * most lexicon entries and passes step back from it (the classifier's bias is towards precision).
 */

/**
 * Verbs and phrases of news reporting: a line containing them reads as prose, not chrome. A passive
 * "added" is no speech ("2 species will be added to the list, activists say" is a teaser's headline).
 */
export const REPORTING = /\b(?:said|says|told|tells|according to|testified|reported|announced|stated)\b|(?<!\b(?:be|been|being|was|were|is|are|get|gets|got)\s)\badded\b/i;
/** A sentence of reported speech, ending as sentences do (a headline does not). */
export const REPORTED_SENTENCE = new RegExp(`(?:${REPORTING.source}).*[.!?]["'”’)]*$`, 'i');
/** The narrower guard, past tense only: headlines say "says", prose says "said". */
export const SAID_OR_TOLD = /\b(?:said|told|according to)\b/i;
