/**
 * Publisher from the article's own text when no metadata names it: wire datelines
 * ("JAKARTA (Reuters) -", "(CNN)") at the start of the first paragraph.
 */
const DATELINE = /^\s*(?:[\p{Lu}][\p{Lu}\p{M} .,'’-]{1,40}\s*)?\(([\p{Lu}][\p{L}&.' -]{1,40})\)\s*(?:[-–—]{1,2}|:)?\s/u;

export function publisherFromDateline(firstParagraph: string): string | undefined {
  const match = DATELINE.exec(firstParagraph);
  return match?.[1]?.trim();
}

/**
 * Length of the dateline that opens an article's first sentence ("PORTO (Reuters) - ",
 * "Porto (CNN) "), or 0. The words after it are the news; the dateline is no part of what anyone said.
 */
export function datelineLength(firstSentence: string): number {
  // A dateline whose outlet was cut away leaves the city in capitals: "PORTO, Norland The ferry ...".
  const bare = /^\s*\p{Lu}{2,}[\p{Lu}/ .'’-]*(?:,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?(?:\s*[-–—:]\s*|\s+)(?=\p{Lu}\p{Ll})/u.exec(firstSentence);
  if (bare && !/\(/.test(firstSentence.slice(0, bare[0].length + 2))) return bare[0].length;
  const match = /^\s*(?:\p{Lu}[\p{L}\p{M}.'’-]*(?:[ ,]+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s*)?\([\p{Lu}][\p{L}&.' -]{1,40}\)\s*(?:[-–—]{1,2}|:)?\s*/u.exec(firstSentence);
  return match ? match[0].length : 0;
}

/** "Ferry fire: what we know | Harbour Times" -> "Ferry fire: what we know" when the suffix is the publisher. */
export function stripSiteSuffix(title: string, publisher: string | undefined): string {
  if (!publisher) return title;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && parts[parts.length - 1]!.trim().toLowerCase() === publisher.toLowerCase()) return parts.slice(0, -1).join(' - ').trim();
  return title;
}
