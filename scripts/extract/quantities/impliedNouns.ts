/**
 * What a bare figure counts when no noun follows it but the words around it say, as a reader
 * would take it: "a crew of 150" (members), "a town of 8,000" (residents), "the number of
 * complaints rose to 100" (complaints), "the fire was one of three" (fires), "the death toll
 * rose to 40" (deaths), "at least 15 died" (people). extractQuantities.ts asks here before and
 * after lending a bare figure the noun of an earlier count.
 */
import type { NumberMention } from './numbers.ts';
import type { Token } from '../../segment/tokens.ts';

export interface ImpliedNoun {
  /** Lemma, for alignment ("member"). */
  head: string;
  /** The claim's unit, a plural ("members"). */
  unit: string;
  /** What is counted, where the frame names it ("members of the crew"). */
  counts?: string;
}

/** "a delegation of 400": groups of people whose size is given after "of" with no noun. */
const GROUP_OF = /\b(delegation|team|crowd|group|contingent|workforce|crew|squad|party|audience|congregation)\s+of\s*$/i;
/**
 * "a crowd that had swelled to 2,000", "the crowd had grown to more than 20,000", "crowds estimated at 5,000": the size
 * of a crowd given with a verb of size, with no noun, counts people. (A crowd's other figures, "the crowd of 40 cars", have
 * their noun; "a crowd of 400" is a group's members, GROUP_OF.)
 */
const CROWD_SIZE = /\bcrowds?\b(?:\s+(?:that|which|who))?(?:\s+(?:had|has|have|was|were|is|are))?(?:\s+(?:already|quickly|soon|later|since))?\s+(?:swelled|swollen|grew|grown|numbered|reached|topped|estimated\s+at|put\s+at)\s+(?:to\s+)?$/i;
/** "a mother of 10", "the father of three": a parent's children, counted after "of" with no noun. */
const PARENT_OF = /\b(?:mother|father|grandmother|grandfather|mom|mum|dad|parents?)\s+of\s+$/i;
/** "a city of 400,000", "cities with populations of 100,000": places whose population is given after "of" with no noun. */
const PLACE_OF = /\b(city|town|village|country|nation|island|state|province|region|metropolis|community|suburb|population|populations)\s+of\s*$/i;
/**
 * "the number of (obese) people ... (rose) to 100", "Number of wounded rises to eight" (a headline's
 * style, which may follow a live blog's time stamp: "7:40 P.M. Number of ..."), "the number of dead": the plural noun a later bare figure counts (up to two modifiers before it, lower-case or a name's words as in "the number of Supreme Court seats", not a verb; no other figure between).
 * An adjective that names people ("the wounded", "the dead") counts people.
 */
const NUMBER_OF = /(?:\b[Tt]he (?:(?:total|overall|official|estimated|actual|final) )?n|\bN)umber of (?:(?!and\b|or\b)(?:[\p{Ll}-]+|\p{Lu}[\p{Ll}-]*) |(?!and\b|or\b)[\p{Ll}-]*[^\Ws] (?:or|and) (?!the\b)){0,2}?(?!(?:has|was|is|does|says|seems|remains|stands|this|its|his|us|as|was|plus|less)\b)([\p{Ll}]+s(?<!ss|us|is)|\p{Lu}\p{Ll}+s|people|children|men|women|wounded|injured|dead|missing|displaced|homeless)\b[^\d.;]{0,80}$/u;
/** Adjectives that stand for people after "the number of": "the number of wounded". */
const PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set(['wounded', 'injured', 'dead', 'missing', 'displaced', 'homeless']);
/** "the death toll (from the protests) rose to 40": a later bare figure counts deaths. */
const DEATH_TOLL = /\b(?:death|casualty)\s+toll\b[^\d.;]{0,60}$/i;
/**
 * "the toll stands at 120", "putting the toll at 10,000", "the toll from the storm rose to 99": "toll"
 * alone, led by a determiner and reaching the figure through a verb of level and "at"/"to", is a death toll
 * (a road's toll is money, which is no count; "took a heavy toll on" has no such "at"/"to").
 */
const BARE_TOLL = /\b(?:the|overall|official|confirmed)\s+toll\s+(?:(?:from|in)\s+[^\d.;,]{1,40}?\s+)?(?:(?:has|had|now|officially)\s+)?(?:(?:stands|stood|rose|risen|rises|climbed|climbs|jumped|reached|reaches|hit|grew|increased)\s+)?(?:to|at)\s+$/i;
/**
 * "15 died", "three were wounded", "two have been killed", "left 10 dead.", "nearly 50 picketed": a bare figure whose
 * verb says it counts people. "dead" and "missing" only at the end of the phrase ("35 missing
 * people", "717 missing persons reports" have their own noun).
 */
