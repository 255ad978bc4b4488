/**
 * Initialisms written with full stops ("the U.N. agency", "9 a.m.", "D.C. schools"): their stops
 * end no phrase, though a phrase-finder that cuts at "." would read "7% of U.N. funds" as "7% of U".
 * Readers that cut a phrase at punctuation search a masked copy of the text, of the same length,
 * and take their words from the text itself.
 */

/** Two or more single letters each followed by a stop, standing as a word of their own. */
const INITIALISM = /(?<![\p{L}\p{N}.])(?:\p{L}\.){2,}/gu;

/** A character no phrase-finder cuts at, one for each stop of an initialism. */
const STOP_MASK = '\u00b7';

/**
 * `text` with each initialism's stops replaced by a middle dot: the same length, so an index found
 * in the copy is the same place in `text`. Other stops (a sentence's end, "Dr.") are kept.
 */
export function maskInitialismStops(text: string): string {
  if (!text.includes('.')) return text;
  return text.replace(INITIALISM, (run) => run.replaceAll('.', STOP_MASK));
}
