/**
 * Collects the full names the articles give ("Amara Okafor"), so that a later "Okafor",
 * in the same article or another, resolves to the same speaker.
 */
import type { SegmentedArticle, Sentence } from '../../contracts/stages.ts';
import { sentenceTokens } from '../../segment/sentenceTokens.ts';
import { isCalendarName } from '../../text/calendar.ts';
import { isRoleWord, ORGANISATION_HEADS } from './speakerPhrase.ts';
import { NameBook } from './nameBook.ts';
import { descriptionsIn } from './descriptions.ts';
import { authorsIn } from './documentAuthor.ts';
import { acronymDefinitions, acronymsUsed } from './acronyms.ts';
import { isWorkTitle, LowerCaseWords } from './notAName.ts';
import { letterRunFilter } from './letterRunFilter.ts';
import { subjectPossessive } from './subjectPossessive.ts';
import { namesOnlyOnePerson, openingPronoun } from './followingPronoun.ts';

/**
 * One capitalised word of a name: "Okafor", and the family names written with a second capital after
 * a prefix ("McAllan", "O'Dara", "DeVora", "LaSelle"), which the tagger reads as names but a plain
 * capital-then-lower-case pattern misses, so the full name was never known and "McAllan" alone was no
 * one ("he" then went to the person named before). "Mac" is left out: "MacBook Pro" is no one.
 */
const NAME_WORD = String.raw`(?:(?:Mc|O['’]|De|Di|Du|La|Le)(?=\p{Lu}))?\p{Lu}[\p{Ll}'’-]+`;
/** Two to four capitalised words, optionally with a middle initial: "Amara Okafor", "Ana J. Lima". */
// A given name may be initials ("O.J. Simpson", "A.J. Lima"); not a country's ("U.S. Embassy") nor an hour ("P.M.").
const FULL_NAME = new RegExp(String.raw`(?<![\p{L}.])((?:${NAME_WORD}|(?!(?:U\.S|U\.N|U\.K|E\.U|D\.C|A\.M|P\.M)\.)\p{Lu}\.\p{Lu}\.)(?:\s+\p{Lu}\.)?(?:\s+${NAME_WORD}){1,2})\b`, 'gu');
/** Capitalised words that start sentences or titles rather than names. */
const NOT_NAME_START = /^(The|A|An|This|That|These|Those|In|On|At|For|But|And|If|When|While|After|Before|Since|As|President|Prime|Minister|Secretary|Deputy|Foreign|Defense|Defence|General|Press|Chief|Senior|Former|Mr|Mrs|Ms|Dr|North|South|East|West|Eastern|Western|Northern|Southern|New|United|Royal|National|Central)$/;

