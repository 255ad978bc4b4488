/**
 * Pass 4 of the classifier: teaser lists of other articles, around strong related-article markers,
 * and a region at the end of the text made only of teaser-ish lines.
 */
import { RELATED_HEADER_NOTE, TEASER_NOTE } from './lexicon/linePattern.ts';
import { boiler, type Label } from './lineLabel.ts';
import { isHeadlineish, isSeparator } from './lineShapes.ts';
import type { Line } from './splitLines.ts';

/** A line that on its own points to other articles (header, inline link, "By X Published"). */
function isRelatedMarker(l: Label | null): boolean {
  return l !== null && l.reason === 'related';
}

/** Lines a teaser list may contain: separators, headline-ish lines, other boilerplate. */
function isTeaserish(line: Line, lab: Label | null): boolean {
  if (lab !== null) return lab.kind === 'boilerplate';
  return isSeparator(line.text) || isHeadlineish(line.text);
}

/**
 * Teaser lists around strong markers: a related header, "By X, Outlet Published", or a
 * standalone separator line that has a second one in the same run. From each marker we
 * extend forward (and, for byline/separator markers, backward: the teaser headline sits
 * above its byline) over teaser-ish lines; the unlabeled ones become 'related'.
 */
export function markTeaserRuns(lines: Line[], labels: (Label | null)[]): void {
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const lab = labels[i] ?? null;
    if (!line) break;
    const header = lab?.note === RELATED_HEADER_NOTE;
    const byline = lab?.note === TEASER_NOTE;
    const sep = lab === null && isSeparator(line.text) && hasSeparatorNearby(lines, labels, i);
    if (!header && !byline && !sep) { i++; continue; }
    let end = i;
    while (end + 1 < lines.length) {
      const nl = lines[end + 1];
      if (!nl || !isTeaserish(nl, labels[end + 1] ?? null)) break;
      end++;
    }
    let start = i;
    if (!header) {
      while (start - 1 >= 0) {
        const pl = lines[start - 1];
        const plab = labels[start - 1] ?? null;
        if (!pl || plab !== null || !isTeaserish(pl, plab)) break;
        start--;
      }
    }
    for (let k = start; k <= end; k++) {
      if (labels[k] === null) labels[k] = boiler('related', TEASER_NOTE);
    }
    i = end + 1;
  }
}

/** True when another standalone separator lies within the next or previous few teaser-ish lines. */
function hasSeparatorNearby(lines: Line[], labels: (Label | null)[], i: number): boolean {
  for (const dir of [1, -1]) {
    for (let k = i + dir, steps = 0; k >= 0 && k < lines.length && steps < 6; k += dir, steps++) {
      const l = lines[k];
      if (!l) break;
      const lab = labels[k] ?? null;
      if (lab === null && isSeparator(l.text)) return true;
      if (lab?.note === TEASER_NOTE) return true;
      if (!isTeaserish(l, lab)) break;
    }
  }
  return false;
}

/**
 * A region at the end of the text made only of teaser-ish lines (short non-sentences,
 * separators, other boilerplate) is a teaser list as a whole, provided it contains some
 * related-article marker; the marker requirement keeps a final subheading or data list
 * of a genuine article as content.
 */
export function markTeaserTail(lines: Line[], labels: (Label | null)[]): void {
  let start = lines.length;
  let markers = 0;
  let separators = 0;
  while (start - 1 > 0) {
    const l = lines[start - 1];
    const lab = labels[start - 1] ?? null;
    if (!l || !isTeaserish(l, lab)) break;
    if (isRelatedMarker(lab)) markers++;
    if (lab === null && isSeparator(l.text)) separators++;
    start--;
  }
  if (markers === 0 && separators < 2) return;
  for (let k = start; k < lines.length; k++) {
    if (labels[k] === null) labels[k] = boiler('related', TEASER_NOTE);
  }
}
