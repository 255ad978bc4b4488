/**
 * Who a speaker phrase stands for, in the state of the article read so far: "he" and "she" take
 * the last person who fits, "the company" the article's organisation, "the researchers" the study's
 * team, "the orphaned teenager" the person just named, "the ministry" the fuller description said
 * before; short names take the fullest name the articles give.
 */
import type { Sentence } from '../../contracts/stages.ts';
import type { NameBook } from './nameBook.ts';
import type { SpeakerPhrase } from './speakerPhrase.ts';
import { ORGANISATION_DESCRIPTION } from './mainOrganisation.ts';
import { describesSpeaker, isPersonNoun } from './descriptions.ts';
import { documentKind, type DocumentKind } from './documentAuthor.ts';
import { ACRONYM } from './acronyms.ts';
import { isBodyName } from './bodyName.ts';
import { isOutletName } from './mediaAttribution.ts';
import { pronounFromGivenName } from './nameGender.ts';

export interface SpeakerState {
  /**
   * Every person named as a subject or speaker so far, latest last: the last one for "he said" /
   * "she added", an earlier one when the last does not fit ("she" after "Ms. Lima ... Tom Reyes said").
   */
  people: Array<{ name?: string; role?: string }>;
  /** The sentence that named each of `people`, same order: how far back a "he" may reach for an earlier one. */
  peopleAt?: number[];
  /** The sentence that named the last of `people`: "the teenager" two sentences after "Ana Lima, 15," is her. */
  lastAt?: number;
  /** Every speaker so far, named or not, latest last: the last for "they added", a fuller description for "the ministry". */
  seen: Array<{ name?: string; role?: string }>;
  /** The organisation the article is about, for "the company" (read on first need). */
  organisation: () => string | undefined;
  /** The organisation named before the phrase in its sentence, else in the sentence before, which "the company" stands for first (organisationIn). */
  organisationBefore?: (sentenceIndex: number, phrase: string) => string | undefined;
  /** "Ana Lima and colleagues", for "the researchers" and "the team" (read on first need). */
  researchTeam: () => string | undefined;
  /**
   * The last person brought in without a name ("... reached a woman related to the suspect") and
   * the sentence that did: "the woman" then is her, not the person named before.
   */
  introduced?: { noun: string; at: number };
  /**
   * The last sentence whose subject is one person with no name ("At the condo, a valet driver
   * wondered ..."): a "he" or "she" soon after may be that person or the one named before, and the
   * text does not say which.
   */
  unnamedSubject?: { at: number; noun: string };
  /** Who released the report or filed the suit the article quotes, for "the report says" (read on first need). */
  documentAuthor?: (kind: DocumentKind) => string | undefined;
  /**
   * The last named speaker and the sentence that gave them words: "Norbank said ... . It said" is
   * Norbank when that sentence is the one just before.
   */
  lastSpeaker?: { name?: string; role?: string; at: number };
  /** Who the last sentence to mention a statement gave it to ("Norbank said in a statement", "the board issued a statement"), and that sentence. */
  statement?: { name: string; at: number };
}

/** Whether "he" or "she" may stand for this person: no other pronoun is known for them ("Ms. Lima" is not "he"). */
function agrees(name: string, pronoun: string, names: NameBook): boolean {
  if (pronoun !== 'he' && pronoun !== 'she') return true;
  const known = names.pronounOf(name);
  return known === undefined || known === pronoun;
}

/**
 * Pronouns take the last speaker; short names take the fullest name known. An empty object is
 * an attribution to no one the text names ("the report says"): reported speech, speaker unclear.
 */