/** "Norbank Holdings Inc.", "Tarrow Foods, Ltd": a name with a company's suffix. */
export const CORPORATE_SUFFIXES = 'Inc|Corp|Co|LLC|Ltd|plc|PLC|AG|SA|NV|GmbH';
const COMPANY_SUFFIX_WORD = new RegExp(`^(?:${CORPORATE_SUFFIXES})$`);
const HAS_SUFFIX = new RegExp(CORPORATE_SUFFIXES);
const COMPANY = new RegExp(String.raw`\b(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3}),?\s+(?:${CORPORATE_SUFFIXES})\b`, 'gu');
/** "Ms. Lima", "Mr. Tom Reyes": how the writer refers to a person says "he" or "she". */
const HAS_HONORIFIC = /M[rsi]/;
const HONORIFIC = /\b(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}'’-]+)(?:\s+(\p{Lu}[\p{L}'’-]+))?/gu;
/** "spokeswoman Ana Lima", "her husband Tom Reyes", "his mother, Ana Lima,": a role that says "he" or "she", just before the name. */
const GENDERED_WORDS = 'spokeswoman|spokesman|congresswoman|congressman|businesswoman|businessman|chairwoman|actress|mother|father|wife|husband|daughter|son|sister|brother|grandmother|grandfather|widow|widower|girlfriend|boyfriend';
const GENDERED_ROLE = new RegExp(String.raw`\b(${GENDERED_WORDS}),?\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})`, 'gu');
const HAS_GENDERED_ROLE = new RegExp(GENDERED_WORDS);
const FEMININE = /^(?:spokeswoman|congresswoman|businesswoman|chairwoman|actress|mother|wife|daughter|sister|grandmother|widow|girlfriend)$/;
/** "Many Tarrow voters", "Several Cabinet ministers": a quantifier or determiner opens no one's name. */
const QUANTIFIER = /^(?:Many|Several|Some|Most|All|Few|Both|Each|Every|Any|No|Other|Such|Another|More|Much|Numerous|Various|Certain)$/;
/** "Goodbye Rosalind", "Hello Tarrow": an interjection (a title's or a greeting's) is no given name. */
const INTERJECTION = /^(?:Goodbye|Hello|Hi|Hey|Oh|Yes|Please|Thanks|Thank|Dear|Wow|Sorry|Congratulations|Welcome|Farewell|Cheers|Bye|Alas)$/;
/** "Until Mira", "From Tom Reyes", "Why It Had": a function word capitalised in a title or headline is no given name. */
const FUNCTION_WORD = /^(?:Until|Unless|Although|Though|Because|Whether|Once|During|Despite|Without|With|From|To|By|Of|Like|About|Over|Under|Into|Onto|Upon|Then|So|Yet|Or|Nor|Where|Why|How|What|Which|Who|Is|Are|Was|Were|Has|Have|Had|Did|Does|It|Its|We|They|He|She|You|Our|Their|His|Her|My|Your)$/;
/** "Marlow Plaza", "Tarrow Hotel": a place's head word ends no person's name. */
const PLACE_HEADS = /^(?:Plaza|Square|Avenue|Boulevard|Airport|Hotel|Motel|Mall|Station|Stadium|Arena|Highway|Freeway|Parkway|Museum|Cathedral|Mosque|Temple|Church|Cemetery|Hospital|Prison)$/;
const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Fifty|Hundred|Thousand)$/;

/** Titles a person is named with, capitalised before the full name: "Labour Minister Ana Lima", "Sheriff Tom Reyes". */
const TITLE_WORDS = 'President|Minister|Secretary|Governor|Mayor|Sheriff|Judge|Senator|Chancellor|Commissioner|Prosecutor|Superintendent|Principal|Coach|Captain|Detective|Sergeant|Lieutenant|Ambassador|Premier|Director|Chief';
const TITLED = new RegExp(String.raw`\b((?:\p{Lu}\p{Ll}+\s+){0,2}(?:${TITLE_WORDS}))\s+(${NAME_WORD}(?:\s+\p{Lu}\.)?(?:\s+${NAME_WORD}){1,2})`, 'gu');
const HAS_TITLE = new RegExp(TITLE_WORDS);

/**
 * "a Fizzo rep", "the Fizzo employees": one capitalised word before a noun for the people of a firm
 * names an organisation (a person has spokesmen and a campaign, not reps, staff or stores).
 */
