/**
 * Pass 1 of the classifier: one line on its own looks like chrome (the lexicon in lexicon/, then the
 * share-button and photo-credit tests that a single regex cannot express).
 */
import { LINE_PATTERNS } from './lexicon/linePatterns.ts';
import { endsWithPhotoCredit } from './lexicon/photoCredit.ts';
import { isShareButtons } from './lexicon/shareButtons.ts';
import { boiler, type Label } from './lineLabel.ts';
import { lineHasFoldedS, requiredTexts, TextFinder } from './requiredText.ts';

/**
 * Each pattern's required texts (requiredText.ts): a line holding none of them cannot match, so
 * the pattern is not run on it (most of the lexicon, for most lines). The texts of every pattern
 * are found in one pass over the lower-cased line, then each pattern looks up its own; a
 * case-sensitive pattern's texts are looked for in lower case too (a line holding "Getty" holds
 * "getty": a weaker test, never a wrong one, for one pass instead of two). A pattern without
 * required texts is always run.
 */
const NEEDS = LINE_PATTERNS.map((p) => requiredTexts(p.re)?.map((t) => t.toLowerCase()) ?? null);
const texts = [...new Set(NEEDS.flatMap((n) => n ?? []))];
const FINDER = new TextFinder(texts);
/** Per pattern, the places of its texts in `found`; null: always run. */
const NEED_SLOTS = NEEDS.map((n) => n?.map((t) => texts.indexOf(t)) ?? null);
/** found[slot] === stamp: the slot's text is in the current line (a new stamp per line, so nothing is cleared). */
const found = new Uint32Array(texts.length);
let stamp = 0;

/** Whether the line holds one of the texts at `slots`. */
function holdsOne(slots: readonly number[]): boolean {
  for (let k = 0; k < slots.length; k++) if (found[slots[k]!] === stamp) return true;
  return false;
}

/** First lexicon pattern matching one line on its own, or null. */
export function matchLine(line: string): Label | null {
  const len = line.length;
  const pretest = !lineHasFoldedS(line);
  if (pretest) {
    stamp = stamp === 0xffffffff ? 1 : stamp + 1;
    if (stamp === 1) found.fill(0);
    FINDER.mark(line.toLowerCase(), found, stamp);
  }
  for (let i = 0; i < LINE_PATTERNS.length; i++) {
    const p = LINE_PATTERNS[i]!;
    if (len > p.maxLen) continue;
    const slots = NEED_SLOTS[i];
    if (slots && pretest && !holdsOne(slots)) continue;
    if (!p.re.test(line)) continue;
    if (p.also && !p.also.test(line)) continue;
    if (p.unless && p.unless.test(line)) continue;
    return boiler(p.reason, p.note);
  }
  if (isShareButtons(line)) return boiler(/comment/i.test(line) && !/share|tweet|mail|print/i.test(line) ? 'navigation' : 'share', 'share buttons');
  if (len <= 800 && endsWithPhotoCredit(line)) return boiler('caption', 'photo caption');
  return null;
}
