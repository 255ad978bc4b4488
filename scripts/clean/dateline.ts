/**
 * Publisher from the article's own text when no metadata names it: wire datelines
 * ("JAKARTA (Reuters) -", "(CNN)") at the start of the first paragraph.
 */
// The place may be in capitals or not, with a region and a date ("FRANKLIN, Tenn. (AP) —", "Seoul (CNN)",
// "LIMA, Dec 1 (Reuters) -"); after the outlet comes a dash or the news in capitals, so a senator's
// "(D-Va.) on Sunday" is no dateline.
const DATELINE = /^\s*(?:\p{Lu}[\p{L}\p{M}\d.'’-]*(?:[ ,]+[\p{L}\p{M}\d.'’-]+){0,4}\s*)?\(([\p{Lu}][\p{L}&.' -]{0,39}[\p{L}])\)\s*(?:(?:[-–—]{1,2}|:)\s|(?=\p{Lu}|["“‘]))/u;

/**
 * A party and a state in brackets after a legislator's name ("D-Nor.", "R-NL", "I-N.T."): a
 * transcript's "REP. ANA LIMA (R-NL): ..." opens the way a dateline does, but names no outlet.
 */
const PARTY_TAG = /^\p{Lu}-\p{Lu}[\p{L}.]{0,5}$/u;

export function publisherFromDateline(firstParagraph: string): string | undefined {
  const outlet = DATELINE.exec(firstParagraph)?.[1]?.trim();
  return outlet && !PARTY_TAG.test(outlet) ? outlet : undefined;
}

/**
 * Length of the dateline that opens an article's first sentence ("PORTO (Reuters) - ",
 * "Porto (CNN) "), or 0. The words after it are the news; the dateline is no part of what anyone said.
 */
export function datelineLength(firstSentence: string): number {
  // A dateline whose outlet was cut away leaves the city in capitals: "PORTO, Norland The ferry ...".
  const bare = /^\s*\p{Lu}{2,}[\p{Lu}/ .'’-]*(?:,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?(?:\s*[-–—:]\s*|\s+)(?=\p{Lu}\p{Ll})/u.exec(firstSentence);
  if (bare && !/\(/.test(firstSentence.slice(0, bare[0].length + 2))) return bare[0].length;
  const match = /^\s*(?:\p{Lu}[\p{L}\p{M}.'’-]*(?:[ ,]+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s*)?\(([\p{Lu}][\p{L}&.' -]{1,40})\)\s*(?:[-–—]{1,2}|:)?\s*/u.exec(firstSentence);
  // "SEN. ANA LIMA (D-NL): ..." opens a transcript's speech: the speaker's name, no dateline to drop.
  return match && !PARTY_TAG.test(match[1]!.trim()) ? match[0].length : 0;
}

/** "Ferry fire: what we know | Harbour Times" -> "Ferry fire: what we know" when the suffix is the publisher. */
export function stripSiteSuffix(title: string, publisher: string | undefined): string {
  if (!publisher) return title;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && parts[parts.length - 1]!.trim().toLowerCase() === publisher.toLowerCase()) return parts.slice(0, -1).join(' - ').trim();
  return title;
}
