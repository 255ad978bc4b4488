/**
 * The classifier's unit: one non-blank line of the range, with its offsets into the original text
 * (the clean stage never edits text, so every label must point back at exact characters).
 */

/** One non-blank line of the range. */
export interface Line {
  start: number;
  end: number;
  /** The line without surrounding whitespace (and zero-width characters). */
  text: string;
  /** A blank line separates this line from the previous non-blank line (or it is the first). */
  gapBefore: boolean;
}

/** Whitespace plus zero-width characters that scrapers leave on otherwise empty lines. */
const EDGE_SPACE = /^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g;

/** Non-blank lines of [from, to) with offsets that exclude surrounding whitespace-only edges of the range. */
export function splitLines(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let gap = true;
  let pos = from;
  while (pos <= to) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > to) nl = to;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--; // CRLF: the \r belongs to the newline
    const raw = text.slice(pos, end);
    const trimmed = raw.replace(EDGE_SPACE, '');
    if (trimmed === '') gap = true;
    else {
      out.push({ start: pos, end, text: trimmed, gapBefore: gap });
      gap = false;
    }
    if (nl >= to) break;
    pos = nl + 1;
  }
  return out;
}