const CASUALTY_AFTER = /^\s+(?:others?\s+|more\s+)?(?:(?:were|are|have\s+been|had\s+been|was|remain|remained|remains|are\s+still|were\s+still|still)\s+)?(?:died|killed|injured|hurt|wounded|hospitali[sz]ed|rescued|arrested|evacuated|protested|marched|rallied|picketed|demonstrated|attended|gathered|assembled|congregated|flocked|fled|escaped|turned\s+out|showed\s+up|took\s+part|participated|signed\s+up|(?:joined|filled|packed|lined)(?=\s+(?:the|a|an|in)\b)|(?:dead|missing)(?=\s*(?:[,.;:)]|$|\s+(?:in|at|on|after|across|since|from|and|or|as|when|while|following|including)\b)))\b/i;

/**
 * "The blast killed at least 20.", "killing 12 and wounding 30", "Police arrested 14.": a bare
 * figure that a verb of harm, arrest or rescue takes as its object counts people. Only where
 * nothing follows that could be its own noun (end of clause, "and", "including").
 */
const CASUALTY_BEFORE = /\b(?:killed|killing|kills|wounded|wounding|wounds|injured|injuring|injures|arrested|arresting|arrests|detained|detaining|rescued|rescuing|evacuated|evacuating|hospitali[sz]ed|sickened|sickening)\s+(?:(?:at least|more than|about|nearly|some|an estimated|as many as|over|almost|up to|roughly|around|another|a further)\s+)?$/i;
const CLAUSE_END_AFTER = /^\s*(?:[,.;:)—–]|$|and\b|or\b|including\b|in\b|on\b|at\b|as\b)/i;

export function casualtyVerbBefore(text: string, figure: NumberMention): boolean {
  const before = text.slice(0, figure.start);
  const after = text.slice(figure.end);
  // "wounding three others": the others are people too.
  if (CASUALTY_BEFORE.test(before) && CLAUSE_END_AFTER.test(after.replace(/^\s+others\b/i, ''))) return true;
  // "killed the chief and four others": more people the same verb took as its object.
  return /^\s+others\b/i.test(after) && CASUALTY_OBJECT_AND.test(before);
}

/** "killed the chief and", "wounding a guard and": a casualty verb, its object and "and", before "N others". */
const CASUALTY_OBJECT_AND = /\b(?:killed|killing|kills|wounded|wounding|injured|injuring|arrested|arresting|detained|rescued|evacuated)\s+[^\d.;:,]{1,50}?\s+and\s+(?:(?:at least|about|nearly|some|up to)\s+)?$/i;

/** "he and", "Jane Roe and": someone the figure's "others" are added to. */
const WITH_SOMEONE = /(?:\b(?:he|she|I|we|they|him|her|me|us|them)|\p{Lu}\p{Ll}+)\s+(?:and|with)\s+$/u;

const IRREGULAR_SINGULAR: Record<string, string> = { people: 'people', children: 'child', men: 'man', women: 'woman' };
const IRREGULAR_PLURAL_OF: Record<string, string> = { person: 'people', people: 'people', man: 'men', woman: 'women', child: 'children', police: 'police', staff: 'staff', personnel: 'personnel', aircraft: 'aircraft' };

