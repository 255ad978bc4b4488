/**
 * A wire's reporting and editing credit run onto the end of the story's last paragraph: a copied
 * page joins the two lines ("... the balls," Otto said. (Editing by Jo Roe and Al Poe)"). The
 * lexicon sets such a credit aside when it stands on its own line; here it is split off the
 * paragraph, so the credit is boilerplate and the paragraph before it stays content.
 *
 * Only where the words before the credit end as a sentence does: then they are a paragraph, and the
 * bracket holds nothing but the credit.
 */
import { boiler, type Label } from './lineLabel.ts';
import { SENTENCE_END } from './lineShapes.ts';
import type { Line } from './splitLines.ts';

/** " (Reporting by Jo Roe; Editing by Al Poe)" at the very end of a line. */
const TRAILING_CREDIT = /\s\((?:Additional )?(?:Reporting|Writing|Editing|Compiled|Research)(?: by)?\s[^()]{2,200}\)$/;

/** Lines and labels with each content line that ends in a wire credit split into its paragraph and its credit. */
export function splitTrailingCredits(text: string, lines: Line[], labels: (Label | null)[]): { lines: Line[]; labels: (Label | null)[] } {
  // Cheap test first: almost no line ends in a bracket.
  if (!lines.some((l, i) => labels[i] === null && l.text.endsWith(')'))) return { lines, labels };
  const outLines: Line[] = [];
  const outLabels: (Label | null)[] = [];
  lines.forEach((line, i) => {
    const label = labels[i] ?? null;
    const m = label === null && line.text.endsWith(')') ? TRAILING_CREDIT.exec(line.text) : null;
    const before = m ? line.text.slice(0, m.index) : '';
    // A line's offsets include its edge white space; its text does not.
    const offset = m ? text.indexOf(line.text, line.start) : -1;
    if (!m || offset < 0 || !SENTENCE_END.test(before)) {
      outLines.push(line);
      outLabels.push(label);
      return;
    }
    const creditStart = offset + m.index + 1;
    outLines.push({ start: line.start, end: offset + before.length, text: before, gapBefore: line.gapBefore });
    outLabels.push(null);
    // The credit goes on from the paragraph on the same line: no blank between them.
    outLines.push({ start: creditStart, end: line.end, text: line.text.slice(m.index + 1), gapBefore: false });
    outLabels.push(boiler('credit', 'reporting and editing credit'));
  });
  return { lines: outLines, labels: outLabels };
}
