/**
 * Pass 1 of the classifier: one line on its own looks like chrome (the lexicon in lexicon/, then the
 * share-button and photo-credit tests that a single regex cannot express).
 */
import { LINE_PATTERNS } from './lexicon/linePatterns.ts';
import { endsWithPhotoCredit } from './lexicon/photoCredit.ts';
import { isShareButtons } from './lexicon/shareButtons.ts';
import { boiler, type Label } from './lineLabel.ts';

/** First lexicon pattern matching one line on its own, or null. */
export function matchLine(line: string): Label | null {
  const len = line.length;
  for (const p of LINE_PATTERNS) {
    if (len > p.maxLen) continue;
    if (!p.re.test(line)) continue;
    if (p.also && !p.also.test(line)) continue;
    if (p.unless && p.unless.test(line)) continue;
    return boiler(p.reason, p.note);
  }
  if (isShareButtons(line)) return boiler(/comment/i.test(line) && !/share|tweet|mail|print/i.test(line) ? 'navigation' : 'share', 'share buttons');
  if (len <= 800 && endsWithPhotoCredit(line)) return boiler('caption', 'photo caption');
  return null;
}
