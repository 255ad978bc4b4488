/**
 * The organisation an article is about, for "the company said ..." in a story about Norbank:
 * news names the company in full a few times, then calls it "the company".
 */
import type { Sentence } from '../types.ts';
import { sentenceTokens } from '../segment/sentenceTokens.ts';
import type { NameBook } from './speakers.ts';

/** Descriptions that stand for the article's organisation: "the company", "the airline". */
export const ORGANISATION_DESCRIPTION = /^the\s+(?:[\p{L}-]+\s+)?(?:company|firm|carrier|airline|retailer|automaker|carmaker|bank|lender|startup|start-up|chain|manufacturer|maker|insurer|operator|giant|studio|club|network|broadcaster)$/iu;

const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const PLURAL_ABBREVIATION = /^\p{Lu}{2,}s$/u;
/** "I'm", "I'll": a capitalised contraction the tagger may take for a name. */
const CONTRACTION = /['’]/;

/**
 * The capitalised name the article mentions most, when it is no person and no place and it
 * leads clearly (at least twice, and more often than any other name); else undefined.
 */
export function mainOrganisation(sentences: readonly Sentence[], names: NameBook): string | undefined {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    const tokens = sentenceTokens(sentence);
    for (let i = 0; i < tokens.length; i++) {
      if (!isNameToken(tokens[i]!.text, tokens[i]!.pos)) continue;
      let j = i;
      while (j + 1 < tokens.length && isNameToken(tokens[j + 1]!.text, tokens[j + 1]!.pos)) j++;
      const name = tokens.slice(i, j + 1).map((t) => t.text).join(' ').replace(/['’]s$/, '');
      i = j;
      // "PINs", "ATMs": a plural of an abbreviation is things, never the company.
      if (CALENDAR.test(name) || PLURAL_ABBREVIATION.test(name) || CONTRACTION.test(name) || !names.mayBeOrganisation(name)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : undefined;
}

function isNameToken(text: string, pos: string): boolean {
  return pos === 'PROPN' && /^\p{Lu}/u.test(text);
}