export function resolve(speaker: SpeakerPhrase, state: SpeakerState, names: NameBook, sentenceIndex: number): { name?: string; role?: string } | undefined {
  // "We're told ...", "I said": the writer, not a speaker the article names.
  // An empty speaker: the words are attributed (reported speech all the same), to no one the text names.
  if (speaker.unnamed || speaker.pronoun === 'we' || speaker.pronoun === 'i') return {};
  // "It said ...": attributed, but "it" may be the body, its statement or its report; taking the
  // latest non-person speaker was tried and gained no right speaker on the gold, so no one is named.
  // Only the body that spoke in the sentence just before, or whose statement was just mentioned:
  // "Norbank said it would close the branch. “...,” it said" (an organisation's name, never a person's).
  // "Critics of the levy said", "Analysis of the bones showed": the capitalised word that opens the
  // description is its common head noun, not a name; the description alone is read.
  if (opensOwnDescription(speaker, names)) return resolve({ text: speaker.text, role: speaker.role }, state, names, sentenceIndex);
  if (speaker.pronoun === 'it') return bodyJustBefore(state, names, sentenceIndex) ?? {};
  if (speaker.pronoun) {
    const named = speaker.antecedent ? names.resolve(speaker.antecedent) : undefined;
    if (named && names.isPerson(named) && !isOutletName(named) && !isBodyName(named, names) && agrees(named, speaker.pronoun, names)) return { name: named };
    const last = state.people[state.people.length - 1];
    const previous = speaker.pronoun === 'they' ? state.seen[state.seen.length - 1] ?? last : last;
    // "Ana Lima said ... They then assessed ...": "they" are several, not the one person just named; who, the text does not say.
    if (speaker.pronoun === 'they' && previous?.name && !previous.role && names.isPerson(previous.name)) return {};
    if (previous?.name && !agrees(previous.name, speaker.pronoun, names)) {
      // "Ms. Lima ... he said" is not Ms. Lima: the latest person the articles call "he", else no one.
      for (let i = state.people.length - 1; i >= 0; i--) {
        const earlier = state.people[i]!;
        if (earlier.name && names.pronounOf(earlier.name) === speaker.pronoun) return { ...earlier };
      }
      // No one the articles call so: a person in reach whose given name fits, else no one.
      const fits = earlierFitting(state, previous.name, speaker.pronoun as 'he' | 'she', names, sentenceIndex);
      return fits ? { ...fits } : undefined;
    }
    // "Lima spoke. ... A valet driver wondered if ... “Oh, wow!” he said.": someone without a name came
    // in as a subject after the last person named, so "he" may be either; no one is named.
    // When that sentence gave the person words ("A spokesman for the board said ... . “...,” he said"), "he" is them.
    // Not when the description's gender is not the pronoun's ("A spokesman for the university said ... she told").
    const unnamedSubject = state.unnamedSubject;
    if ((speaker.pronoun === 'he' || speaker.pronoun === 'she') && unnamedSubject && unnamedSubject.at >= (state.lastAt ?? -1) && sentenceIndex - unnamedSubject.at <= PRONOUN_REACH && genderOf(unnamedSubject.noun) !== (speaker.pronoun === 'he' ? 'she' : 'he')) {
      const unnamed = state.lastSpeaker;
      return unnamed && unnamed.at === unnamedSubject.at && !unnamed.name && unnamed.role ? { role: unnamed.role } : {};
    }
    // "he said" five sentences or more after anyone was named: too far to tell who, so no one.
    if ((speaker.pronoun === 'he' || speaker.pronoun === 'she') && state.lastAt !== undefined && sentenceIndex - state.lastAt > PRONOUN_REACH) return {};
    // "Dana Lima met Tom Reyes. ... “...,” he said": the articles never say which pronoun Lima takes,
    // but her given name is a woman's, and Reyes, in reach, fits "he"; with no one in reach who
    // fits, "he" is someone unnamed ("Lima met a guard. “...,” he said"), so no one is named.
    if ((speaker.pronoun === 'he' || speaker.pronoun === 'she') && previous?.name && names.pronounOf(previous.name) === undefined && pronounFromGivenName(previous.name) === otherPronoun(speaker.pronoun)) {
      const fits = earlierFitting(state, previous.name, speaker.pronoun, names, sentenceIndex);
      // No one in reach fits: the one "he" stands for went unnamed or unread, so no one is named.
      return fits ? { ...fits } : {};
    }
    // "The Harbour Awards went to ... “...,” she said": "she" is a person, and a name whose last word
    // is a common plural or a body's noun ("Awards", "City", "Business") is none.
    if ((speaker.pronoun === 'he' || speaker.pronoun === 'she') && previous?.name && !previous.role && namesNoPerson(previous.name, names)) return {};
    return previous ? { ...previous } : undefined;
  }
  // "Researchers found that ...": a capitalised common noun opening the sentence is no name.
  if (speaker.name && !speaker.role && TEAM_DESCRIPTION.test(speaker.name)) return teamDescribed(speaker.name, state) ?? { role: speaker.name };
  // "according to the Constitution", "the Harbour Safety Act says": a law is what the words are
  // read against, not who said them.
  if (isLawOrScripture(speaker.name ?? speaker.role ?? '')) return {};
  if (speaker.name) {
    // "DOH says": the name the articles spell the abbreviation out as ("the state Department of Health").
    const spelt = ACRONYM.test(speaker.name) ? names.acronym(speaker.name) : undefined;
    const name = spelt ?? names.resolve(speaker.name);
    return speaker.role ? { name, role: speaker.role } : { name };
  }
  if (!speaker.role) return undefined;
  // "The inspection report says", "the suit states": the document is where the words come from, and
  // is named as such. (Abstaining here was tried: on the held-out gold it lost 3 right speakers for 1
  // wrong one, since readers name the document, "the joint statement", as the source.)
  // "the report says", "the suit claims": the author the article names for it ("a report released by the Harbour Fund").
  // "“...,” the statement read": the one whose statement the sentences just before mention.
  // (The name alone: kept with the role, it would be the fuller description a far "the statement"
  // takes below, while a second statement may have come in between without a sentence saying whose.)
  // "according to a statement", "a statement said": a statement, whose the sentence does not say.
  if (/^an?\s+statement$/i.test(speaker.role)) return {};
  if (STATEMENT.test(speaker.role) && state.statement && sentenceIndex - state.statement.at <= STATEMENT_REACH) return { name: state.statement.name };
  const kind = documentKind(speaker.role);
  const author = kind && state.documentAuthor?.(kind);
  if (author) return { name: author, role: speaker.role };
  const described = shortDescription(speaker.role, state) ?? organisationDescribed(speaker.role, state, sentenceIndex) ?? teamDescribed(speaker.role, state) ?? personDescribed(speaker.role, state, sentenceIndex, names);
  if (described) return described;
  const holder = titleHeld(speaker.role, names);
  if (holder) return { name: holder, role: speaker.role };
  const person = describedPerson(speaker.role, names);
  if (person) return { name: person, role: speaker.role };
  // "the company", "the official": a title with no name, and nothing said before that it stands for.
  // "his attorney": whose, the pronoun does not say here.
  if (BARE_TITLE.test(speaker.role) || /^(?:his|her|their)\s/i.test(speaker.role)) return {};
  // "depth", "the irony", "surveillance video": no one and nothing that speaks, so no speaker is given.
  if (!describesSpeaker(speaker.role)) return {};
  return { role: speaker.role };
}

