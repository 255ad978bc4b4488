/**
 * Who speaks: the noun phrase that is the subject of a reporting verb, found from part-of-speech
 * tags around the verb ("Tom Reyes, the fire chief, said", "..., said Okafor", "Lima declined to
 * name them, saying ..."). The phrase is cut out of the sentence here; speakers/speakerPhrase.ts
 * reads it into a name and a role.
 */
import type { Token } from '../../segment/tokens.ts';
import { readSpeakerPhrase, type SpeakerPhrase } from '../speakers/speakerPhrase.ts';
import { isNounPhraseWord, joinsPeople, nounPhraseStart } from './nounPhrase.ts';
import { isPrepositionObject, qualifiedSubject } from './qualifiedSubject.ts';
import { looseAppositive } from './looseAppositive.ts';
import { appositiveName } from './appositiveName.ts';
import { describedBeforeName, GO_BETWEEN } from './describedBeforeName.ts';
import { isTimeWord, PART_OF } from './subjectWords.ts';
import { isPersonNoun } from '../speakers/descriptions.ts';
import { isCalendarName } from '../../text/calendar.ts';

/** The noun phrase that opens the sentence, up to its first verb: "About 20 members rallied ...". */
export function sentenceSubject(tokens: Token[], before: number, text: string): { speaker: SpeakerPhrase; first: number } | undefined {
  // "When the mayor left, they ..., confirming ...": a sentence that opens with a subordinate clause
  // has its subject after that clause, not in it.
  if (SUBORDINATOR.test(tokens[0]?.text ?? '')) return undefined;
  let end = 0;
  // "Console lead architect Tom Reyes talked ...": a verb form that modifies the role's noun is no verb here.
  const modifier = (t: Token, next: Token | undefined): boolean => t.pos === 'VERB' && MODIFYING_FORMS.test(t.text) && /^(?:NOUN|PROPN)$/.test(next?.pos ?? '');
  while (end < before && end < 10 && (tokens[end]!.pos !== 'VERB' || modifier(tokens[end]!, tokens[end + 1])) && tokens[end]!.pos !== 'AUX' && tokens[end]!.pos !== 'PUNCT') end++;
  // "Ana Lima, spokeswoman for the port, declined to comment but said ...": a name, then who they
  // are between commas, then the verb.
  const named = appositiveName(tokens, end, before, text);
  if (named) return { speaker: named, first: before };
  if (end === 0 || !/^(VERB|AUX)$/.test(tokens[end]?.pos ?? '')) return undefined;
  // "Officials on Friday suspended ...": the subject ends before its circumstances; "About 20
  // members rallied": an approximation opens the subject, not a circumstance.
  let last = tokens[0]!.pos === 'ADP' && tokens[1]?.pos === 'NUM' ? 1 : 0;
  while (last < end && tokens[last]!.pos !== 'ADP' && !isTimeWord(tokens[last])) last++;
  if (last === 0) return undefined;
  const speaker = readSpeakerPhrase(tokens.slice(0, last), text, true);
  return speaker ? { speaker, first: before } : undefined;
}

/** Words that open a subordinate clause. */
const SUBORDINATOR = /^(?:when|whenever|if|after|before|while|whilst|as|since|because|although|though|once|until|unless|whether)$/i;

