/**
 * Where a speaker's own words are: inside quotation marks, which may open in one sentence and
 * close in a later one of the same paragraph. Curly marks say which way they face; a straight
 * double mark toggles. Single marks are left alone (they double as apostrophes).
 */

/** Whether a quotation is open at `offset` of `text`, given whether one was open at its start. */
export function quotedAt(openAtStart: boolean, text: string, offset: number): boolean {
  return scan(openAtStart, text.slice(0, offset));
}

/** Whether a quotation is still open at the end of `text`. */
export function quotedAfter(openAtStart: boolean, text: string): boolean {
  return scan(openAtStart, text);
}

function scan(open: boolean, text: string): boolean {
  for (const mark of text.matchAll(/[“”"]/g)) {
    if (mark[0] === '“') open = true;
    else if (mark[0] === '”') open = false;
    else open = !open;
  }
  return open;
}
