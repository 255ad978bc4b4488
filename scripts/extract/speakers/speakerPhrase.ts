/**
 * Who is speaking: turns the subject of a reporting verb ("Port Authority spokeswoman
 * Amara Okafor", "Ms. Okafor", "he", "a senior health official") into a name and a role.
 * Short names and pronouns are resolved afterwards (nameBook.ts, resolveSpeaker.ts): one phrase
 * alone cannot tell who "Okafor" or "she" is.
 */
import type { Token } from '../../segment/tokens.ts';
import { CALENDAR_NAMES } from '../../text/calendar.ts';

/** Words that name a position rather than a person (general English, any event). */
const ROLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'press', 'official', 'officials',
  'deputy', 'chief', 'director', 'general', 'gen.', 'admiral', 'commander', 'officer', 'governor', 'gov.', 'mayor', 'senator', 'sen.',
  'representative', 'rep.', 'chairman', 'chairwoman', 'chair', 'ceo', 'executive', 'founder', 'head', 'leader', 'ambassador', 'envoy',
  'foreign', 'defense', 'defence', 'interior', 'justice', 'attorney', 'prosecutor', 'lawyer', 'judge', 'sheriff', 'police', 'detective',
  'captain', 'capt.', 'lieutenant', 'lt.', 'colonel', 'col.', 'sergeant', 'sgt.', 'analyst', 'expert', 'professor', 'prof.', 'dr.', 'doctor',
  'researcher', 'scientist', 'author', 'editor', 'reporter', 'correspondent', 'coach', 'manager', 'player', 'witness', 'resident', 'member',
  'king', 'queen', 'prince', 'princess', 'pope', 'chancellor', 'premier', 'speaker', 'leader', 'adviser', 'advisor', 'aide', 'agent',
  'inspector', 'superintendent', 'principal', 'founder', 'owner', 'partner', 'analyst', 'economist', 'strategist', 'candidate', 'nominee',
  'state', 'senior', 'administration', 'military', 'u.s.', 'us', 'former', 'acting', 'top', 'new', 'then',
  // "Chief State Fire Marshal Ana Lima", "Detective Constable Tom Reyes": titles that are no one's given name.
  'marshal', 'constable', 'commissioner', 'trooper', 'councilman', 'councilwoman', 'councillor', 'councilor',
  'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'alderman',
  // Ranks and titles abbreviated before a name: "Maj. Glenn Hall", "Det. Ana Lima", "Adm. Tom Reyes".
  'maj.', 'major', 'cpl.', 'corporal', 'pvt.', 'adm.', 'cmdr.', 'brig.', 'det.', 'insp.', 'supt.', 'atty.', 'sgt', 'lt', 'gen', 'col', 'capt', 'maj',
]);
/** True for words that name a position ("Mayor", "spokesperson") rather than a person. */
export function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word.toLowerCase());
}

/** "On Friday CBS News reported", "10 A.M. CNN reports": a day or an hour opens no name. */
const DAY_OR_HOUR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday|Tomorrow|Overnight|A\.M\.|P\.M\.)$/;
/** "Several accused the DJs", "Many jumped on board": a quantifier standing for people names no one. */
const QUANTIFIER_PRONOUN = /^(?:Many|Several|Some|Most|Few|Both|Others|All|Each|Neither|None)$/;
const HONORIFICS = /^(mr|mrs|ms|miss|dr|sir|dame|rev|fr)\.?$/i;
/** Lower-case particles of family names: "Carla de Souza", "Marco van der Berg", "Omar bin Said". */
export const NAME_PARTICLE = /^(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|bin|ibn)$/;
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
const NAME_CONNECTORS = new Set(['and', 'of', 'for', '&']);
/** Kinds of outlet a name stands before: "the Harbour Gazette newspaper", "the Sky Nine channel". */
const OUTLET_HEADS = /^(newspaper|daily|weekly|magazine|tabloid|website|channel|broadcaster|network|station|outlet)$/;
/** Heads that make a description a plausible speaker ("a senior health official", "police"). */
const SPEAKER_HEADS = /^(official|officials|spokesperson|spokesman|spokeswoman|minister|secretary|president|police|prosecutors?|investigators?|authorities|witness(es)?|residents?|analysts?|experts?|officers?|source|sources|aide|aides|statement|document|agency|ministry|department|government|company|spokesmen|lawmakers?|researchers?|scientists?|doctors?|governor|mayor|commanders?|leaders?|lawyer|attorney|director|chief|report|authors|team|study)$/i;

