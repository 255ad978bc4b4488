/**
 * Shapes of a line the classifier's passes share: a separator rule, a finished sentence, a headline.
 */
import { SAID_OR_TOLD } from './lexicon/reporting.ts';

/** A line made only of rule/bullet characters: "-", "•", "* * *", "___", "———". */
const SEPARATOR = /^[-–—•·*_=~+|#■□▪●◦.…\s]{1,80}$/;
/** Teaser headlines and decks are short; longer lines are body text. */
const HEADLINE_MAX = 200;
/** "... babies born with Zika in the U.S." ends in an abbreviation, not a full stop. */
const TRAILING_ABBREVIATION = /\b(?:\p{Lu}\.){2,}$/u;
/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
export const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;
/** Ends like speech or a statement: "." or "!" (optionally quoted), or "?" inside a quote. */
const PROSE_END = /(?:[.!…]["'”’»)\]]*|\?["'”’»]+)$/;

/** A rule or bullet line on its own. */
export const isSeparator = (s: string): boolean => SEPARATOR.test(s);

/**
 * A line shaped like a headline or teaser deck: short, has letters, not a finished
 * statement, no reporting verb (headlines say "says"; prose says "said"). Question headlines
 * are allowed; quoted questions are not.
 */
export function isHeadlineish(s: string): boolean {
  if (s.length > HEADLINE_MAX || !/\p{L}{2}/u.test(s) || /:$/.test(s) || SAID_OR_TOLD.test(s)) return false;
  return !PROSE_END.test(s.replace(TRAILING_ABBREVIATION, ''));
}
