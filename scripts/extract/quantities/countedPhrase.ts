/**
 * What a figure counts: the noun phrase right after it, read from part-of-speech tags ("about
 * 4,200 city-based nurses on standby" counts nurses; "a 14-page report" counts pages).
 * extractQuantities.ts asks here first, then the frame around a bare figure (impliedNouns.ts).
 */
import type { NumberMention } from './numbers.ts';
import type { Token } from '../../segment/tokens.ts';
import { CALENDAR_NAMES } from '../../text/calendar.ts';
import { pluralOf } from './impliedNouns.ts';

/** Prepositions whose phrase still says what is counted ("nurses on standby", "people on board", "workers in Ohio"). */
const PHRASE_PREPOSITIONS = new Set(['on', 'in', 'at', 'under', 'aboard', 'from', 'to', 'inside', 'across', 'near', 'into']);
/** Nouns that measure rather than count ("5,000 of them", "a third of", "percent of"). */
const NOT_HEADS = new Set(['percent', 'per', 'cent', 'times', 'them', 'those', 'these', 'more', 'others', 'other']);

export interface CountedPhrase {
  text: string;
  /** Lemma of the head noun ("troop"), for alignment. */
  head: string;
  /** The head noun as written, lower-cased ("workers"): the claim's unit. */
  unit: string;
}