/** Walks back from the verb over time words and adverbs to the subject noun phrase; `first` is its first token. */
export function subjectBefore(tokens: Token[], verbIndex: number, text: string, anyNoun = false): { speaker: SpeakerPhrase; first: number } | undefined {
  let j = verbIndex - 1;
  // "Rep. Ana Lima (D-Norland) said": the party and state in brackets are no part of the name.
  if (tokens[j]?.text === ')') {
    let open = j - 1;
    while (open > 0 && j - open < 8 && tokens[open]!.text !== '(') open--;
    if (tokens[open]?.text === '(') j = open - 1;
  }
  // "Ana Lima, 67, said", "Ana Lima, of Porto, 67, said": an age or a home town between commas is
  // no part of the subject.
  let skipped = false;
  for (let n = 0; n < 2 && tokens[j]?.text === ','; n++) {
    if (tokens[j - 1]?.pos === 'NUM' && tokens[j - 2]?.text === ',') { j -= 2; skipped = true; continue; }
    let k = j - 1;
    while (k >= 0 && tokens[k]!.pos === 'PROPN') k--;
    if (k < j - 1 && tokens[k]?.lemma === 'of' && tokens[k - 1]?.text === ',') { j = k - 1; skipped = true; continue; }
    break;
  }
  if (skipped) j--;
  // "Okafor has continued to say", "Lima repeatedly sought to assure": the speaker is the subject of the helper verb.
  if (tokens[j]?.lemma === 'to' && /^(continue|seek|try|repeat|keep)$/.test(tokens[j - 1]?.lemma ?? '')) j -= 2;
  // "Okafor on Wednesday confirmed", "Reyes has also said", "Lima had said"
  while (j >= 0 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART' && tokens[j]!.lemma !== "'s" || isTimeWord(tokens[j]!) || (tokens[j]!.lemma === 'on' && isTimeWord(tokens[j + 1])))) j--;
  // "Reyes, however, told me": an adverb set off by commas is no part of the subject.
  if (tokens[j]?.text === ',' && tokens[j - 1]?.pos === 'ADV' && tokens[j - 2]?.text === ',' && j >= 3) j -= 3;
  // "... confirmed by spokeswoman Amara Okafor, who said the moves were temporary": "who" is the name before it.
  if (/^who$/i.test(tokens[j]?.text ?? '') && tokens[j - 1]?.text === ',') {
    const nameEnd = j - 2;
    let n = nameEnd;
    while (n >= 0 && isNounPhraseWord(tokens[n]!) && tokens[n]!.pos !== 'DET') n--;
    const named = n < nameEnd ? readSpeakerPhrase(tokens.slice(n + 1, nameEnd + 1), text) : undefined;
    return named?.name ? { speaker: named, first: verbIndex } : undefined;
  }
  if (tokens[j]?.text === ',') {
    // "rescue official Supriyadi, who like many uses one name, said": the subject is before the relative clause.
    // Not before a participle ("..., also alleging"), nor before an inverted speaker ("..., says Norland Radio").
    let after = verbIndex + 1;
    while (tokens[after]?.pos === 'PROPN') after++;
    const inverted = after > verbIndex + 1 && (!tokens[after] || /^[,.;]$/.test(tokens[after]!.text));
    const finite = !/ing$/.test(tokens[verbIndex]!.text) && !inverted;
    const relative = relativeClauseComma(tokens, j, finite);
    if (relative !== undefined) j = relative - 1;
    else {
      // Appositive: "Tom Reyes, the fire chief, stated" -> name before the commas, role between.
      const roleEnd = j - 1;
      let k = roleEnd;
      while (k >= 0 && isRoleWord(tokens[k]!, tokens[k + 1])) k--;
      if (k === roleEnd || tokens[k]?.text !== ',') return looseAppositive(tokens, j, text);
      // "Ana Lima, a former reporter, party strategist and Norbank supporter, said": a list of roles
      // between the name and the verb; walk back over up to two more of them to the name.
      // Not when that last part is itself the name ("a Transport Ministry spokesman, Tom Reyes, said").
      const lastIsName = tokens.slice(k + 1, roleEnd + 1).every((t) => t.pos === 'PROPN');
      // Taken only when a name is found there; else the first comma stands.
      let walked = k;
      let found = lastIsName || endsWithName(tokens, walked - 1, text);
      for (let more = 0; more < 2 && !found; more++) {
        let earlier = walked - 1;
        while (earlier >= 0 && isRoleWord(tokens[earlier]!, tokens[earlier + 1])) earlier--;
        if (earlier === walked - 1 || tokens[earlier]?.text !== ',') break;
        walked = earlier;
        found = endsWithName(tokens, walked - 1, text);
      }
      if (walked !== k && found) k = walked;
      const nameEnd = k - 1;
      const n = nounPhraseStart(tokens, nameEnd) - 1;
      const named = n < nameEnd ? readSpeakerPhrase(tokens.slice(n + 1, nameEnd + 1), text, true) : undefined;
      const placed = placeBetweenCommas(tokens, n, k, roleEnd, text);
      if (placed !== undefined) return placed || undefined;
      const described = lastIsName ? describedBeforeName(tokens, n, k, roleEnd, text) : undefined;
      if (described) return described;
      if (!named?.name) {
        // The other way round: "Another official, Ardi, said": a description, then the name.
        const between = readSpeakerPhrase(tokens.slice(k + 1, roleEnd + 1), text);
        const isName = between?.name && !between.role && tokens.slice(k + 1, roleEnd + 1).every((t) => t.pos === 'PROPN');
        if (!isName || !named?.role) return undefined;
        return { speaker: { text: text.slice(tokens[n + 1]!.start, tokens[roleEnd]!.end), name: between.name, role: named.role }, first: n + 1 };
      }
      // The appositive is the role, whole: "director of the Port Authority of Norland".
      const role = text.slice(tokens[k + 1]!.start, tokens[roleEnd]!.end);
      return { speaker: { text: text.slice(tokens[n + 1]!.start, tokens[roleEnd]!.end), name: named.name, role }, first: n + 1 };
    }
  }
  // "It said ...": an organisation or a document spoken of before (resolveSpeaker.ts decides which, if any).
  if (/^it$/i.test(tokens[j]?.text ?? '') && (j === 0 || /^(?:PUNCT|CCONJ)$/.test(tokens[j - 1]!.pos))) return { speaker: { text: tokens[j]!.text, pronoun: 'it' }, first: j };
  const end = j;
  while (j >= 0 && (isNounPhraseWord(tokens[j]!) || joinsNameParts(tokens, j) || joinsModifiers(tokens, j) || (j < end && joinsPeople(tokens, j)) || ownsAfterPreposition(tokens, j) || joinsAge(tokens, j))) j--;
  if (end < 0 || j === end) return undefined;
  // "his attorney said": the possessive opens the phrase (resolveSpeaker.ts reads whose it is, if it can).
  if (/^(?:his|her|their)$/i.test(tokens[j]?.text ?? '') && tokens[j]!.pos === 'PRON' && /^(?:NOUN|ADJ)$/.test(tokens[j + 1]?.pos ?? '')) j--;
  // "one senior investor said", "one user wrote": one of many, which the speaker's words must keep
  // ("senior investor" alone reads as a title). Not "one of the ...", read elsewhere.
  else if (/^one$/i.test(tokens[j]?.text ?? '') && /^(?:NOUN|ADJ)$/.test(tokens[j + 1]?.pos ?? '') && /^\p{Ll}/u.test(tokens[j + 1]!.text)) j--;
  // "Ana Lima and her husband allege": of the two who speak, the one the sentence names.
  if (tokens[j]?.lemma === 'and' && /^(?:his|her)$/i.test(tokens[j + 1]?.text ?? '') && tokens[j - 1]?.pos === 'PROPN') {
    const n = nounPhraseStart(tokens, j - 1);
    const named = readSpeakerPhrase(tokens.slice(n, j), text, true);
    if (named?.name) return { speaker: named, first: n };
  }
  // "The mother of Ana Lima said", "relatives of the crew said": the head before "of" speaks, not
  // Ana Lima or the crew; the whole phrase is the description, with no name.
  const before = tokens[j - 1];
  // Not "chief of staff Ana Lima", "secretary of state Tom Reyes": a title in which "of" is followed by a bare noun.
  const titleOf = /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '') && tokens[j + 1]?.pos !== 'DET';
  // "one of the officials", "some of the residents": a part of a group speaks.
  const partitive = PART_OF.test(before?.text ?? '') && tokens[j + 1]?.pos === 'DET';
  const relational = tokens[j]?.lemma === 'of' && (RELATIVE_OF.test(before?.text ?? '') || partitive || (HEAD_OF.test(before?.text ?? '') && !titleOf));
  // "an official from the mayor's office", "the attorney for the teen": the go-between speaks.
  const goBetween = /^(?:for|from|with|at)$/.test(tokens[j]?.text ?? '') && before?.pos === 'NOUN' && GO_BETWEEN.test(before.text);
  // "the man in the recording", "a woman at the scene": the person, not the recording or the scene.
  const placed = /^(?:in|on|at|from|with)$/.test(tokens[j]?.text ?? '') && PERSON.test(before?.text ?? '');
  if (relational || goBetween || placed) {
    let k = partitive ? j - 2 : j - 1;
    while (k >= 0 && isNounPhraseWord(tokens[k]!) && !/^\p{Lu}/u.test(tokens[k]!.pos === 'DET' ? 'x' : tokens[k]!.text)) k--;
    const whole = text.slice(tokens[k + 1]!.start, tokens[end]!.end);
    // "Andy Reyes, a spokesman for the rescue service, said": the name before the comma, the phrase his role.
    // Not a day opening the sentence: "Yesterday, a spokesman for the firm insisted".
    if (tokens[k]?.text === ',' && !isTimeWord(tokens[k - 1]) && endsWithName(tokens, k - 1, text)) {
      const n = nounPhraseStart(tokens, k - 1);
      const named = readSpeakerPhrase(tokens.slice(n, k), text, true)!;
      return { speaker: { text: text.slice(tokens[n]!.start, tokens[end]!.end), name: named.name, role: whole }, first: n };
    }
    return { speaker: { text: whole, role: whole }, first: k + 1 };
  }
  // "a source close to the investigation", "an official briefed on the case", "people familiar with the matter":
  // the speaker is the noun before the qualifying phrase, not the investigation.
  // The qualifier is an adjective or a participle ("close", "briefed", "operating"), never a finite
  // verb: in "the breakthrough came as officials said", "officials" speak.
  let qualifierAt: number | undefined;
  const qualifier = tokens[j - 1];
  // Not a word of time, which opens a clause of its own: in "a boy murdered after a woman accused him", the woman accuses.
  if (tokens[j]?.pos === 'ADP' && !/^(?:after|before|since|until|till|as|once)$/i.test(tokens[j]!.text) && qualifier && (qualifier.pos === 'ADJ' || (qualifier.pos === 'VERB' && /(?:ed|ing)$/.test(qualifier.text))) && tokens[j - 2]?.pos === 'NOUN') {
    qualifierAt = j - 1;
    j -= 2;
    while (j >= 0 && isNounPhraseWord(tokens[j]!)) j--;
  }
  let first = j + 1;
  if (end - first + 1 > 8) first = end - 7;
  const phrase = tokens.slice(first, end + 1);
  if (phrase.every((t) => t.pos === 'DET')) return undefined;
  if (qualifierAt !== undefined && qualifierAt > first) {
    // "crews working on the Ember River": a name inside the qualifier is not the speaker's.
    const head = readSpeakerPhrase(tokens.slice(first, qualifierAt), text, true);
    if (!head) return undefined;
    const whole = text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end);
    return { speaker: head.name ? { ...head, text: whole } : { text: whole, role: whole }, first };
  }
  // "A spokesman with the office in Porto said": the phrase after a preposition is its object, not
  // the subject (qualifiedSubject.ts). Not before a participle, whose subject is the phrase just
  // before it ("word from officials claiming"). "Lima went on the radio to say": the verb before
  // the phrase has the subject.
  const qualified = isPrepositionObject(tokens, first) && !/ing$/.test(tokens[verbIndex]!.text) ? qualifiedSubject(tokens, first, end, text, anyNoun) : undefined;
  if (qualified) {
    const governing = qualified.verbBefore !== undefined && tokens[verbIndex - 1]?.lemma === 'to' ? subjectBefore(tokens, qualified.verbBefore, text, anyNoun) : undefined;
    return governing && !governing.speaker.unnamed ? { ...governing, first: verbIndex } : qualified;
  }
  // "actions filed in a court in Porto alleging ...": a participle right after a place says what
  // was filed or done there; the place is no speaker.
  if (/ing$/.test(tokens[verbIndex]!.text) && /^(?:in|at|near|outside)$/i.test(tokens[first - 1]?.text ?? '') && phrase.every((t) => t.pos === 'PROPN')) return undefined;
  const speaker = readSpeakerPhrase(phrase, text, anyNoun);
  return speaker ? { speaker, first } : undefined;
}