const ORGANISATION_USE = /\b(?:[Aa]n?|[Tt]he)\s+(\p{Lu}[\p{L}'’-]+)\s+(?:reps?|representatives?|employees?|workers|staff(?:ers)?|stores?|shareholders|customers|executives?)\b/gu;
const HAS_ORGANISATION_USE = /\b(?:reps?|representatives?|employees?|workers|staff|stores?|shareholders|customers|executives?)\b/;

/** A capitalised word after a preposition of place: "in Lisbon", "from Lisbon". */
const PLACE = /\b(?:in|to|from|at|near|across|outside|inside|toward|towards)\s+(\p{Lu}[\p{Ll}'’-]+)\b(?!\s+\p{Lu})/gu;

/**
 * One NameBook for all the articles of an event, read before any quote: a full name given in one
 * article resolves a short name in another. Also notes places, companies and the pronoun a name takes.
 */
export function collectNames(articles: SegmentedArticle[]): NameBook {
  const book = new NameBook();
  let joined: string | undefined;
  const all = (): string => (joined ??= articles.flatMap((a) => a.sentences.map((s) => s.text)).join('\n'));
  // A word of letters alone stands whole in the text exactly when it is one of the text's runs of
  // letters: one filter of them, made once, rules out most words (a search of the whole text per
  // word grew with the square of a many-article event; most words asked are names, written in
  // lower case nowhere); the rest, and words with other characters, are searched for.
  let mayBeRun: ((word: string) => boolean) | undefined;
  const writtenWhole = (word: string): boolean => {
    if (/^\p{L}+$/u.test(word) && !(mayBeRun ??= letterRunFilter(all()))(word)) return false;
    return timesWritten(all(), word, 1) > 0;
  };
  const lowerCase = new LowerCaseWords(writtenWhole);
  book.setLowerCaseWords((word) => lowerCase.isCommon(word));
  const runs: string[][] = [];
  const used = new Set(articles.flatMap((a) => a.sentences.flatMap((s) => acronymsUsed(s.text))));
  for (const article of articles) {
    // The one person the sentence before named, for a sentence that opens with "he" or "she" (followingPronoun.ts).
    let onlyPersonBefore: string | undefined;
    for (const sentence of article.sentences) {
      const namedHere: string[] = [];
      for (const d of descriptionsIn(sentenceTokens(sentence))) book.addDescription(d.head, d.name, d.modifiers);
      for (const m of sentence.text.matchAll(PLACE)) book.addPlace(m[1]!);
      for (const a of authorsIn(sentence.text)) book.addDocumentAuthor(a.kind, a.name);
      for (const d of acronymDefinitions(sentence.text, used)) book.addAcronym(d.acronym, d.name, d.defined);
      // Each pattern holds a word of its own; a sentence without that word is not searched (the searches' cost was most of collecting names).
      const text = sentence.text;
      if (HAS_ORGANISATION_USE.test(text)) for (const m of text.matchAll(ORGANISATION_USE)) book.addOrganisationWord(m[1]!);
      if (HAS_SUFFIX.test(text)) for (const m of text.matchAll(COMPANY)) book.addCompany(m[1]!);
      if (HAS_HONORIFIC.test(text)) for (const m of text.matchAll(HONORIFIC)) book.addPronoun(m[3] && !isCalendarName(m[3]) ? `${m[2]} ${m[3]}` : m[2]!, /^mr$/i.test(m[1]!) ? 'he' : 'she');
      if (HAS_TITLE.test(text)) for (const m of text.matchAll(TITLED)) book.addTitle(m[1]!.replace(/^(?:The|A|An|Former|Then)\s+/u, ''), m[2]!.replace(/['’]s$/, ''));
      if (HAS_GENDERED_ROLE.test(text)) for (const m of text.matchAll(GENDERED_ROLE)) book.addPronoun(m[2]!, FEMININE.test(m[1]!) ? 'she' : 'he');
      // "Tom Reyes had flown home after his wife called": the possessive of a sentence's opening name is theirs.
      const own = /\b(?:his|her)\b/.test(text) ? subjectPossessive(text) : undefined;
      if (own) book.addPronoun(own.name, own.pronoun);
      const opening = onlyPersonBefore ? openingPronoun(text, onlyPersonBefore) : undefined;
      if (opening) book.addPronoun(onlyPersonBefore!, opening);
      for (const m of sentence.text.matchAll(FULL_NAME)) {
        let words = m[1]!.split(/\s+/);
        // "Two Tall Towers", "Three Blind Mice": a title that opens with a number is no one's name.
        if (NUMBER_WORD.test(words[0]!)) continue;
        // "on an August Tarrow day", "a Porto Harbour fan": capitalised words between "a"/"an" and a
        // lower-case noun modify that noun; they name no one.
        if (/(?<![\p{L}])(?:a|an)\s+$/iu.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^\s+\p{Ll}/u.test(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 3))) continue;
        // "the film Quiet Orchard", “Goodbye Rosalind”: a work's title names no one.
        if (isWorkTitle(text, m.index, m.index + m[1]!.length)) continue;
        // "Whether Lima ...", "Although Reyes ...": a capitalised function word opening the sentence is no given name.
        if (m.index === 0 && !isNameTag(sentence, words[0]!)) words = words.slice(1);
        // "Deputy Mayor Ana Lima": the name is what follows the last role word.
        const lastRole = words.map((w) => isRoleWord(w)).lastIndexOf(true);
        if (lastRole >= 0) words = words.slice(lastRole + 1);
        // "the North's Harbour Gazette": whose it is comes before the name; "Ana Lima's car": the name is without the 's.
        const possessive = words.slice(0, -1).findLastIndex((w) => /['’]s$|s['’]$/.test(w));
        if (possessive >= 0) words = words.slice(possessive + 1);
        if (words.length) words[words.length - 1] = words[words.length - 1]!.replace(/['’]s$/, '');
        while (words.length && (NOT_NAME_START.test(words[0]!) || QUANTIFIER.test(words[0]!) || INTERJECTION.test(words[0]!) || FUNCTION_WORD.test(words[0]!))) words.shift();
        // "Norbank Co", "Tarrow Ltd": a company's suffix ends no person's name (else "Norbank" would
        // resolve to a person named "Norbank Co", and the company could not be found).
        // "Harbour Department", "Tarrow University": an organisation's head word ends no person's name.
        if (words.length && (COMPANY_SUFFIX_WORD.test(words[words.length - 1]!) || ORGANISATION_HEADS.test(words[words.length - 1]!) || PLACE_HEADS.test(words[words.length - 1]!))) continue;
        // "Actor Tom Reyes", "Frail Ana Lima": a common word capitalised before a full name is no given name.
        while (words.length > 2 && lowerCase.isCommon(words[0]!)) words.shift();
        // "Coastal Storm Codes", written "coastal storm codes" elsewhere: common words capitalised, not a name.
        if (words.length >= 2 && lowerCase.allCommon(words)) continue;
        // "Okafor Talks Fishing", "Tarrow View Slideshow": a name and then common words is a headline, not a longer name.
        if (words.length >= 3 && lowerCase.allCommon(words.slice(1))) continue;
        if (words.length >= 2) { runs.push(words); namedHere.push(words.join(' ')); }
      }
      onlyPersonBefore = namesOnlyOnePerson(text, namedHere);
    }
  }
  // "Marlow Tom Reyes": a place the articles name ("in Marlow") before a full name is where, not who.
  for (const words of runs) book.add((words.length >= 3 && book.isPlace(words[0]!) ? words.slice(1) : words).join(' '));
  // "UNHCR" written ten times to one "United Nations High Commissioner for Refugees": the abbreviation is the
  // event's usual name for that speaker; "DOH" once after "the state Department of Health": the name is.
  const counted = new Map<string, number>();
  const times = (words: string): number => counted.get(words) ?? counted.set(words, timesWritten(all(), words)).get(words)!;
  for (const [acronym, spelt] of book.acronymNames()) {
    if (times(acronym) > Math.max(...spelt.map(times))) book.keepAcronym(acronym);
  }
  return book;
}

/**
 * How often `words` stand in `text` as whole words (no letter just before or after), counted as a
 * regular expression's successive matches are: leftmost first, the next looked for after it. With
 * indexOf rather than a pattern built per name: a many-article event has hundreds of abbreviations
 * and names to count, each over the whole event's text.
 */
export function timesWritten(text: string, words: string, atMost = Infinity): number {
  if (!words) return 0;
  let count = 0;
  for (let at = text.indexOf(words); at >= 0 && count < atMost;) {
    const end = at + words.length;
    if (!LETTER_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !LETTER_AFTER.test(text.slice(end, end + 2))) {
      count++;
      at = text.indexOf(words, end);
    } else {
      at = text.indexOf(words, at + 1);
    }
  }
  return count;
}
const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;

/** Whether the tagger read the sentence's first word as part of a name (a proper noun, or a noun or adjective). */
function isNameTag(sentence: Sentence, word: string): boolean {
  const first = sentenceTokens(sentence)[0];
  return !first || first.text !== word || /^(PROPN|NOUN|ADJ|X)$/.test(first.pos);
}
