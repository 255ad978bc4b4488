/**
 * The organisation an article is about, for "the company said ..." in a story about Norbank:
 * news names the company in full a few times, then calls it "the company".
 */
import type { Sentence } from '../../contracts/stages.ts';
import { sentenceTokens } from '../../segment/sentenceTokens.ts';
import type { NameBook } from './nameBook.ts';
import { isCalendarName } from '../../text/calendar.ts';
import { CORPORATE_SUFFIXES } from './collectNames.ts';

/** Descriptions that stand for the article's organisation: "the company", "the airline". */
export const ORGANISATION_DESCRIPTION = /^the\s+(?:[\p{L}-]+\s+)?(?:company|firm|carrier|airline|retailer|automaker|carmaker|bank|lender|startup|start-up|chain|manufacturer|maker|insurer|operator|giant|studio|club|network|broadcaster)$/iu;


const CORPORATE_SUFFIX = new RegExp(`^(?:${CORPORATE_SUFFIXES})\\.?$`);
const PLURAL_ABBREVIATION = /^\p{Lu}{2,}s$/u;
/** "I'm", "I'll": a capitalised contraction the tagger may take for a name. */
const CONTRACTION = /['’]/;

/**
 * The name the article gives a company's suffix ("Inc.", "Ltd"), else the capitalised name it
 * mentions most, when that is no person and no place and it leads clearly (at least twice, and more
 * often than any other name); else undefined.
 */
export function mainOrganisation(sentences: readonly Sentence[], names: NameBook): string | undefined {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    const tokens = sentenceTokens(sentence);
    for (let i = 0; i < tokens.length; i++) {
      if (!isNameToken(tokens[i]!.text, tokens[i]!.pos)) continue;
      let j = i;
      while (j + 1 < tokens.length && isNameToken(tokens[j + 1]!.text, tokens[j + 1]!.pos)) j++;
      const words = tokens.slice(i, j + 1).map((t) => t.text);
      // "Norbank Foods Inc.": the suffix is no part of how the article names the company (collectNames
      // records the name as a company's).
      if (words.length > 1 && CORPORATE_SUFFIX.test(words[words.length - 1]!)) words.pop();
      const name = words.join(' ').replace(/['’]s$/, '');
      i = j;
      // "PINs", "ATMs": a plural of an abbreviation is things, never the company.
      // "N" of a ticker such as "(K.N)": a single letter names no organisation.
      if (name.length < 2 || isCalendarName(name) || PLURAL_ABBREVIATION.test(name) || CONTRACTION.test(name) || !names.mayBeOrganisation(name)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  // A name the articles give a company's suffix ("Norbank Foods Inc.") is the company, however often
  // an activist group or a regulator is named.
  // "Norbank" in an article about "Norbank Foods Inc.": the company, named in full.
  const byCompany = new Map<string, number>();
  for (const [name, count] of counts) {
    const company = names.isCompany(name) ? name : names.companyStartingWith(name);
    if (company) byCompany.set(company, (byCompany.get(company) ?? 0) + count);
  }
  if (byCompany.size > 0) return [...byCompany].sort((a, b) => b[1] - a[1])[0]![0];
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : undefined;
}

function isNameToken(text: string, pos: string): boolean {
  return pos === 'PROPN' && /^\p{Lu}/u.test(text);
}