/**
 * People named by whom they are related to: "the son of ...", "relatives of ...", "members of ...".
 * Other nouns before "of" are kept out ("an analysis of the Shroud", "a pair of researchers").
 */
const RELATIVE_OF = /^(?:relatives?|family|families|friends?|members?|parents?|mother|father|son|daughter|wife|husband|widow|widower|brother|sister|siblings?|children|child|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandmother|grandfather|neighbou?rs?|classmates?|colleagues?|supporters?|residents?)$/;

/** A position in a body, written lower-case before "of": "the head of the rescue agency", "a member of the board". */
const HEAD_OF = /^(?:head|chief|director|president|chairman|chairwoman|chair|leader|secretary|minister|commander|governor|founder|owner|manager|coordinator|dean|spokes(?:man|woman|person))$/;


/** People by what they are, not by a title: "the man", "a woman", "witnesses". */
const PERSON = /^(?:man|men|woman|women|person|people|boy|girls?|boys|teenagers?|witness(?:es)?|passengers?|residents?|students?|parents?|mother|father)$/;

/** Whether the noun phrase that ends at tokens[end] reads as a name ("Ana Lima", "rescue official Ardi"). */
function endsWithName(tokens: Token[], end: number, text: string): boolean {
  const n = nounPhraseStart(tokens, end) - 1;
  // "a professor at Tarrow University in Porto, Norland": a place inside the role, not a name.
  const placeWord = (t: Token | undefined): boolean => !!t && /^(?:in|at|near|from|of)$/i.test(t.text);
  const place = placeWord(tokens[n]) || (tokens[n]?.text === ',' && tokens[n - 1]?.pos === 'PROPN' && !isTimeWord(tokens[n - 1]) && placeWord(tokens[n - 2]));
  return n < end && !place && !!readSpeakerPhrase(tokens.slice(n + 1, end + 1), text, true)?.name;
}