function otherPronoun(pronoun: 'he' | 'she'): 'he' | 'she' {
  return pronoun === 'he' ? 'she' : 'he';
}

/**
 * The latest person before the last one, named within reach of this sentence, who fits "he" or
 * "she": by the articles' own word, else by a given name the lists are sure of.
 */
function earlierFitting(state: SpeakerState, lastName: string, pronoun: 'he' | 'she', names: NameBook, sentenceIndex: number): { name?: string; role?: string } | undefined {
  for (let i = state.people.length - 1; i >= 0; i--) {
    const earlier = state.people[i]!;
    const at = state.peopleAt?.[i];
    if (at === undefined || sentenceIndex - at > PRONOUN_REACH) return undefined;
    if (!earlier.name || earlier.name === lastName) continue;
    const known = names.pronounOf(earlier.name);
    if (known === pronoun || (known === undefined && pronounFromGivenName(earlier.name) === pronoun)) return earlier;
  }
  return undefined;
}

/**
 * A law, a founding text or scripture by its name or as "the law": "the Constitution", "the Harbour
 * Safety Act", "the Treaty of Porto", "the law". (Not "the bill", which a sponsor may be said to
 * speak through, nor a report, whose author the articles may name.)
 */
const LAW = /^(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|and|on|for|the)\s+){0,8}(?:Constitution|Act|Charter|Treaty|Amendment|Bible|Koran|Quran|Qur'an|Torah|Bill of Rights|Declaration of Independence|Statute)(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,3})?$/u;
const THE_LAW = /^the\s+(?:law|constitution|statute|treaty)$/i;
function isLawOrScripture(phrase: string): boolean {
  return LAW.test(phrase.trim()) || THE_LAW.test(phrase.trim());
}

/** Space, then a lower-case letter ("Critics| of the new levy"). */
const SPACE_THEN_LOWER = /^\s+\p{Ll}/u;

/**
 * A one-word "name" that is the first word of the phrase's own description, qualified after it by a
 * lower-case phrase ("Critics of the new levy", "Notes on the photo"), and that is a common word: a
 * speaker's noun ("critics", "astronomers") or a word the articles write in lower case. A one-name
 * person so qualified ("Reyes of the institute") is neither.
 */
function opensOwnDescription(speaker: SpeakerPhrase, names: NameBook): boolean {
  const name = speaker.name;
  if (!name || !speaker.role || /\s/.test(name) || name === name.toUpperCase()) return false;
  // The role opens with the name, then space and a lower-case letter: one pattern for every name, not a Unicode pattern compiled per name.
  if (!speaker.role.startsWith(name) || !SPACE_THEN_LOWER.test(speaker.role.slice(name.length))) return false;
  if (names.resolve(name) !== name || names.isCompany(name)) return false;
  return describesSpeaker(name.toLowerCase()) || names.isCommonWord(name);
}

/**
 * A capitalised run whose last word the articles also write in lower case as a plural or as a
 * body's or place's noun ("Fat Ladies", "Harbour Awards", "Norland City", "Porto Business"): a
 * name of a thing, not of a person. (A family name may be a common word, "Bird", "Swift": only
 * plurals and such nouns are taken.)
 */
function namesNoPerson(name: string, names: NameBook): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(last) || !names.isCommonWord(last)) return false;
  return /[^s'’]s$/.test(last) || THING_HEAD.test(last.toLowerCase());
}
/** Nouns that end the name of a body, a place or an event, not of a person. */
const THING_HEAD = /^(?:house|city|town|county|state|business|education|prevention|health|news|media|group|club|company|council|committee|office|department|ministry|agency|school|university|college|hospital|church|party|union|league|association|foundation|institute|centre|center|trust|fund|bank|network|channel|station|airport|airline|park|street|road|square|bridge|river|lake|island|valley|mountain|bay|coast|sea|ocean|festival|awards|prize|cup|games|show|series|project|programme|program)$/;

