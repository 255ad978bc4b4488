/**
 * Splitting a head run into a paragraph's first words off its line: a photo credit
 * (creditRunIn.ts), a kicker in capitals (kickerRunIn.ts), a subheading (subheadRunIn.ts). Each
 * pass says where its head ends and the paragraph starts; this splits the line there, the head
 * set aside with the pass's label and the paragraph left content, on the same line (no blank
 * between them). Offsets stay exact: the two parts are ranges of the line's own text.
 */
import type { Label } from './lineLabel.ts';
import type { Line } from './splitLines.ts';

/** A run-in head found at a line's start: where it ends and the paragraph starts (offsets in the line's text), and its label. */
export interface RunIn {
  headEnd: number;
  bodyStart: number;
  label: Label;
}

/** Lines and their labels, as the classifier's passes hand them on. */
export interface LabelledLines {
  lines: Line[];
  labels: (Label | null)[];
}

/** Lines and labels with each line for which `find` gives a run-in head split into the head and its paragraph. */
export function splitRunIns(text: string, lines: Line[], labels: (Label | null)[], find: (line: Line, label: Label | null) => RunIn | undefined): LabelledLines {
  const outLines: Line[] = [];
  const outLabels: (Label | null)[] = [];
  lines.forEach((line, i) => {
    const label = labels[i] ?? null;
    const found = find(line, label);
    // A line's offsets include its edge white space; its text does not.
    const offset = found ? text.indexOf(line.text, line.start) : -1;
    if (!found || offset < 0) {
      outLines.push(line);
      outLabels.push(label);
      return;
    }
    outLines.push({ start: line.start, end: offset + found.headEnd, text: line.text.slice(0, found.headEnd), gapBefore: line.gapBefore });
    outLabels.push(found.label);
    outLines.push({ start: offset + found.bodyStart, end: line.end, text: line.text.slice(found.bodyStart), gapBefore: false });
    outLabels.push(null);
  });
  return { lines: outLines, labels: outLabels };
}
