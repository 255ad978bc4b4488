/**
 * Pass 3 of the classifier: promotional lines directly under a sign-up header, and the prompt's
 * lead-in question above it, belong to the sign-up block.
 */
import { REPORTING } from './lexicon/reporting.ts';
import { boiler, type Label } from './lineLabel.ts';
import type { Line } from './splitLines.ts';

const PROMO_MAX = 250;
/** Promotional copy: second person, imperative openers or marketing vocabulary. */
const PROMO = /\b(?:you|your|yours)\b|^(?:Get|Escape|Stay|Start|Join|Enjoy|Try|Sign|Subscribe|Receive|Discover|Unlock|Read|Never|Don['’]t)\b|\b(?:free|daily|weekly|newsletters?|inbox|briefing|delivered|digest|exclusive|offers?|trial|unlimited|subscribers?|subscription|best|top stories|biggest|every (?:morning|day|weekday|week))\b/i;
const QUOTES = /["“”]/;

/**
 * Lines directly under a sign-up header (no blank line between) that read as promotion
 * ("Escape your echo chamber. Get the facts ...") belong to the sign-up block. A news
 * sentence that follows without a blank line stays content: it has reporting verbs or
 * quotes, lacks promotional vocabulary, or is long.
 */
export function markSignUpContinuations(lines: Line[], labels: (Label | null)[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (labels[i]?.reason !== 'sign-up') continue;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j];
      if (!line || line.gapBefore) break;
      const lab = labels[j];
      if (lab !== null && lab !== undefined) {
        if (lab.reason === 'sign-up') continue;
        break;
      }
      const t = line.text;
      if (t.length > PROMO_MAX || REPORTING.test(t) || QUOTES.test(t) || !PROMO.test(t)) break;
      labels[j] = boiler('sign-up', 'promotional text of a sign-up prompt');
      i = j;
    }
    // "Looking for news you can trust?" above "Subscribe to our free newsletters.": the prompt's lead-in question.
    const before = lines[i - 1];
    if (before && labels[i - 1] === null && isPromoLeadIn(before.text)) labels[i - 1] = boiler('sign-up', 'lead-in of a sign-up prompt');
  }
}

/** A short question or exclamation in the reader's terms ("Want more stories like this?"), not reporting nor a quotation. */
function isPromoLeadIn(t: string): boolean {
  return t.length <= 80 && /[?!]$/.test(t) && PROMO.test(t) && !REPORTING.test(t) && !QUOTES.test(t);
}
