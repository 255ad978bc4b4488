/**
 * What a pass of the classifier says of one line: title, content or boilerplate (with its reason
 * and the note shown on the source page). `null` in a pass's label array means "not decided yet".
 */
import type { BlockKind, BoilerplateReason } from '../contracts/stages.ts';

export interface Label {
  kind: BlockKind;
  reason?: BoilerplateReason;
  note?: string;
}

/** A boilerplate label with its reason and note. */
export function boiler(reason: BoilerplateReason, note: string): Label {
  return { kind: 'boilerplate', reason, note };
}

/** True for a label that hides its line as boilerplate. */
export const isBoiler = (l: Label | null): boolean => l !== null && l.kind === 'boilerplate';