/** A definite statement, as the subject of "said" or "read": "the statement", "the joint statement". */
const STATEMENT = /^the\s+(?:[\p{Ll}-]+\s+)?statement$/iu;
/** How many sentences after the one that mentions it "the statement" may still be that one (a caption or a credit line between counts as one). */
const STATEMENT_REACH = 6;

/**
 * "it" for the organisation named as the speaker of the sentence just before, or for the author of a
 * statement mentioned there or in this sentence ("Norbank released a statement. It said ...": the
 * statement or Norbank, whose words they are either way).
 */
function bodyJustBefore(state: SpeakerState, names: NameBook, sentenceIndex: number): { name: string } | undefined {
  // A body by its name, or by how the sentence before described it ("the authority said").
  const body = (name: string | undefined, role?: string): name is string => !!name && /^\p{Lu}/u.test(name) && !isOutletName(name) && names.pronounOf(name) === undefined
    && ((!names.isPerson(names.resolve(name)) && names.mayBeOrganisation(name)) || isBodyName(name, names) || BODY_ROLE.test(role ?? ''));
  const last = state.lastSpeaker;
  if (last && sentenceIndex - last.at <= 1 && body(last.name, last.role)) return { name: last.name };
  const statement = state.statement;
  // After "Ana Lima said in a statement", "it" is her statement: the words are hers all the same.
  if (statement && sentenceIndex - statement.at <= 1 && !isOutletName(statement.name)) return { name: statement.name };
  return undefined;
}

/** A definite description of a body, not a person: "the authority", "the health agency". */
const BODY_ROLE = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:authority|agency|ministry|department|office|company|firm|organisation|organization|body|group|board|council|commission|government|service|institute|university|bank|charity|foundation)$/iu;

/** "the labour minister" when the articles name exactly one "Labour Minister ...": that person. */
function titleHeld(role: string, names: NameBook): string | undefined {
  const m = /^the\s+((?:[\p{L}-]+\s+){0,2})([\p{L}-]+)$/iu.exec(role);
  if (!m) return undefined;
  const modifiers = m[1]!.trim() ? m[1]!.trim().toLowerCase().split(/\s+/) : [];
  return names.titleHolder(m[2]!.toLowerCase(), modifiers);
}

/**
 * "a local economist" when the articles call exactly one named person an economist ("Ana Lima, the
 * economist"): that person. Only a singular description of words in lower case: "officials" are many,
 * and "a spokesman for the ministry" may be anyone there.
 */