/** The noun phrase right after a figure: modifiers, head noun, and one prepositional phrase. */
export function countedPhrase(tokens: Token[], figure: NumberMention, text: string): CountedPhrase | undefined {
  // "a 14-page report", "a two-hour flight": the figure counts the noun it is joined to.
  const joined = /^-([a-z]+)\b(?!-)/.exec(text.slice(figure.end));
  // "a six-figure salary": the figure counts the digits of a sum, nothing the sentence names.
  if (joined?.[1] === 'figure') return undefined;
  // "a .38-caliber revolver", "a 12-gauge shotgun": the bore's size names the gun's kind, and counts nothing.
  if (joined && /^(?:caliber|calibre|gauge)$/.test(joined[1]!)) return undefined;
  if (joined && !MEASURE_ADJECTIVES.has(joined[1]!)) {
    const word = joined[1]!;
    // "a two-pronged attack", "a three-legged stool": an adjective made of the figure counts nothing the sentence names.
    // ("a 3,830-bed hospital" still counts beds: short words ending in -ed are nouns.)
    if (word.length >= 6 && /ed$/.test(word) && word !== 'hundred') return undefined;
    // "an 18-wheeler until", "fed 3-nitrooxypropanol (3NOP) to": a singular compound with no noun after it
    // is itself the noun, one thing (a truck, a compound), not a count of wheelers. "a 14-page report"
    // and "two 3-pointers" still count pages and pointers.
    if (!word.endsWith('s') && !continuesNounPhrase(tokens.find((t) => t.start >= figure.end + joined[0].length))) return undefined;
    // "a 58-story tower" counts stories: the English plural, not the word and an s.
    const plural = word.endsWith('s') ? word : pluralOf(word);
    return { text: plural, head: word, unit: plural };
  }
  let i = tokens.findIndex((t) => t.start >= figure.end);
  if (i < 0) return undefined;
  // "five out of 29 member countries": "out of" before a whole is "of" (ratioShare.ts takes a rate's small whole first).
  if (tokens[i]?.lemma === 'out' && tokens[i + 1]?.lemma === 'of' && tokens[i + 2]?.pos === 'NUM') i++;
  // "300 of the workers", "$250 million of flood relief", "three of the 12 sailors" (the whole's figure is its own mention)
  if (tokens[i]?.lemma === 'of') {
    i++;
    while (tokens[i] && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'PRON' && /^(their|its|his|her|our)$/i.test(tokens[i]!.text))) i++;
    // "10 of the first 15 states": an ordinal before the whole's figure.
    const ordinal = tokens[i - 1]?.pos === 'DET' && ORDINAL_ADJECTIVES.test(tokens[i]?.text ?? '') && tokens[i + 1]?.pos === 'NUM' ? 1 : 0;
    // "12 of 13 counts", "four of five judges": the whole's figure right after "of", before its plural noun.
    // ("five of 29 member countries", "two of 29 alliance states": one modifier may stand before the plural.)
    // ("three of four Ohioans": a plural name of people is a plural too.)
    const bareWhole = tokens[i - 1]?.lemma === 'of' && tokens[i]?.pos === 'NUM' && ((/^(?:NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '') && (isPlural(tokens[i + 1]!) || isPluralName(tokens[i + 1]!))) || (/^(?:NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? '') && tokens[i + 2]?.pos === 'NOUN' && isPlural(tokens[i + 2]!)));
    if (tokens[i + ordinal]?.pos === 'NUM' && tokens[i + ordinal - 1]?.pos !== 'NUM' && (ordinal || tokens[i - 1]?.pos === 'DET' || bareWhole)) i += ordinal + 1;
    // "1,500 of the town's residents": the whole belongs to someone; what is counted follows the possessive.
    const owner = possessiveEnd(tokens, i);
    // ("87 million of the world's 671 million obese people": the whole's own figure after the owner is its own mention.)
    if (owner > i) for (i = owner; tokens[i]?.pos === 'NUM'; ) i++;
  }
  // "800 or so cases": a hedge after the figure; "Six (7%) patients": the share in brackets, as reports give it.
  // ("five or fewer plants", "two or more deviations": a bound after the figure, as "or so" is a hedge.)
  if (tokens[i]?.lemma === 'or' && /^(?:so|more|fewer|less)$/i.test(tokens[i + 1]?.text ?? '')) i += 2;
  if (tokens[i]?.text === '(' && tokens[i + 1]?.pos === 'NUM' && /^(?:%|percent)$/i.test(tokens[i + 2]?.text ?? '') && tokens[i + 3]?.text === ')') i += 4;
  // 'three "near misses"', 'two "ghost guns"', "five 'deep sea' Roman ships": a counted noun phrase, or its
  // first modifiers, in quotation marks as the source wrote it.
  // ("get 222 [Electoral College votes]": an editor's square brackets supply the noun a quoted speaker left out.)
  const quoted = (/^["“'‘]$/.test(tokens[i]?.text ?? '') && tokens.slice(i + 2, i + 5).some((t) => /^["”'’]$/.test(t.text))) || (tokens[i]?.text === '[' && tokens.slice(i + 2, i + 6).some((t) => t.text === ']'));
  if (quoted) i++;
  let closeQuote = quoted;
  const first = i;
  let headIndex = -1;
  // "three near misses", "one near miss": "near" before a lower-case noun is part of it (as "near the border" after a figure is not).
  const nearNoun = tokens[i]?.lemma === 'near' ? tokens[i + 1] : undefined;
  if (nearNoun && /^(?:NOUN|VERB)$/.test(nearNoun.pos) && /^\p{Ll}+$/u.test(nearNoun.text) && (figure.value === 1 ? nearNoun.text === nearNoun.lemma : /[^s]s$/.test(nearNoun.text) && nearNoun.lemma !== nearNoun.text)) headIndex = i + 1;
  for (i = headIndex < 0 ? i : tokens.length; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (closeQuote && /^["”'’\]]$/.test(t.text)) {
      closeQuote = false;
      continue;
    }
    // "40 million credit- and debit-card accounts", "400 full- and part-time staff": a compound's first part left hanging
    // on its hyphen before "and"/"or" shares the second part's ending; the words up to the conjunction modify the head.
    if (headIndex < 0 && /^(?:NOUN|ADJ|PROPN|NUM)$/.test(t.pos) && /^[\p{L}\d]+$/u.test(t.text) && tokens[i + 1]?.text === '-' && tokens[i + 1]!.start === t.end && /^(?:and|or)$/i.test(tokens[i + 2]?.text ?? '') && /^(?:NOUN|ADJ|NUM)$/.test(tokens[i + 3]?.pos ?? '')) {
      i += 2;
      continue;
    }
    // "nine Cook County stores", "100 Occupy City marchers": a name of up to three capitalised words, whatever wink
    // tagged them, before a lower-case plural modifies it.
    if (headIndex < 0 && /^\p{Lu}/u.test(t.text)) {
      let j = i;
      // ("11 News reporters", "two Sports writers": a name that ends in a plural is a name of its own.)
      while (j < i + 3 && /^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[j]?.text ?? '') && /^(?:NOUN|PROPN|VERB|ADJ)$/.test(tokens[j]!.pos) && !/[^aeiosu]s$/.test(tokens[j]!.text)) j++;
      const next = tokens[j];
      if (next && next.pos === 'NOUN' && /^\p{Ll}+$/u.test(next.text) && isPlural(next)) {
        i = j - 1;
        continue;
      }
    }
    // "close to 50,000 likes", "800 or so cases have", "four counts of fraud", "30 carries for": right after a figure above one,
    // a word wink read as a verb in -s is a plural noun (a verb after a plural subject takes no -s).
    if (i === first && figure.value !== 1 && t.pos === 'VERB' && /\p{Ll}s$/u.test(t.text) && !/ss$/.test(t.text) && t.text.toLowerCase() !== t.lemma && !COMMON_VERBS.has(t.lemma) && /^(?:AUX|PUNCT|CCONJ|ADP)?$/.test(tokens[i + 1]?.pos ?? '')) {
      headIndex = i;
      break;
    }
    // ("12 million Americans lack access": a plural name before a lower-case singular, above one, is the head too.)
    const verbAfterName = figure.value !== 1 && figure.kind === 'count' && isPluralName(t) && tokens[i + 1]?.pos === 'NOUN' && /^\p{Ll}+$/u.test(tokens[i + 1]!.text) && !isPlural(tokens[i + 1]!) && !(tokens[i + 2]?.pos === 'NOUN' && isPlural(tokens[i + 2]!));
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && /s$/.test(t.text) && headIndex < 0 && (isNextNotNoun(tokens, i) || verbAfterName))) {
      if (NOT_HEADS.has(t.lemma)) break;
      // "18,000 vehicles use the bridge", "1,000 employees work at", "20 nations meeting in": after a plural
      // head, a singular noun followed by a determiner or preposition, or ending in -ing, is a verb wink mistook.
      // ("12 million rural Americans lack access": above one, a lower-case singular after the plural head is its verb, unless
      // a plural follows it, "two sports car makers": a compound's first nouns are singular, "three fire trucks".)
      if (headIndex >= 0 && (isPlural(tokens[headIndex]!) || isPluralName(tokens[headIndex]!)) && !isPlural(t) && (/^(DET|PRON|ADP|PART)$/.test(tokens[i + 1]?.pos ?? '') || /ing$/.test(t.text) || (figure.value !== 1 && figure.kind === 'count' && /^\p{Ll}+$/u.test(t.text) && !(tokens[i + 1]?.pos === 'NOUN' && isPlural(tokens[i + 1]!))))) break;
      headIndex = i;
      continue;
    }
    if (headIndex < 0 && (t.pos === 'ADJ' || t.pos === 'PROPN')) continue; // modifiers: "Swedish", "Porto-based"
    // "two complete, signed letters", "32 public or private hearings": a comma, "and" or "or" between two modifiers of one plural head.
    // ("two large, battleground states": after a comma, a lower-case singular noun before the plural modifies it too.)
    if (headIndex < 0 && (t.text === ',' || (t.pos === 'CCONJ' && /^(?:and|or)$/i.test(t.text))) && i > first && tokens[i - 1]!.pos === 'ADJ' && (tokens[i + 1]?.pos === 'ADJ' || (tokens[i + 1]?.pos === 'VERB' && /\p{Ll}ed$/u.test(tokens[i + 1]!.text)) || (t.text === ',' && tokens[i + 1]?.pos === 'NOUN' && /^\p{Ll}+$/u.test(tokens[i + 1]!.text) && !isPlural(tokens[i + 1]!))) && tokens[i + 2]?.pos === 'NOUN' && isPlural(tokens[i + 2]!)) continue;
    // "two 16-year-old boys", "two 2,000-pound bombs": a hyphened figure before the noun (an age, a size) is one more modifier;
    // so is one joined to a participle ("1,200 two-handled clay jars").
    if (headIndex < 0 && t.pos === 'NUM' && tokens[i + 1]?.text === '-' && (/^(?:ADJ|NOUN)$/.test(tokens[i + 2]?.pos ?? '') || (tokens[i + 2]?.pos === 'VERB' && /\p{Ll}ed$/u.test(tokens[i + 2]!.text))) && /^(?:NOUN|ADJ)$/.test(tokens[i + 3]?.pos ?? '')) {
      i += 2;
      continue;
    }
    // "five misdemeanor counts", "three felony charges": after a singular noun right after the figure (which,
    // counted, would be written in the plural), a word in -s that wink read as a verb is the plural head; a verb
    // after a plural subject takes no -s. ("The 180 page coffee-table book comes with": the head is further on.)
    // ("three third-degree felony counts": after two such singulars, likewise.)
    if (headIndex >= first && headIndex === i - 1 && i <= first + 2 && tokens.slice(first, i).every((x) => x.pos === 'NOUN' && !isPlural(x)) && figure.value !== 1 && t.pos === 'VERB' && !isPlural(tokens[headIndex]!) && /^\p{Ll}/u.test(tokens[headIndex]!.text) && /\p{Ll}s$/u.test(t.text) && !/ss$/.test(t.text) && t.text.toLowerCase() !== t.lemma && /^(?:ADP|PUNCT|CCONJ)?$/.test(tokens[i + 1]?.pos ?? '')) {
      headIndex = i;
      break;
    }
    // "33 million mostly uninsured Americans": an adverb that modifies the modifier after it.
    // "the two most populous cities", "three less costly options": a degree word before the modifier, likewise.
    if (headIndex < 0 && t.pos === 'ADV' && (/ly$/i.test(t.text) || /^(?:most|least|more|less|very)$/i.test(t.text)) && tokens[i + 1]?.pos === 'ADJ') continue;
    // "two prior convictions", "seven prior Congressional inquiries": right after the figure, a word wink read as an
    // adverb before a noun or a name is an adjective (adverbs do not modify nouns).
    if (headIndex < 0 && i === first && t.pos === 'ADV' && /^\p{Ll}+$/u.test(t.text) && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? '') && (tokens[i + 1]!.pos !== 'NOUN' || isPlural(tokens[i + 1]!))) continue;
    // "850 vending machines", "the 35 missing people", "40 remaining seats": right after the figure, a word in -ing
    // before a noun modifies it.
    if (headIndex < 0 && i === first && t.pos === 'VERB' && /\p{Ll}ing$/u.test(t.text) && tokens[i + 1]?.pos === 'NOUN') continue;
    // "5,000 displaced residents", "12 injured workers": a participle wink tags as a verb, modifying the noun after it.
    // Irregular participles too: "three broken bones", "two stolen cars" (the word is not its lemma).
    if (headIndex < 0 && t.pos === 'VERB' && (/ed$/i.test(t.text) || (IRREGULAR_PARTICIPLE.test(t.text) && t.text.toLowerCase() !== t.lemma)) && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? '')) continue;
    // "40 Boeing 737 jets": a model number inside a name that modifies the counted noun.
    if (headIndex < 0 && t.pos === 'NUM' && tokens[i - 1]?.pos === 'PROPN' && i > first && /^(?:NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '')) continue;
    // "three workplace active shooting attacks": after a lower-case singular noun that cannot be the
    // head of a figure above one, an adjective may still lead on to the plural head.
    // ("five deep sea Roman ships": a name that modifies the head likewise.)
    // ("Three use old methods", "Two offer cheap rates": a common verb's bare form after the figure is its verb, and
    // what follows is its object; the figure counts a noun named before.)
    if ((t.pos === 'ADJ' || (t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text))) && figure.value !== 1 && !isPlural(tokens[headIndex]!) && /^\p{Ll}/u.test(tokens[headIndex]!.text) && !VERB_FIRST_NOUNS.has(tokens[headIndex]!.text) && tokens[i + 1]?.pos === 'NOUN') continue;
    // "65 Republican defense and foreign policy experts": a singular noun joined by "and"/"or" to more
    // modifiers of the same plural head (only when the head is still to come: "two cars and three" stops at "cars").
    if (t.pos === 'CCONJ' && figure.value !== 1 && headIndex >= 0 && !isPlural(tokens[headIndex]!) && /^\p{Ll}/u.test(tokens[headIndex]!.text) && pluralHeadAhead(tokens, i + 1)) continue;
    break;
  }
  if (headIndex < 0) return undefined;
  // "four counts felony conspiracy": a run of nouns that ends in a singular after a plural counts the plural
  // (an English compound's first nouns are singular: "three fire trucks").
  if (figure.value !== 1 && figure.kind === 'count' && !isPlural(tokens[headIndex]!)) {
    for (let j = first; j < headIndex; j++) {
      if (tokens[j]!.pos === 'NOUN' && isPlural(tokens[j]!) && /^\p{Ll}+$/u.test(tokens[j]!.text) && tokens.slice(j + 1, headIndex + 1).every((t) => t.pos === 'NOUN' && !isPlural(t))) {
        headIndex = j;
        break;
      }
    }
  }
  let end = tokens[headIndex]!.end;
  const prep = tokens[headIndex + 1];
  // "12 wounded on Wednesday", "3 tickets in the past year": a time says when, not what is counted.
  if (prep && prep.pos === 'ADP' && PHRASE_PREPOSITIONS.has(prep.lemma) && !isTimePhrase(tokens, headIndex + 2)) {
    let j = headIndex + 2;
    let lastNoun = -1;
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.pos === 'NOUN' || t.pos === 'PROPN') { lastNoun = j; continue; }
      // "on higher alert": wink tags "alert" as an adjective; a phrase may end on one.
      if (t.pos === 'ADJ' && (tokens[j + 1]?.pos !== 'NOUN' && tokens[j + 1]?.pos !== 'PROPN')) { lastNoun = j; continue; }
      if (t.pos === 'DET' || t.pos === 'ADJ') continue;
      if (t.pos === 'PART' && /^['’]s$/.test(t.text) && lastNoun === j - 1) continue; // "the city's border"
      // "Ohio and Kentucky": coordinated names stay in the phrase.
      if (t.pos === 'CCONJ' && lastNoun >= 0 && tokens[j + 1]?.pos === 'PROPN') continue;
      break;
    }
    if (lastNoun >= 0) end = tokens[lastNoun]!.end;
  }
  if (quoted && end === tokens[headIndex]!.end && /^["”'’\]]$/.test(tokens[headIndex + 1]?.text ?? '')) end = tokens[headIndex + 1]!.end;
  const head = tokens[headIndex]!;
  // "the 5000 block of Elm Road" is an address.
  if (head.lemma === 'block' && tokens[headIndex + 1]?.lemma === 'of') return undefined;
  // More than one of something is written in the plural: "18 show", "two know", "9 network" are mis-read heads.
  // A plural proper noun ("33 million Americans", "2,000 Iraqis") is its own lemma in wink's tags: its -s says it.
  if (figure.value !== 1 && figure.kind === 'count' && !isPlural(head) && !INVARIANT_PLURALS.has(head.text.toLowerCase()) && !isPluralName(head)) return undefined;
  // One of something is written in the singular: "only one remains", "the squeal one makes" have a verb in -s after "one".
  if (figure.value === 1 && figure.kind === 'count' && headIndex === first && /^\p{Ll}+[^s]s$/u.test(head.text) && isPlural(head)) return undefined;
  // "five staff members", "two crew members": "members" alone does not say of what.
  const group = tokens[headIndex - 1];
  const unit = head.lemma === 'member' && headIndex > first && group?.pos === 'NOUN' ? `${group.text.toLowerCase()} ${head.text.toLowerCase()}` : head.text.toLowerCase();
  return { text: text.slice(tokens[quoted ? first - 1 : first]!.start, end), head: head.lemma, unit };
}

/** Verbs common enough to follow a figure as its verb ("The path to 270 goes through ..."), never read as its noun. */
const COMMON_VERBS: ReadonlySet<string> = new Set(['go', 'come', 'mean', 'seem', 'say', 'make', 'take', 'get', 'give', 'look', 'become', 'remain', 'stand', 'need', 'want', 'show', 'put', 'keep']);

/**
 * Common verbs whose bare form is also a noun, which wink may tag as one right after a figure that is a
 * subject ("Three use ...", "Two face ..."): as verbs they lead to an object, not to a plural head.
 */
export const VERB_FIRST_NOUNS: ReadonlySet<string> = new Set([...COMMON_VERBS, 'use', 'offer', 'face', 'hold', 'lead', 'run', 'cover', 'support', 'report', 'claim', 'control', 'plan', 'fear', 'hope', 'have', 'win', 'lose', 'own', 'draw', 'serve', 'list']);

/** Ordinals and their kin between "of the" and the whole's figure ("the first 15 states", "the remaining four"). */
const ORDINAL_ADJECTIVES = /^(?:first|last|top|next|remaining|original|other)$/i;
/** Endings of English irregular past participles ("broken", "stolen", "drawn", "sworn", "built", "kept"). */
const IRREGULAR_PARTICIPLE = /(?:en|wn|rn|lt|pt)$/i;

/**
 * Where the counted noun starts after a possessive ("the town's residents", "the company's
 * 300 workers" -> residents, workers): the index after "'s" when tokens[at] opens a run of nouns
 * ending in one, else `at`.
 */
function possessiveEnd(tokens: readonly Token[], at: number): number {
  let j = at;
  while (tokens[j] && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'ADJ')) j++;
  return j > at && tokens[j]?.pos === 'PART' && /^['’]s?$/.test(tokens[j]!.text) ? j + 1 : at;
}

/** Whether a plural noun comes within a few modifiers from tokens[at] ("foreign policy experts"). */
function pluralHeadAhead(tokens: readonly Token[], at: number): boolean {
  for (let j = at; j < at + 4 && tokens[j]; j++) {
    const t = tokens[j]!;
    if (t.pos === 'NOUN' && isPlural(t)) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  }
  return false;
}

const TIME_NOUNS = new RegExp(`^(?:${CALENDAR_NAMES}|morning|afternoon|evening|night|day|days|week|weeks|weekend|month|months|year|years|hour|hours|decade|season|summer|winter|spring|autumn|time|period)$`, 'i');

/** Whether the phrase from tokens[at] ("the past year", "Wednesday afternoon", "2019") names a time. */
function isTimePhrase(tokens: Token[], at: number): boolean {
  let i = at;
  // "the past year", "the same period": modifiers before the time.
  while (tokens[i] && (tokens[i]!.pos === 'DET' || /^(?:past|first|last|next|same|early|late|previous|coming)$/i.test(tokens[i]!.text))) i++;
  const t = tokens[i];
  return !!t && (TIME_NOUNS.test(t.text) || /^(?:1[89]|20)\d\d$/.test(t.text));
}

/** "150-strong", "6-foot-tall", "49-percent": the joined word describes the figure, it is not counted. */
const MEASURE_ADJECTIVES = new Set(['strong', 'long', 'wide', 'high', 'deep', 'tall', 'thick', 'old', 'odd', 'plus', 'fold', 'percent', 'per', 'year', 'time']);

/**
 * Whether the noun phrase a compound opened may go on after it ("a 14-page report": "report"): not at
 * the sentence's end, a bracket or a stop, a preposition or a conjunction ("an 18-wheeler until",
 * "3-X (3X) to"). A comma or a quotation mark may stand inside the phrase ("a two-lane, color-coded
 * process", "a 14-page "analysis""), and a word the tagger calls a verb may be the noun ("a 10-page will").
 */
function continuesNounPhrase(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.pos === 'PUNCT') return !/^[.;:!?()[\]]$/.test(token.text);
  return !/^(?:ADP|CCONJ|SCONJ|PART)$/.test(token.pos);
}

