/**
 * Who a quote claim is by, from what each of its sources says. Every source keeps its own speaker
 * on its evidence; the claim names one only where the sources agree, or where several sources agree
 * on one person and the others name someone less specific. A wrong attribution is worse than none:
 * otherwise the claim is unattributed and each passage shows its own source's speaker.
 */
import type { Speaker } from '../contracts/facts.ts';
import type { QuoteMention } from '../contracts/stages.ts';
import { stem } from './words.ts';

/** The speaker one source gives for its words, as the evidence records it; undefined when it names no one. */
export function mentionSpeaker(m: QuoteMention): Speaker | undefined {
  if (!m.speaker) return undefined;
  return m.role ? { name: m.speaker, role: m.role } : { name: m.speaker };
}

/** The claim's speaker for a group of mentions of the same words (see the module comment). */
export function claimSpeaker(mentions: readonly QuoteMention[]): Speaker | undefined {
  const named = mentions.filter((m) => m.speaker);
  if (named.length === 0) return undefined;
  if (named.every((a) => named.every((b) => sameName(a.speaker!, b.speaker!)))) return fullest(named);
  // The sources disagree. A person whom two or more sources name (alike) is taken over an
  // organisation, a description or a person only one source names; two such people are a tie.
  const groups = named.map((m) => named.filter((o) => sameName(m.speaker!, o.speaker!)));
  const sources = (group: readonly QuoteMention[]): number => new Set(group.map((o) => o.source)).size;
  const people = named.map((m, i) => ({ m, group: groups[i]! })).filter(({ m, group }) => isPersonName(m.speaker!) && sources(group) >= 2);
  if (people.length) return people.every(({ m }) => sameName(m.speaker!, people[0]!.m.speaker!)) ? fullest(people[0]!.group) : undefined;
  // No person has two sources: a name that more sources give than any other ("the coast guard" in
  // two, "officials" in one) is taken, unless a source names a person, who may be the one who spoke.
  if (named.some((m) => isPersonName(m.speaker!))) return undefined;
  const ranked = named.map((m, i) => ({ m, group: groups[i]!, n: sources(groups[i]!) })).sort((a, b) => b.n - a.n);
  const top = ranked[0]!;
  const rival = ranked.find(({ m }) => !sameName(m.speaker!, top.m.speaker!));
  return top.n >= 2 && (!rival || rival.n < top.n) ? fullest(top.group) : undefined;
}

/**
 * The same speaker written alike: the same words ("a spokesman" twice), namedAlike ("Romney" /
 * "Mitt Romney"), or one description that another only narrows with proper names ("police" /
 * "Chicago Police", "a privacy group" / "Privacy groups"). Used for who a claim is by, not for
 * which passages join.
 */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase() || namedAlike(a, b) || describedAlike(a, b);
}

/** "police" / "San Diego police": the longer ends with the shorter's words, and what it adds are proper names, not a rank ("vice"). */
function describedAlike(a: string, b: string): boolean {
  const [short, long] = [descriptionWords(a), descriptionWords(b)].sort((x, y) => x.length - y.length) as [Word[], Word[]];
  if (!short.length) return false;
  const extra = long.slice(0, long.length - short.length);
  if (!short.every((w, i) => w.stem === long[extra.length + i]!.stem)) return false;
  return extra.every((w) => /^\p{Lu}/u.test(w.text) && !RANK_MODIFIER.test(w.text));
}

interface Word { text: string; stem: string }

function descriptionWords(speaker: string): Word[] {
  return speaker.split(/\s+/).filter((w) => w && !/^(?:the|a|an)$/i.test(w)).map((text) => ({ text, stem: stem(text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')) }));
}

/** Words that make a different post of a title ("Vice President" is not "President"). */
const RANK_MODIFIER = /^(?:Vice|Deputy|Former|Acting|Assistant|Associate|Under|Lieutenant|Junior|Senior|Interim|Ex)$/i;

/** The fullest name of agreeing mentions (most name words, then the longest), with a role one of them gives. */
function fullest(agreeing: readonly QuoteMention[]): Speaker {
  const best = [...agreeing].sort((a, b) => nameWords(b.speaker!).length - nameWords(a.speaker!).length || b.speaker!.length - a.speaker!.length)[0]!;
  const role = best.role ?? agreeing.find((m) => m.role)?.role;
  return role ? { name: best.speaker!, role } : { name: best.speaker! };
}

/**
 * One speaker named two ways across outlets ("Romney" / "Mitt Romney", "H.R. McMaster" / "HR
 * McMaster", "the EPA" / "EPA"): the shorter name's last word is in the longer one, and where the
 * shorter gives a first name too, the longer opens with it. "Jordan Hunt" and "Morgan Hunt" are
 * two people. Their quotes are then compared as one speaker's (paraphrase allowed).
 */
export function namedAlike(a: string, b: string): boolean {
  const [short, long] = [nameWords(a), nameWords(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  if (!short.length || !long.includes(short[short.length - 1]!)) return false;
  return short.length < 2 || short[0] === long[0];
}

/**
 * One body named bare by one outlet and with its qualifier by another ("police" / "Harbour County
 * police", "the ministry" / "the Foreign Ministry"): the shorter description, its article aside, is
 * the whole end of the longer. Not for people's names (namedAlike decides those).
 */
export function oneBodyNamedTwoWays(a: string, b: string): boolean {
  if (isPersonName(a) || isPersonName(b)) return false;
  const [short, long] = [bodyWords(a), bodyWords(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  return short.length > 0 && long.length > short.length && endsWith(long, short);
}

function bodyWords(description: string): string[] {
  const words = description.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/).filter(Boolean);
  return /^(?:the|a|an)$/.test(words[0] ?? '') ? words.slice(1) : words;
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  return short.every((w, i) => long[long.length - short.length + i] === w);
}

/**
 * A speaker's capitalised words, without possessives, dots, an opening article or the titles and
 * ranks written before a name ("H.R. McMaster's" -> HR, McMaster; "Det Con Tim Bird" -> Tim, Bird;
 * "Mr. Okafor" -> Okafor): outlets differ in the titles they give one person ("DC Bird", "Dr. Lima").
 */
function nameWords(speaker: string): string[] {
  const words = speaker.replace(/['’]s\b/g, '').replace(/\./g, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w));
  let first = 0;
  while (first < words.length - 1 && TITLE.test(words[first]!)) first++;
  return words.slice(first);
}

/** Titles and ranks, abbreviated as outlets write them before a name (dots already gone). */
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Rev|Sir|Dame|Det|Con|DC|DS|DI|DCI|PC|Sgt|Cpl|Pte|Lt|Col|Capt|Cmdr|Maj|Gen|Adm|Insp|Supt|Gov|Sen|Rep|Hon|Judge|Officer|Detective|Sergeant|Inspector|Constable|Sheriff|Deputy|Chief|Captain|Lieutenant|Colonel|General|Governor|Senator|Representative|Mayor|Professor|Doctor)$/;

/** "Amara Okafor": two or more capitalised words and nothing else. */
export function isPersonName(speaker: string): boolean {
  return /^(?:\p{Lu}[\p{L}'’.-]*\s+)+\p{Lu}[\p{L}'’.-]*$/u.test(speaker);
}