/** The noun a frame around a bare count figure implies, if any (checked before lending an earlier count's noun). */
export function nounFromFrame(text: string, figure: NumberMention, tokens: readonly Token[]): ImpliedNoun | undefined {
  const before = text.slice(0, figure.start);
  const after = text.slice(figure.end);
  // "a 150-strong crew", "a crew of 150,": a group of that many members.
  const group = /^-strong\s+([\p{Ll}-]+)/u.exec(after) ?? GROUP_OF.exec(before);
  if (group) return { head: 'member', unit: 'members', counts: `members of the ${group[1]!.toLowerCase()}` };
  // "the soldiers, up to 15 of whom were seen": the plural noun the relative clause hangs on.
  if (/^\s+of\s+(?:whom|which)\b/i.test(after)) {
    const noun = antecedent(tokens, figure);
    if (noun) return { head: noun.lemma, unit: noun.text.toLowerCase() };
  }
  // "after inmates revolted over their conditions, 1,200 of them were killed": the first plural the sentence names.
  if (/^\s+of\s+(?:them|those|these)\b/i.test(after)) {
    const noun = firstPlural(tokens, figure);
    if (noun) return { head: noun.lemma, unit: noun.text.toLowerCase() };
  }
  // "Three of the injured were in serious condition": part of the people an adjective names.
  if (/^\s+of\s+(?:the|those)\s+(?:injured|wounded|dead|missing|killed|hurt|displaced|homeless|evacuated|rescued)\b/i.test(after)) return { head: 'people', unit: 'people' };
  if (CROWD_SIZE.test(before)) return { head: 'people', unit: 'people', counts: 'people in the crowd' };
  if (PARENT_OF.test(before) && Number.isInteger(figure.value) && figure.value < 30 && !/^\s*(?:[\p{L}-]+\s+){0,2}(?:children|kids|sons|daughters|boys|girls)\b/u.test(after)) return { head: 'child', unit: 'children' };
  const place = PLACE_OF.exec(before);
  if (place) return { head: 'resident', unit: 'residents', counts: /^population/i.test(place[1]!) ? 'residents' : `residents of the ${place[1]!.toLowerCase()}` };
  // "The number of petitions ... rose to more than 100": the count noun came first.
  // ("the number of carers rose by 40%, from 357 to 1,600", "rose from 857 million in 1980 to 2.1 billion": a share, a year or
  // the level before "to" between the noun and the figure say how the number changed, not what it counts.)
  const numberOf = NUMBER_OF.exec(before) ?? (/\d/.test(before) ? NUMBER_OF.exec(maskChangeFigures(before)) : null);
  if (numberOf && !/^-\p{L}/u.test(after)) {
    const unit = numberOf[1]!.toLowerCase();
    if (PEOPLE_ADJECTIVES.has(unit)) return { head: 'people', unit: 'people', counts: `${unit} people` };
    return { head: IRREGULAR_SINGULAR[unit] ?? unit.replace(/ies$/, 'y').replace(/([^s])s$/, '$1'), unit, counts: unit };
  }
  // "The fire was one of three to break out that week": three fires, whatever came before.
  // (When the sentence opens on a name or a pronoun, the figure is elliptical like any other.)
  const subject = /\bone\s+of\s+(?:the\s+)?$/i.test(before) ? subjectNoun(tokens, figure) : undefined;
  if (subject) return { head: subject, unit: pluralOf(subject) };
  if (DEATH_TOLL.test(before) || BARE_TOLL.test(before)) return { head: 'death', unit: 'deaths' };
  // "She had hard pregnancies -- four in all", "The team won medals: nine in total": a total after a dash or colon
  // counts the plural noun right before it.
  const totalled = TOTAL_AFTER.test(after) ? PLURAL_BEFORE_DASH.exec(before) : null;
  if (totalled) {
    const unit = totalled[1]!.toLowerCase();
    return { head: IRREGULAR_SINGULAR[unit] ?? unit.replace(/ies$/, 'y').replace(/([^s])s$/, '$1'), unit };
  }
  return undefined;
}

/**
 * "a study estimates that 4.5 million are indentured labourers", "Officials say 300 were seasonal workers": a bare figure
 * that is the subject of "are"/"were" with a plural noun phrase after it counts that noun (the complement names what
 * the figure's people or things are). Only modifiers between the verb and the noun, and the phrase must end there: "300
 * are workers' homes" or "40 were children's books" name something else. extractQuantities.ts asks here last, after
 * every noun named before, so a count given earlier still lends its own ("Of 500 students, 120 are freshmen").
 */