/**
 * Last words of an organisation's name: "the Tarrow Police Department", "the Harbour County Sheriff's
 * Office", "Norland Press TV". Such a name may hold words that are role words elsewhere ("Police",
 * "State", "Press"), which would otherwise cut it down to its last word.
 */
export const ORGANISATION_HEADS = /^(?:Department|Office|Ministry|Agency|Service|Services|Council|Commission|Committee|Bureau|Authority|Administration|Court|University|College|Institute|Foundation|Association|Corporation|Company|Union|Party|Board|Force|Forces|Guard|Army|Navy|Corps|Patrol|Centre|Center|Organization|Organisation|TV|Television|Radio)$/;

/** Capitalised words that open a sentence or a time, not an organisation's name. */
const RUN_OPENERS = new RegExp(`^(?:The|A|An|On|In|A\\.M\\.|P\\.M\\.|${CALENDAR_NAMES})$`);

export interface SpeakerPhrase {
  /** As written in the sentence. */
  text: string;
  /** A person's name where the phrase has one ("Amara Okafor"), else undefined. */
  name?: string;
  /** Title or description ("Port Authority spokeswoman", "a senior health official"). */
  role?: string;
  pronoun?: string;
  /** For a pronoun: a capitalised word earlier in the same sentence that may be its antecedent. */
  antecedent?: string;
  /** Speech reported in the passive ("we are told that ..."): attributed, to no one the sentence names. */
  unnamed?: boolean;
}

/**
 * Reads a subject noun phrase (already cut out of the sentence) into name / role / pronoun.
 * `anyNoun`: accept any noun-headed description (the verb is one only speakers do, like "said").
 */
