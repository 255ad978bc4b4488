/**
 * Stock quotes run into a sentence: business pages link a company's or an index's name to a live
 * quote, and copied text keeps the symbol and the day's change inside the sentence ("... members
 * of Harbor Ferries Inc.'s HFRY, +5.77% board said ..."). The change is the widget's, from the day
 * the page was saved, not a figure the story gives, and the symbol is no word of the sentence.
 *
 * Read by its shape: a symbol in capitals (letters, digits, dots), a comma, a space, then a change
 * with a sign or none, exactly two decimals and "%". A story writes a change as "rose 5.8%" or
 * "up 5.77 percent", never after a symbol and a comma.
 *
 * Where the quotes open or close a sentence ("HFRY, +0.88% Chairman Ana Lima said ..."), they are cut
 * off it here, as hoverCards.ts cuts a name's card, so no claim's passage shows them. Inside a
 * sentence they stay: cutting there would break the sentence into pieces that tell a figure without
 * its subject ("is set for a gain of 3.5%, the other index"); the quantity extractor reads no figure
 * from them instead (isStockQuote).
 */

const QUOTE = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}.]{0,6}, [+\-−]?\d{1,3}\.\d{2}%/u;
/** Quotes in a row, each after a space ("HFRY., +0.88% HFRY, +0.60%"). */
const QUOTES = new RegExp(String.raw`${QUOTE.source}(?:\s+${QUOTE.source})*`, 'gu');
/** The change closing a quote, at the end of a figure's text and what precedes it. */
const QUOTE_END = new RegExp(String.raw`${QUOTE.source}$`, 'u');

/** Spans [start, end) (absolute offsets) of the stock quotes that open or close one of the given sentence spans. */
export function stockTickers(text: string, sentences: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  for (const [start, end] of sentences) {
    const s = text.slice(start, end);
    if (!s.includes('%')) continue;
    for (const m of s.matchAll(QUOTES)) {
      const before = s.slice(0, m.index);
      const after = s.slice(m.index + m[0].length);
      // No word of the sentence in lower case before the quotes, or nothing after them.
      if (/\p{Ll}/u.test(before) && /[\p{L}\p{N}]/u.test(after)) continue;
      cuts.push([start + m.index, start + m.index + m[0].length]);
    }
  }
  return cuts;
}

/** Whether the figure at text.slice(start, end) is the day's change of a stock quote ("HFRY, +5.77%"). */
export function isStockQuote(text: string, start: number, end: number): boolean {
  return QUOTE_END.test(text.slice(Math.max(0, start - 12), end));
}