/** A comma, "and", "of" or "for" between capitalised words of one organisation's name: "Office of Roads, Rail and Ports". */
export function joinsNameParts(tokens: Token[], i: number): boolean {
  const capitalised = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text) && isNounPhraseWord(t);
  if (!capitalised(tokens[i - 1]) || !capitalised(tokens[i + 1])) return false;
  if (/^(and|&|of|for)$/.test(tokens[i]!.text)) return true;
  // A comma joins only inside a serial list that closes with "and": "Roads, Rail and Ports". Not after
  // a day or a month, which opens the sentence with when ("In July, Pereira and Costa reported").
  if (tokens[i]!.text !== ',' || isCalendarName(tokens[i - 1]!.text)) return false;
  for (let k = i + 1; k < tokens.length && k < i + 8; k++) {
    if (/^(and|&)$/.test(tokens[k]!.text)) return capitalised(tokens[k + 1]);
    if (!capitalised(tokens[k]) && tokens[k]!.text !== ',') return false;
  }
  return false;
}

/**
 * "search and rescue agency", "current and former officials": an "and" or "or" between two nouns or
 * two adjectives that modify a noun after them, inside one noun phrase.
 */
function joinsModifiers(tokens: Token[], i: number): boolean {
  const word = (t: Token | undefined, pos: string): boolean => t?.pos === pos && /^\p{Ll}/u.test(t.text);
  if (tokens[i]!.text === 'and' && word(tokens[i - 1], 'NOUN') && word(tokens[i + 1], 'NOUN') && word(tokens[i + 2], 'NOUN')) return true;
  return /^(?:and|or)$/.test(tokens[i]!.text) && word(tokens[i - 1], 'ADJ') && word(tokens[i + 1], 'ADJ') && /^(?:NOUN|ADJ)$/.test(tokens[i + 2]?.pos ?? '');
}

