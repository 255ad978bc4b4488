/**
 * The classifier's last step: labelled lines become the stage's blocks.
 */
import type { Block } from '../contracts/stages.ts';
import type { Label } from './lineLabel.ts';
import type { Line } from './splitLines.ts';

/** Adjacent lines (no blank between) with the same kind and reason form one block; the first line's note names it. */
export function mergeBlocks(lines: Line[], labels: (Label | null)[]): Block[] {
  const blocks: Block[] = [];
  let last: Block | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const lab = labels[i] ?? { kind: 'content' as const };
    if (last && !line.gapBefore && last.kind === lab.kind && last.reason === lab.reason && lab.kind !== 'title') {
      last.end = line.end;
      continue;
    }
    last = { start: line.start, end: line.end, kind: lab.kind };
    if (lab.kind === 'boilerplate') {
      last.reason = lab.reason;
      last.note = lab.note;
    }
    blocks.push(last);
  }
  return blocks;
}