export function readSpeakerPhrase(tokens: Token[], text: string, anyNoun = false): SpeakerPhrase | undefined {
  const words = tokens.filter((t) => t.pos !== 'PUNCT' || t.text === '.');
  // "Q. Senate leaders say ...": an interview's question mark-up opens the sentence, not the name.
  if (words[0]?.start === 0 && /^Q[.:]?$/.test(words[0].text) && words.length > 1) words.shift();
  if (words.length === 0) return undefined;
  const phrase = text.slice(words[0]!.start, tokens[tokens.length - 1]!.end).trim();
  if (words.length === 1 && PRONOUNS.has(words[0]!.text.toLowerCase())) return { text: phrase, pronoun: words[0]!.text.toLowerCase() };
  // "Several accused ...", "Many said ...": people, unnamed; never a name, nor anyone spoken of before.
  if (words.length === 1 && QUANTIFIER_PRONOUN.test(words[0]!.text)) return { text: phrase, role: phrase };
  const organisation = organisationName(words, text);
  if (organisation) return { text: phrase, ...organisation };
  // The name is the run of capitalised words at the end that are not role words. An organisation's
  // name may join capitalised words with "and", "of" or "for" ("Office of Fair Trading and Markets").
  // "al-Kidra", "el-Erian": a name may open with a lower-case article joined by a hyphen.
  // "Carla de Souza": a particle the name reader (retagNames.ts) tagged as part of a name is one of its words.
  const isNameWord = (w: Token): boolean => (w.pos === 'PROPN' && NAME_PARTICLE.test(w.text)) || /^(?:\p{Lu}|(?:al|el|ad|ar|as|at|az|an)-\p{Lu})/u.test(w.text) && (w.pos === 'PROPN' || w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'X') && !ROLE_WORDS.has(w.text.toLowerCase()) && !HONORIFICS.test(w.text) && !DAY_OR_HOUR.test(w.text);
  let nameStart = words.length;
  let joined = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (nameStart < words.length && i > 0 && NAME_CONNECTORS.has(w.text) && isNameWord(words[i - 1]!)) { joined = true; continue; }
    // "The New York Times", "New Tarrow": "New" capitalised before the rest of a name is part of it, not a role ("new coach").
    if (nameStart === i + 1 && nameStart < words.length && w.text === 'New' && isNameWord(words[i + 1]!)) { nameStart = i; continue; }
    if (!isNameWord(w)) break;
    nameStart = i;
  }
  if (words[nameStart] && NAME_CONNECTORS.has(words[nameStart]!.text)) nameStart++;
  const nameWords = words.slice(nameStart).map((w) => w.text).filter((w) => !HONORIFICS.test(w));
  const roleWords = words.slice(0, nameStart).filter((w) => !HONORIFICS.test(w.text));
  // "the ministry": "the" is no role; nor is a sentence's opening "But", "And" or "Meanwhile".
  while (roleWords.length && /^(?:DET|CCONJ|SCONJ|ADV)$/.test(roleWords[0]!.pos)) roleWords.shift();
  // "Harbour Radio and The Norland Times confirmed": two speakers; the claim names the first.
  const beforeName = roleWords[roleWords.length - 1]?.pos === 'DET' ? roleWords.slice(0, -1) : roleWords;
  const conjunct = beforeName.slice(0, -1);
  if (beforeName[beforeName.length - 1]?.text === 'and' && conjunct.length && conjunct.length <= 4 && conjunct.every(isNameWord) && nameWords.length) {
    return { text: phrase, name: conjunct.map((w) => w.text).join(' ') };
  }
  // "Last November the Harbour Gazette", "On Monday the ministry's Ana Lima": words that end in an
  // article before the name are an opening phrase of the sentence, not what the name is.
  const endsInArticle = /^(?:the|a|an)$/i.test(roleWords[roleWords.length - 1]?.text ?? '');
  // "people familiar with the Summit of the Americas": the name ends an "of" phrase; whoever spoke is
  // the description it belongs to, not the name.
  if (endsInArticle && roleWords.length >= 3 && /^of$/i.test(roleWords[roleWords.length - 2]!.text)) return { text: phrase, role: phrase };
  const lastRoleWord = roleWords[roleWords.length - 1]?.text.toLowerCase();
  if (lastRoleWord && /^(?:of|for|at|from)$/.test(lastRoleWord) && nameWords.length) {
    // "High Commissioner for Human Rights Ana Lima": a long capitalised run after the role's
    // preposition is what the role is of, then the person's given and family name.
    const personAt = words.length - 2;
    if (nameWords.length >= 4 && words.slice(personAt).every((w) => w.pos === 'PROPN')) {
      return { text: phrase, name: nameWords.slice(-2).join(' ').replace(/['’]s$/, ''), role: text.slice(roleWords[0]!.start, words[personAt - 1]!.end) };
    }
    // "CEO of Harbour Cross Media", "the city of Tarrow": the name is what the speaker belongs to, not
    // the speaker; the description says who spoke.
    return { text: phrase, role: phrase };
  }
  // "the US and France": two speakers together, which the phrase names (a first conjunct that reads
  // as a name is taken above).
  if (lastRoleWord === 'and' && nameWords.length) return { text: phrase, role: phrase };
  const role = roleWords.length && !endsInArticle ? text.slice(roleWords[0]!.start, roleWords[roleWords.length - 1]!.end) : undefined;
  // "Authorities said", "Witnesses told": a plural description capitalised to open the sentence is no name.
  const only = words.length === 1 ? words[0]! : undefined;
  if (only && only.start === 0 && /^(NOUN|PROPN)$/.test(only.pos) && /s$/.test(only.text) && SPEAKER_HEADS.test(only.text)) return { text: phrase, role: phrase };
  // A person's name has up to four words; "the" before a longer capitalised run makes it an
  // organisation's ("the Coastal Fishers Mutual Aid League").
  const organisationRun = nameStart === 1 && /^the$/i.test(words[0]!.text);
  if (nameWords.length > 0 && nameWords.length <= (joined || organisationRun ? 8 : 4)) {
    const name = nameWords.join(' ').replace(/['’]s$/, '');
    return role ? { text: phrase, name, role } : { text: phrase, name };
  }
  const head = words[words.length - 1]!;
  // "the North's Harbour Gazette newspaper": the outlet's name is the capitalised run before the kind of outlet.
  if (OUTLET_HEADS.test(head.text) && nameStart === words.length) {
    let start = words.length - 1;
    // A possessive ("the North's") is whose outlet it is, not its name.
    // "the Library of Congress website": a name joined by "of" or "and" is whole.
    const capitalisedName = (w: Token | undefined): boolean => !!w && /^\p{Lu}/u.test(w.text) && w.pos === 'PROPN' && !/['’]s$/.test(w.text);
    while (start > 0 && (capitalisedName(words[start - 1]) || (start > 1 && start < words.length - 1 && NAME_CONNECTORS.has(words[start - 1]!.text) && capitalisedName(words[start - 2])))) start--;
    const outlet = words.slice(start, words.length - 1).map((w) => w.text);
    // "the Spanish daily" names no outlet: one word that reads as a nationality is not a name.
    const nationality = outlet.length === 1 && /(?:ish|ese|ian|an|ic|i)$/.test(outlet[0]!);
    if (outlet.length >= 1 && outlet.length <= 5 && !nationality) return { text: phrase, name: outlet.join(' '), role: phrase };
  }
  // "The preschool says", "the teen told": a head noun the tagger read as an adjective, right after
  // "the". Only there: "a person familiar (with ...)", "the LAPD early (Monday)" end in true adjectives.
  const nounHead = head.pos === 'NOUN' || (head.pos === 'ADJ' && words.length === 2 && /^the$/i.test(words[0]!.text));
  if (SPEAKER_HEADS.test(head.text) || (anyNoun && nounHead && words.length <= 6)) return { text: phrase, role: phrase };
  return undefined;
}

/**
 * "(the) Tarrow Police Department", "the Department of Justice": the capitalised run that ends the
 * phrase, role words and possessives included, when an organisation's head word ends it or opens it
 * before "of"/"for". "Norlandic state TV" describes a broadcaster without naming it: a role.
 */
function organisationName(words: Token[], text: string): { name?: string; role?: string } | undefined {
  const last = words.length - 1;
  const capitalised = (w: Token | undefined): boolean => !!w && /^\p{Lu}/u.test(w.text) && w.pos !== 'DET' && !HONORIFICS.test(w.text);
  let start = last + 1;
  for (let i = last; i >= 0; i--) {
    const w = words[i]!;
    // "Harbour County Sheriff's Office" is one name; in "Norland's Weather Agency" the possessive says whose it is.
    const possessive = /^['’]s$/.test(w.text) && !!words[i - 1] && (isRoleWord(words[i - 1]!.text) || /^(?:Coroner|Examiner)$/.test(words[i - 1]!.text));
    const joins = (possessive || NAME_CONNECTORS.has(w.text)) && start <= last && capitalised(words[i - 1]);
    if (!capitalised(w) && !joins) break;
    start = i;
  }
  // "On Monday Harbour Police Service said", "The Committee said": a day or an article opens no name.
  while (start <= last && RUN_OPENERS.test(words[start]!.text)) start++;
  if (start > last || !capitalised(words[start])) return undefined;
  const run = words.slice(start);
  const endsWithHead = ORGANISATION_HEADS.test(run[run.length - 1]!.text);
  // "Department of Justice", "Ministry of Foreign Affairs"; not "Department of Justice Spokesman Tom Reyes".
  const opensWithHead = ORGANISATION_HEADS.test(run[0]!.text) && run.length > 2 && run.length <= 5 && /^(of|for)$/.test(run[1]!.text);
  if (!(endsWithHead || opensWithHead)) return undefined;
  // "Norlandic state TV": a broadcaster's kind alone, after a description, names no particular one.
  if (run.length === 1) return start > 0 && /^(?:TV|Television|Radio)$/.test(run[0]!.text) && /^\p{Ll}/u.test(words[start - 1]!.text) ? { role: text.slice(words[0]!.start, run[0]!.end) } : undefined;
  const before = words.slice(0, start);
  while (before.length && (before[0]!.pos === 'DET' || RUN_OPENERS.test(before[0]!.text))) before.shift();
  // Words joined by single spaces, as the other names are ("Office of Roads Rail and Ports").
  const name = run.map((w) => w.text).join(' ').replace(/ (['’]s)(?= )/g, '$1');
  return before.length ? { name, role: text.slice(before[0]!.start, before[before.length - 1]!.end) } : { name };
}