/**
 * "the 49-year-old father said": the age's number and its hyphen (which the tokens keep apart from
 * "year-old") are part of the phrase, or the speaker would read "year-old father".
 */
function joinsAge(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const glued = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
  if (t.text === '-') return tokens[i - 1]?.pos === 'NUM' && glued(tokens[i - 1], t) && glued(t, tokens[i + 1]) && /^(?:year|month|week|day)s?-old$/i.test(tokens[i + 1]?.text ?? '');
  return t.pos === 'NUM' && tokens[i + 1]?.text === '-' && joinsAge(tokens, i + 1);
}

/** "an official from his office", "a lawyer for their family": a possessive after a preposition, inside the phrase. */
function ownsAfterPreposition(tokens: Token[], i: number): boolean {
  return /^(?:his|her|its|their)$/i.test(tokens[i]!.text) && /^(?:for|from|with|at|of)$/i.test(tokens[i - 1]?.text ?? '') && isNounPhraseWord(tokens[i + 1] ?? tokens[i]!);
}

/** For ", who ... ," or ", which ... ," ending at `comma`: the index of the comma that opens it. */
function relativeClauseComma(tokens: Token[], comma: number, finite: boolean): number | undefined {
  // "Norbank, which began in 2001, quickly becoming ..., said": the aside may hold commas of its own;
  // "Norbank, citing the slump, said": a speech participle opens one too.
  let commas = 0;
  for (let k = comma - 1; k > 0 && comma - k <= 30; k--) {
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1]?.text ?? '';
    // An aside of a participle or a preposition only before a finite reporting verb ("Lima, asked about it,
    // said"), and after a name or a person's noun: in "Ana Lima, an aide to the board, filed a suit,
    // alleging ..." the verb after the comma is the sentence's own.
    if (finite && opensAside(tokens[k + 1]) && (tokens[k - 1]?.pos === 'PROPN' || (tokens[k - 1]?.pos === 'NOUN' && isPersonNoun(tokens[k - 1]!.text.toLowerCase())))) return k;
    // "Rosa Vidal, whose son was born there, said": a relative clause of whose, as of who.
    if (/^(who|which|whose)$/i.test(next) || ASIDE_PARTICIPLE.test(next)) return /^(PROPN|NOUN)$/.test(tokens[k - 1]?.pos ?? '') || /^(who|which|whose)$/i.test(next) ? k : undefined;
    // An inner comma goes on with a participle ("in 2001, quickly becoming ..."); a finite verb after it
    // ("who was near the exit, would be wheeled out") is the sentence's own, and this is no aside.
    const after = tokens[k + 1]?.pos === 'ADV' ? tokens[k + 2] : tokens[k + 1];
    if (++commas > 2 || !(after?.pos === 'VERB' && /ing$/.test(after.text))) return undefined;
  }
  return undefined;
}

