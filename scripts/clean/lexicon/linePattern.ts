/**
 * The shape of one entry of the line lexicon, and the notes the classifier's passes (boilerplate.ts)
 * look for by name.
 */
import type { BoilerplateReason } from '../../contracts/stages.ts';

/** Notes the passes in boilerplate.ts recognise: teaser-list markers. */
export const RELATED_HEADER_NOTE = 'header of related-article links';
export const TEASER_NOTE = 'teaser list of related articles';

export interface LinePattern {
  re: RegExp;
  reason: BoilerplateReason;
  note: string;
  /** Longest trimmed line (in characters) the pattern may fire on. */
  maxLen: number;
  /** A second regex that must also match (AND). */
  also?: RegExp;
  /** The pattern does not fire when this matches (typically: the line reads as reporting). */
  unless?: RegExp;
}

/** A Unicode-aware regex from a source string, for patterns assembled from the parts in regexParts.ts. */
export const re = (source: string, flags = 'u'): RegExp => new RegExp(source, flags);
