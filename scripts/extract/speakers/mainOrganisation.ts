/**
 * The organisation an article is about, for "the company said ..." in a story about Norbank:
 * news names the company in full a few times, then calls it "the company".
 */
import type { Sentence } from '../../contracts/stages.ts';
import { sentenceTokens } from '../../segment/sentenceTokens.ts';
import type { NameBook } from './nameBook.ts';
import { isCalendarName } from '../../text/calendar.ts';
import { CORPORATE_SUFFIXES } from './collectNames.ts';
import { isOutletName } from './mediaAttribution.ts';
import { ACRONYM } from './acronyms.ts';
import { isRoleWord, ORGANISATION_HEADS } from './speakerPhrase.ts';

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
export function mainOrganisation(sentences: readonly Sentence[], names: NameBook, isKnownPerson: (name: string) => boolean = () => false): string | undefined {
  // A name "he" or "she" has stood for ("Reyes says ... he says") is a person's, however often it is named.
  const counts = new Map([...organisationCounts(sentences, names)].filter(([name]) => !isKnownPerson(name)));
  return mostNamed(counts, names);
}

/** How often the article names each capitalised name that may be an organisation (no person, no place). */
export function organisationCounts(sentences: readonly Sentence[], names: NameBook): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const name of nameRunsIn(sentence, (n) => names.mayBeOrganisation(n))) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** The capitalised names a sentence gives, as mainOrganisation counts them, that `keep` keeps. */
function nameRunsIn(sentence: Sentence, keep: (name: string) => boolean, before = Infinity, placed?: RegExp): string[] {
  const out: string[] = [];
  const tokens = sentenceTokens(sentence);
  for (let i = 0; i < tokens.length && tokens[i]!.end <= before; i++) {
    if (!isNameToken(tokens[i]!.text, tokens[i]!.pos)) continue;
    let j = i;
    while (j + 1 < tokens.length && isNameToken(tokens[j + 1]!.text, tokens[j + 1]!.pos)) j++;
    const words = tokens.slice(i, j + 1).map((t) => t.text);
    // "Norbank Foods Inc.": the suffix is no part of how the article names the company (collectNames
    // records the name as a company's).
    if (words.length > 1 && CORPORATE_SUFFIX.test(words[words.length - 1]!)) words.pop();
    const name = words.join(' ').replace(/['’]s$/, '');
    const start = i;
    i = j;
    // "in the United States": a name after a preposition of place is where, not who (organisationIn only).
    const opener = tokens[start - 1]?.lemma === 'the' ? tokens[start - 2] : tokens[start - 1];
    if (placed?.test(opener?.text ?? '')) continue;
    // "Chief Executive Ben van Beurden": a run with a title in it, or after a name's particle, is a person's.
    if (placed && (tokens.slice(start, j + 1).some((t) => isRoleWord(t.text)) || NAME_PARTICLE.test(opener?.text ?? ''))) continue;
    // "PINs", "ATMs": a plural of an abbreviation is things, never the company.
    // "N" of a ticker such as "(K.N)": a single letter names no organisation.
    if (name.length < 2 || isCalendarName(name) || PLURAL_ABBREVIATION.test(name) || CONTRACTION.test(name) || !keep(name)) continue;
    out.push(name);
  }
  return out;
}

/**
 * "Velden Foods recalled the jars. ... “...,” the company said": the organisation the sentence just
 * before names (the one the article names most, if it names several), when it may be a company: not
 * an outlet, an abbreviation ("The SEC fined Norbank") or a public body by its head word ("the
 * Harbour Commission"). Before the article's main organisation, which may be a parent company the
 * article names once with its suffix.
 */
export function organisationIn(sentence: Sentence, counts: ReadonlyMap<string, number>, names: NameBook, before = Infinity, isKnownPerson: (name: string) => boolean = () => false, ownSentence = false): string | undefined {
  let best: string | undefined;
  // Two capitalised words are a person's name to the name book, unless a company's word ends them ("Velden Foods").
  // A name "he" or "she" has stood for in the article ("Reyes says ... he says") is a person's, never the company's.
  const mayBeCompany = (name: string): boolean => !isKnownPerson(name) && (names.mayBeOrganisation(name) || COMPANY_WORD.test(name.slice(name.lastIndexOf(' ') + 1)));
  // A company the articles give a suffix stays "the company" before a name with no company's word
  // ("Animal Justice Now says ... The company said" is Norbank Foods Inc.).
  // Not in the phrase's own sentence: in "After Tarrow posted a loss, the company said ..." the
  // company is the one the sentence has just named, whatever other firm the articles give a suffix.
  const suffixed = !ownSentence && [...counts.keys()].some((name) => names.isCompany(name) || names.companyStartingWith(name));
  const opening = sentence.text.match(/^\s*(\p{Lu}[\p{L}'’-]*)/u)?.[1];
  for (const name of nameRunsIn(sentence, mayBeCompany, before, PLACE_PREPOSITION)) {
    const last = name.slice(name.lastIndexOf(' ') + 1);
    if (isOutletName(name) || ACRONYM.test(name) || (ORGANISATION_HEADS.test(last) && !COMPANY_HEADS.test(last))) continue;
    // "Thieves copied PINs": a word opening the sentence, named nowhere else, is no organisation's name.
    if (name === opening && (counts.get(name) ?? 0) < 2) continue;
    if (suffixed && !names.isCompany(name) && !names.companyStartingWith(name) && !COMPANY_WORD.test(last)) continue;
    // "Kellogg Co., citing ..., said it was closing plants that fed Venezuelans": a name the articles give a company's suffix first.
    if (names.isCompany(name) || names.companyStartingWith(name)) return names.isCompany(name) ? name : names.companyStartingWith(name);
    if (best === undefined || (counts.get(name) ?? 0) >= (counts.get(best) ?? 0)) best = name;
  }
  return best;
}

/** Lower-case particles inside a person's name: "van Beurden", "de la Cruz". */
const NAME_PARTICLE = /^(?:van|von|de|der|den|da|di|du|del|la|le|bin|ibn)$/;
/** Prepositions of place before a name: "in (the) United States", "from Porto". */
const PLACE_PREPOSITION = /^(?:in|at|from|to|near|across|outside|inside|throughout)$/i;
/** Head words of a company's name among the organisation heads: "Norbank Company", "Tarrow Corporation". */
const COMPANY_HEADS = /^(?:Company|Corporation)$/;
/** Words that end a company's name and no person's: "Velden Foods", "Tarrow Airlines", "Norbank Group". */
const COMPANY_WORD = /^(?:Foods|Group|Holdings|Motors|Airlines|Airways|Systems|Technologies|Industries|Pharmaceuticals|Brands|Entertainment|Media|Energy|Bank|Capital|Partners|Enterprises|Stores|Labs|Company|Corporation)$/;

/** The company the articles give a suffix, else the name mentioned most when it leads clearly. */
function mostNamed(counts: Map<string, number>, names: NameBook): string | undefined {
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