/**
 * "Jeffrey Reyes from Tarrow, Norland, told", "police in Porto, the capital, said": a place and its
 * region between commas, after a preposition, is where the speaker is, not who speaks. The subject is
 * read before the preposition as if the place were not there ("Ana Lima, a doctor at Harbour Hospital
 * in Porto, Norland, said"; "Kieran, from Porto, Norland, said"; "Norbank, which is based in Porto,
 * Norland, said"); false when nothing there reads as one. Undefined when the commas hold more than
 * one capitalised word ("a spokesman in Porto, Tom Reyes, said" names him) or no place follows a preposition.
 */
function placeBetweenCommas(tokens: Token[], before: number, comma: number, roleEnd: number, text: string): ReturnType<typeof subjectBefore> | false {
  const preposition = tokens[before];
  if (preposition?.pos !== 'ADP' || !PLACE_PREPOSITION.test(preposition.text)) return undefined;
  const between = tokens.slice(comma + 1, roleEnd + 1);
  const region = between.length === 1 ? between[0]!.pos === 'PROPN' : between[0]?.pos === 'DET' && between.every((t) => t.pos !== 'PROPN');
  if (!region) return undefined;
  const previous = tokens[before - 1];
  const relative = tokens.slice(0, before).findLastIndex((t, k) => /^(?:which|who)$/i.test(t.text) && tokens[k - 1]?.text === ',');
  const verbAt = previous?.pos === 'NOUN' || previous?.pos === 'PROPN' ? before : previous?.text === ',' ? before - 1 : relative > 0 ? relative - 1 : -1;
  return (verbAt > 0 && subjectBefore(tokens, verbAt, text)) || false;
}
const PLACE_PREPOSITION = /^(?:from|in|near|outside)$/i;