export function predicateNoun(tokens: readonly Token[], figure: NumberMention): ImpliedNoun | undefined {
  let i = tokens.findIndex((t) => t.start >= figure.end);
  const verb = tokens[i];
  if (i < 0 || !verb || !/^(?:are|were)$/i.test(verb.text)) return undefined;
  i++;
  // Modifiers: "indentured", "very young", "seasonal", a noun before the head ("police officers", which wink may tag a verb).
  const modifier = (t: Token, next: Token | undefined): boolean => t.pos === 'ADJ' || (t.pos === 'ADV' && (/ly$/.test(t.text) || /^(?:very|most|mostly)$/.test(t.text))) || (t.pos === 'VERB' && /\p{Ll}ed$/u.test(t.text)) || (/^(?:NOUN|VERB)$/.test(t.pos) && /^\p{Ll}+$/u.test(t.text) && t.text === t.lemma && next?.pos === 'NOUN');
  while (tokens[i] && modifier(tokens[i]!, tokens[i + 1])) i++;
  const noun = tokens[i];
  if (!noun) return undefined;
  if (noun.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(noun.text) || noun.text === noun.lemma || !/(?:s|men|people|children)$/.test(noun.text) || /^(?:years|months|weeks|days|hours|minutes|decades|times|percent|ones|others|things)$/.test(noun.text)) return undefined;
  if (!/^(?:PUNCT|ADP|CCONJ)?$/.test(tokens[i + 1]?.pos ?? '') || /^['’]s?$/.test(tokens[i + 1]?.text ?? '')) return undefined;
  return { head: noun.lemma, unit: noun.text };
}

/** `before` with the figures that tell a change, years, shares and a "from" level, written as words ("the number of X rose by pct from N in yyyy to"). */
function maskChangeFigures(before: string): string {
  return before
    .replace(/\b(?:1[89]|20)\d{2}\b/g, 'yyyy')
    .replace(/\d[\d,.]*\s*(?:%|percent\b|per cent\b)/g, 'pct')
    .replace(/\bfrom\s+(?:(?:about|around|roughly|nearly|some|more than|fewer than|less than|just over|just under)\s+)?\d[\d,.]*(?:\s+(?:million|billion|thousand))?/g, 'from N');
}

/** "four in all", "nine in total", "six altogether": a figure given as the total of what was just named. */
const TOTAL_AFTER = /^\s+(?:in\s+all|in\s+total|altogether)\b/i;
/** "pregnancies --", "medals:": a plural noun (or a plural of people) right before a dash or colon. */
const PLURAL_BEFORE_DASH = /\b(\p{Ll}{2,}[^s\W]s|people|children|men|women)\s*(?:--|[—–:])\s*$/u;

/** "At least 15 died": a bare figure a casualty verb follows counts people (when no earlier count lent its noun). */
export function casualtyVerbAfter(text: string, figure: NumberMention): boolean {
  // "he and nine others were arrested": ten were, so "nine others" after a named person or a pronoun is no count of them.
  if (/^\s+others\b/i.test(text.slice(figure.end)) && WITH_SOMEONE.test(text.slice(0, figure.start))) return false;
  return CASUALTY_AFTER.test(text.slice(figure.end));
}

/** The first lower-case plural noun of the sentence before the figure, not a time ("years"), the subject "of them" points back to. */
function firstPlural(tokens: readonly Token[], figure: NumberMention): Token | undefined {
  return tokens.find((t) => t.end <= figure.start && t.pos === 'NOUN' && /^(?:\p{Ll}+s|people|children|\p{Ll}*men)$/u.test(t.text) && t.text !== t.lemma && !/^(?:years|months|weeks|days|hours|minutes|decades|times|percent)$/.test(t.text));
}

/**
 * The plural noun right before the comma that opens "N of whom" ("the mutinous soldiers, up to 15 of
 * whom"; "the town's residents, 60 of whom"): nothing but a possessive, a bracket or a comma after it.
 */
function antecedent(tokens: readonly Token[], figure: NumberMention): Token | undefined {
  let i = tokens.findIndex((t) => t.start >= figure.start) - 1;
  if (i < 0) i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.end > figure.start) i--;
  // Back over the qualifier ("up to", "about") to the comma.
  while (i >= 0 && tokens[i]!.pos !== 'PUNCT' && tokens[i]!.end > figure.start - 14) i--;
  if (tokens[i]?.text !== ',') return undefined;
  const noun = tokens[i - 1];
  return noun && noun.pos === 'NOUN' && noun.text.toLowerCase() !== noun.lemma && /s$/i.test(noun.text) ? noun : undefined;
}

/**
 * The noun a sentence is about when it opens "The X ..." (determiner, modifiers, noun): what
 * "one of three" counts in "The fire in the old mill was one of three ...". undefined otherwise
 * (a pronoun or a name as subject says nothing about the kind of thing counted).
 */
function subjectNoun(tokens: readonly Token[], figure: NumberMention): string | undefined {
  if (tokens[0]?.pos !== 'DET') return undefined;
  let i = 1;
  while (tokens[i]?.pos === 'ADJ') i++;
  const noun = tokens[i];
  if (!noun || noun.pos !== 'NOUN' || noun.start >= figure.start) return undefined;
  // "The fire alarm": the last of a run of nouns is the head.
  while (tokens[i + 1]?.pos === 'NOUN' && tokens[i + 1]!.start < figure.start) i++;
  return tokens[i]!.lemma;
}

/** English plural of a count noun's lemma, for units ("fire" -> "fires", "body" -> "bodies"). */
export function pluralOf(lemma: string): string {
  const irregular = IRREGULAR_PLURAL_OF[lemma];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) return `${lemma}es`;
  return `${lemma}s`;
}