function describedPerson(role: string, names: NameBook): string | undefined {
  const m = /^(?:the|a|an|his|her|their)\s+((?:[\p{Ll}-]+\s+){0,2})([\p{Ll}-]+)$/u.exec(role);
  if (!m || /[^s]s$/.test(m[2]!)) return undefined;
  return names.describedBy(m[2]!, m[1]!.trim() ? m[1]!.trim().split(/\s+/) : []);
}

/** How many sentences after the last person named "he" or "she" may still stand for them (on dev 3 and 4 both drop one wrong speaker, 2 drops three right ones: the larger of the two). */
const PRONOUN_REACH = 4;

/**
 * "the official", "the spokesperson", "the company" with no one said before that they stand for:
 * an anonymous go-between whom the reader cannot place (unlike "the mayor" or "the council" of
 * the story's one town), so no speaker is given.
 */
const BARE_TITLE = /^the\s+(?:official|spokesperson|spokesman|spokeswoman|representative|source|company|firm)$/i;

/** How a study's write-up names its authors after naming the lead: "the researchers", "the team". */
const TEAM_DESCRIPTION = /^(?:the\s+)?(?:study\s+|research\s+)?(?:researchers|team|authors|scientists|study authors)$/i;
/** "Dr. Ana Lima and colleagues", "Lima and her team": the lead author's name and who worked with them. */
const LEAD_AND_TEAM = /\b(\p{Lu}[\p{L}'’-]+)\s+and\s+(?:his\s+|her\s+|their\s+)?(?:colleagues|co-authors|coauthors|team|teammates)\b/u;

/** The research team as the article names it, with the lead's fullest name: "Ana Lima and colleagues". */
export function researchTeam(sentences: readonly Sentence[], names: NameBook): string | undefined {
  for (const sentence of sentences) {
    const m = LEAD_AND_TEAM.exec(sentence.text);
    if (!m) continue;
    const lead = names.resolve(m[1]!);
    if (names.isPerson(lead)) return `${lead} and colleagues`;
  }
  return undefined;
}

/** "the researchers" in a write-up of Ana Lima and colleagues' study: that team. */
function teamDescribed(role: string, state: SpeakerState): { name: string; role: string } | undefined {
  if (!TEAM_DESCRIPTION.test(role)) return undefined;
  const name = state.researchTeam();
  return name ? { name, role } : undefined;
}

/** Nouns for a person by who they are, not by a position: "the orphaned teenager", "the woman". */
const PERSON_WORDS = 'teenager|teen|woman|man|girl|boy|student|mother|father|son|daughter|wife|husband|widow|widower|survivor|passenger|neighbou?r|grandmother|grandfather|child';
/** A definite description of a person, not of a position: "the orphaned teenager", "the woman". */
const PERSON_DESCRIPTION = new RegExp(`^the\\s+(?:[\\p{L}-]+\\s+){0,2}(${PERSON_WORDS})$`, 'iu');
/** Someone brought in by an indefinite description, not set off after a name by a comma ("Ana Lima, a woman of 60,"). */
const INTRODUCED = new RegExp(`(?<!,\\s)\\b(?:[Aa]|[Aa]n|[Aa]nother)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(${PERSON_WORDS})\\b`, 'u');

/** The person noun a sentence brings someone in by, unnamed ("called a neighbour who ..."): "neighbour". */
export function introducedPerson(text: string): string | undefined {
  return INTRODUCED.exec(text)?.[1]?.toLowerCase();
}
/**
 * A sentence whose subject is one person described, not named, who speaks or wonders: "A valet
 * driver wondered ...", "At the condo, a neighbour said ...". Only a person's noun (an agent noun or a
 * word for a person), singular, after "a", "an" or "another" at the sentence's start or after an
 * opening phrase set off by a comma, and a verb of saying or asking right after it ("A fifth officer
 * did not fire" brings in no one who might speak next). The person's noun, or undefined.
 */
export function opensWithUnnamedPerson(text: string): string | undefined {
  const m = /^(?:[^,“”"]{0,80},\s+)?(?:A|An|Another|a|an|another)((?:\s+[\p{Ll}-]+){1,3}?)(?:\s+(?:for|of|at|with|from|in)\s+[^,.“”"]{1,60}?)?\s+(?:said|says|told|tells|asked|asks|wondered|wonders|added|recalled|explained|shouted|yelled|replied|wrote|noted|remembered|recounted|described)\b/u.exec(text);
  // "a valet driver wondered": the head is among the words before the verb.
  return m?.[1]!.trim().split(/\s+/).find((w) => !/[^s]s$/.test(w) && (isPersonNoun(w) || PERSON_WORD.test(w)));
}

/** The pronoun a person's noun takes, where the noun says: "spokesman" he, "woman" she. */
function genderOf(noun: string): 'he' | 'she' | undefined {
  if (/(?:woman|women)$|^(?:girl|mother|daughter|wife|sister|widow|grandmother)$/.test(noun)) return 'she';
  if (/man$|^(?:boy|father|son|husband|brother|widower|grandfather)$/.test(noun)) return 'he';
  return undefined;
}
const PERSON_WORD = new RegExp(`^(?:${PERSON_WORDS})$`);
/** How many sentences back the person may have been named. */
const PERSON_DESCRIPTION_REACH = 3;

/** "Ana Lima, 15, lost both parents. ... “...,” the orphaned teenager said": the person just named. */
function personDescribed(role: string, state: SpeakerState, sentenceIndex: number, names: NameBook): { name?: string; role?: string } | undefined {
  const last = state.people[state.people.length - 1];
  // By what they do, only a person the articles name in full: not "the Health Department", named last.
  const described = PERSON_DESCRIPTION.test(role) || (definitePerson(role) && !!last?.name && names.isPerson(last.name));
  if (!described || !last?.name || state.lastAt === undefined) return undefined;
  // "Lima reached a woman who ... The woman hung up": the woman just brought in, not Lima.
  const head = PERSON_DESCRIPTION.exec(role)?.[1]?.toLowerCase();
  if (head && state.introduced?.noun === head && state.introduced.at >= state.lastAt) return { role };
  return sentenceIndex - state.lastAt <= PERSON_DESCRIPTION_REACH ? { name: last.name, role } : undefined;
}

/**
 * "the Porto-based company", "Tarrow, Norland-based firm": where a company is based describes it, and
 * is no name of its own (the phrase may be cut after the comma of "Tarrow, Norland-based").
 */
const BASED_ORGANISATION = /^(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’]+-based\s+(?:company|firm|carrier|airline|retailer|automaker|carmaker|bank|lender|startup|chain|manufacturer|maker|insurer|operator|giant|group)$/iu;

/**
 * "the former director", "the governor of Norland": a definite description of one person by what
 * they do, which news uses for someone just named (not "the official", an anonymous go-between).
 */
function definitePerson(role: string): boolean {
  const m = /^the\s+(?:[\p{Ll}’'-]+\s+){0,3}([\p{Ll}-]+)(?:\s+of\s.*)?$/u.exec(role);
  return !!m && isPersonNoun(m[1]!) && !BARE_TITLE.test(`the ${m[1]}`);
}

/** "the company" in an article about Norbank: Norbank, described as the company. */
function organisationDescribed(role: string, state: SpeakerState, sentenceIndex: number): { name: string; role: string } | undefined {
  if (!ORGANISATION_DESCRIPTION.test(role) && !BASED_ORGANISATION.test(role)) return undefined;
  // "Velden Foods recalled the jars. “...,” the company said": the one just named, before the article's main one.
  const name = state.organisationBefore?.(sentenceIndex, role) ?? state.organisation();
  return name ? { name, role } : undefined;
}

/**
 * "the ministry" after "Norland's transport ministry" said something earlier in the article: the
 * short description names the same speaker, so it takes the fuller one (the latest that fits).
 */
function shortDescription(role: string, state: SpeakerState): { name?: string; role?: string } | undefined {
  const short = /^the\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)$/iu.exec(role);
  if (!short) return undefined;
  const head = short[1]!.toLowerCase();
  for (let i = state.seen.length - 1; i >= 0; i--) {
    const earlier = state.seen[i]!;
    const said = (earlier.role ?? earlier.name ?? '').toLowerCase();
    // "Sheriff Ana Lima" then "the sheriff": the same role, now with the name; "the ministry" after
    // "Norland's transport ministry": a fuller description; "the official" after "an official with
    // the task force": the same go-between, its head before what qualifies it.
    const qualified = said.split(/\s+(?:with|for|from|at|of|in)\s+/)[0]!;
    const fits = said === head || said.endsWith(` ${head}`) || (qualified !== said && (qualified === `an ${head}` || qualified === `a ${head}` || qualified.endsWith(` ${head}`)));
    if (fits && earlier.role && (earlier.name || said.length > head.length)) return { ...earlier };
  }
  return undefined;
}
