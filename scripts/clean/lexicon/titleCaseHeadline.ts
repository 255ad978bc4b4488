/**
 * A headline set inside the text (every word capitalised), which the classifier labels as a teaser
 * or a repeated headline, never a claim.
 */
import { REPORTING } from './reporting.ts';

/** Short words a headline leaves in lower case ("Man Found Living in Attic After ..."). */
const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'off', 'up', 'per']);

/**
 * A headline inside the text: four or more words, nearly every one capitalised, and no sentence
 * end (a teaser cut off with "..." counts): "Man Found Living in Attic After Woman Hears Noises",
 * "For Date Night, Star Took Her Husband To The Bache...". News prose is never written so.
 */
export function isTitleCaseHeadline(line: string): boolean {
  if (line.length > 160 || /[.!?]["'”’)]*$/.test(line.replace(/(?:\.\.\.|…)$/, '')) || REPORTING.test(line)) return false;
  // An item of a numbered list ("2) Harbour Crane Model 40") belongs to its list, not a teaser.
  if (/^\s*\d{1,2}[).]\s/.test(line)) return false;
  const words = line.split(/[\s—–]+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter((w) => w !== '' && !HEADLINE_SMALL_WORDS.has(w.toLowerCase()));
  // A bare number is no word of a headline: a table row ("3 Ana Lima 5033 4 6 15") is data, and
  // counting its figures as capitalised words made whole standings tables "headlines".
  const figures = words.filter((w) => !/\p{L}/u.test(w)).length;
  if (words.length - figures < 4 || figures * 2 > words.length - figures) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w) && /\p{L}/u.test(w)).length;
  const lettered = words.length - figures;
  return capitalised / lettered >= 0.85;
}