/**
 * "Lima, elected in May, said", "Lima, asked about the port, said", "Lima, in a separate statement on
 * Monday, said", "Reyes, for his part, said": a past participle or a preposition after the name's comma
 * opens an aside about the speaker, not the speaker's name or role ("of" is a home town, read above).
 */
function opensAside(t: Token | undefined): boolean {
  if (!t || !/^\p{Ll}/u.test(t.text)) return false;
  if (t.pos === 'ADP') return ASIDE_PREPOSITION.test(t.text);
  return t.pos === 'VERB' && (/[^e]ed$/.test(t.text) || IRREGULAR_PARTICIPLE.test(t.text));
}
const ASIDE_PREPOSITION = /^(?:in|through|during|at|on|after|via|with|from|for|before|since|under|amid|despite|like|unlike)$/;
const IRREGULAR_PARTICIPLE = /^(?:born|known|seen|taken|told|shown|given|caught|brought|sworn|chosen|written|driven)$/;

/** Participles that open an aside between a speaker and the verb: "Norbank, citing the slump, said". */
const ASIDE_PARTICIPLE = /^(?:citing|saying|adding|noting|calling|describing|referring|speaking|responding|declining|acknowledging|insisting)$/;

/** Verb forms that modify a role's noun: "lead delegate", "acting director". */
const MODIFYING_FORMS = /^(?:lead|acting|managing|leading|presiding|outgoing|incoming|serving|ruling|governing|deputy)$/i;

/** Words of a role in an appositive: "Indonesia's acting Director General of Air Transportation". */
function isRoleWord(t: Token, next?: Token): boolean {
  // "lead delegate", "acting director": a verb form used as a modifier of the role's noun.
  // "Indonesia's acting Director General": the role's noun may be tagged as a name.
  if (t.pos === 'VERB' && /^(?:NOUN|PROPN)$/.test(next?.pos ?? '') && MODIFYING_FORMS.test(t.text)) return true;
  // A capitalised word inside a role is part of a name, whatever its tag: "the Harbour Working Group".
  if (t.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(t.text) && /^(PROPN|NOUN)$/.test(next?.pos ?? '')) return true;
  // "director of the centre at Norland University in Porto"
  return isNounPhraseWord(t) || t.lemma === 'of' || t.lemma === 'for' || t.lemma === 'at' || t.lemma === 'in' || (t.pos === 'PART' && /^['’]s$/.test(t.text)) || t.pos === 'CCONJ' && t.lemma === 'and';
}