/** Nouns whose plural is the singular: "two aircraft", "300 sheep". */
const INVARIANT_PLURALS = new Set(['headquarters', 'barracks', 'subspecies', 'aircraft', 'spacecraft', 'deer', 'sheep', 'fish', 'series', 'species', 'offspring', 'swine', 'moose', 'bison', 'salmon', 'trout', 'head', 'dozen', 'wounded', 'injured', 'dead', 'missing']);

/** Plural nouns that do not end in -s. */
const IRREGULAR_PLURALS = new Set(['people', 'police', 'children', 'men', 'women', 'staff', 'personnel', 'cattle', 'crew', 'feet', 'teeth', 'mice', 'geese',
  // Latin and Greek plurals: "26 vertebrae", "three larvae", "40 alumni".
  'vertebrae', 'larvae', 'antennae', 'alumni', 'fungi', 'nuclei', 'cacti', 'bacteria', 'criteria', 'phenomena', 'oxen']);

function isPlural(t: Token): boolean {
  const word = t.text.toLowerCase();
  // ("45 flybys", "10 airbags": a noun wink does not know keeps its -s as its lemma; endings of singulars in -s
  // such as "gas", "bus", "news", "physics" are no plural.)
  // ("two other crewmen", "three firemen": a compound in -men is the plural of its -man.)
  return IRREGULAR_PLURALS.has(word) || (word !== t.lemma && /s$/.test(word)) || (/\p{Ll}men$/u.test(word) && t.lemma === `${word.slice(0, -3)}man`) || (t.pos === 'NOUN' && word === t.lemma && /\p{Ll}{3}s$/u.test(word) && !/(?:ss|us|is|os|as|ics|ws|lens)$/.test(word));
}

/**
 * "Americans", "Democrats", "Iraqis", "Turks": a proper noun with the endings of peoples and
 * groups. Other capitalised plurals after a figure are mostly names and titles ("495 Productions",
 * "Five Questions", "11 News", "22 Shipwrecks Found ..."), so only these endings count.
 */
function isPluralName(t: Token): boolean {
  // "Japanese-Americans", "African-Americans": the last part of a hyphened name says it.
  const last = t.text.slice(t.text.lastIndexOf('-') + 1);
  return t.pos === 'PROPN' && (/^\p{Lu}\p{Ll}+(?:ans|ese|[lnqdt]is|ites|os|ats|ims|abs|urds|ers|ines|ks|ots)$/u.test(last) || t.text === 'Jews');
}

/** A plural proper noun ("Americans") counts as a head only when no noun follows it. */
function isNextNotNoun(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN');
}
