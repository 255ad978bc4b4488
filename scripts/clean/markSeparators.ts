/**
 * Pass 6 of the classifier: separator lines ("-", "•", "___") take the reason of the boilerplate
 * they sit in.
 */
import { boiler, isBoiler, type Label } from './lineLabel.ts';
import { isSeparator } from './lineShapes.ts';
import type { Line } from './splitLines.ts';

/**
 * Separator lines left over take the reason of the boilerplate directly after them (a rule
 * above a credit line), else directly before; a lone rule between paragraphs is layout.
 */
export function markSeparators(lines: Line[], labels: (Label | null)[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || labels[i] !== null || !isSeparator(line.text)) continue;
    const next = labels[i + 1] ?? null;
    const prev = labels[i - 1] ?? null;
    const near = isBoiler(next) ? next : isBoiler(prev) ? prev : null;
    labels[i] = near ? { ...near } : boiler('navigation', 'separator line');
  }
}
