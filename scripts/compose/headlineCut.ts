/**
 * A sentence as a headline: without its dateline and full stop, and when it is long (a 38-word
 * lede fills a phone's first screen), cut where a clause ends, never inside a phrase: first the
 * trailing attribution (", a spokesman said"), then at a clause boundary (", and ...", " before
 * ...", " as the ... struck", "; ..."). The whole sentence stays in the lede. Hand-written: no kept library cuts English
 * at clause boundaries (wink gives parts of speech, not clauses), and these few boundaries suffice.
 */
import { tokenize, type Token } from '../segment/tokens.ts';
import { balancedQuotes, standsAlone, withoutDateline } from './standsAlone.ts';

/** About as many words as six lines of a headline on a 390 px phone, which still leave the first figures on its first screen: past this a headline is cut. */
export const TITLE_WORDS = 24;
/** A head shorter than this says too little ("An officer lay bleeding", of a shooting at an airport) or is a fragment. */
const MIN_HEAD_WORDS = 10;

/**
 * ", a game official said", ", according to the police", ", the agency reported on Friday":
 * who said it, after what was said. The lede keeps it; a headline may drop it, as news headlines do.
 */
const TRAILING_ATTRIBUTION = /,\s+(?:according to\s+[^,;]{2,80}|(?:[^,;"“”]{1,70}?\s+)?(?:said|says|reported|reports|announced|confirmed|told\s+[^,;]{1,40}|added|wrote|stated)(?:\s+(?:on\s+|late\s+|early\s+)?[\p{L}\d.]+){0,2})$/u;

/**
 * Where a clause ends and another begins: a coordinating or subordinating conjunction after a
 * comma (or a participle: ", setting off ...", ", filed by ..."), a subordinator without one
 * (not "hours after", one phrase, but "for two days | before"), an attribution inside the
 * sentence (", a spokesman said on Monday, less than ..."), a semicolon, a colon before a capital
 * or a dash; a bare "and" before a verb is found apart (andBeforeVerb). Not ", which" or ", where":
 * their clause may end mid-sentence ("told the network, which runs the show, that ...").
 * The cut is made before the match.
 */
const CLAUSE_BOUNDARY = /(?:,\s+(?:and|but|while|as|after|before|when|with|amid|\p{Ll}{2,}ing|\p{Ll}{2,}ed\s+by)\b|(?<!(?<!\bfor\s+\S+\s+)\b(?:hours?|days?|minutes?|weeks?|months?|years?|shortly|just|soon|long|moments?|right))\s+(?:before|after|while|because|although|though|amid|following|until|when|as\s+part\s+of|in\s+order\s+to)\s+|,\s+(?:(?:a|an|the)\s+)?[^,;"“”]{1,50}?\s+(?:said|says|reported|announced)\b(?=[^,]{0,30},)|;\s+|:\s+(?=\p{Lu})|\s+(?:[—–]|--?)\s+)/gu;

/** "The ferry caught fire." -> "The ferry caught fire": the sentence as a headline, whole ("U.S.", "2 p.m." keep their stop). */
export function asHeadline(sentence: string): string {
  return withoutDateline(sentence).trim().replace(/\s+/g, ' ').replace(/(?<!\b\p{L})[.]$/u, '');
}

/**
 * The sentence as a headline of at most `limit` words where it can be cut at a clause's end
 * (the first clause that reads as a headline), else the whole sentence. `cut` says whether words were dropped.
 */
export function headlineOf(sentence: string, limit = TITLE_WORDS): { text: string; cut: boolean } {
  const whole = asHeadline(sentence);
  if (words(whole) <= limit) return { text: whole, cut: false };
  const unattributed = whole.replace(TRAILING_ATTRIBUTION, '');
  if (words(unattributed) <= limit && fitsAsHead(unattributed)) return { text: unattributed, cut: true };
  // The first clause that reads as a headline: a later cut would keep a clause that only begins
  // ("..., the affection in the room, say"), and the first clause of news says what happened.
  const boundaries = [...unattributed.matchAll(CLAUSE_BOUNDARY), ...andBeforeVerb(unattributed), ...asBeforeClause(unattributed)].sort((a, b) => a.index - b.index);
  for (const m of boundaries) {
    const head = unattributed.slice(0, m.index).replace(/[,;:]$/, '').trim();
    if (words(head) > limit) break;
    // "not only from the town, | but from all over": the two halves of one phrase.
    if (/\bnot only\b/i.test(head) && /^,\s+but\b/.test(m[0])) continue;
    if (fitsAsHead(head)) return { text: head, cut: true };
  }
  return { text: whole, cut: false };
}

/** " and waited ...": a bare "and" that joins a second verb to the subject, not two nouns ("Libya and Yemen"). */
function andBeforeVerb(text: string): Array<{ index: number; 0: string }> {
  const tokens = tokenize(text);
  // Not after a verb: "have been unearthed and shared" is one verb phrase sharing its auxiliary.
  return tokens.flatMap((t, i) => t.text.toLowerCase() === 'and' && tokens[i + 1]?.pos === 'VERB' && !['PUNCT', 'VERB', 'AUX'].includes(tokens[i - 1]?.pos ?? '')
    ? [{ index: t.start - 1, 0: ' and ' }] : []);
}

/** Words before "as" that make it part of a phrase ("such as", "as well as", "known as", "as many as"), not a clause's opening. */
const AS_IN_A_PHRASE = new Set(['such', 'well', 'known', 'same', 'much', 'many', 'soon', 'long', 'far', 'just', 'as', 'so', 'served', 'serving', 'serves', 'act', 'acted', 'acting', 'works', 'worked', 'working', 'described', 'identified', 'named', 'seen', 'regarded', 'listed']);

/**
 * " as the two regimes struck back ...": a bare "as" that opens a clause of its own, with a subject
 * (a determiner or a name after it) and a verb within its next words, before any comma; not "such
 * as", "as well as", "served as the chief", nor "as the party's leader" (no verb: a role, not a clause).
 */
function asBeforeClause(text: string): Array<{ index: number; 0: string }> {
  const tokens = tokenize(text);
  return tokens.flatMap((t, i) => {
    if (t.text.toLowerCase() !== 'as' || i === 0 || AS_IN_A_PHRASE.has(tokens[i - 1]!.text.toLowerCase())) return [];
    const next = tokens[i + 1];
    if (!next || !(/^(?:the|a|an|his|her|their|its|this|these|those)$/i.test(next.text) || next.pos === 'PROPN')) return [];
    const clause = tokens.slice(i + 2, i + 8);
    const end = clause.findIndex((c) => c.pos === 'PUNCT');
    const verb = (end < 0 ? clause : clause.slice(0, end)).some((c) => c.pos === 'VERB' || c.pos === 'AUX');
    return verb ? [{ index: t.start - 1, 0: ' as ' }] : [];
  });
}

/** True for a head that reads as a headline: enough words, a verb, and no quotation or bracket left open. */
function fitsAsHead(head: string): boolean {
  if (words(head) < MIN_HEAD_WORDS || !balancedQuotes(head)) return false;
  if ((head.match(/\(/g) ?? []).length !== (head.match(/\)/g) ?? []).length) return false;
  // A head ending in an article, a preposition or a conjunction stops mid-phrase.
  if (/\b(?:a|an|the|of|in|on|at|to|for|by|with|and|or|but|that|from)$/i.test(head)) return false;
  // And it still reads on its own: a cut may end "... days earlier", a time told before.
  return hasMainVerb(tokenize(head)) && standsAlone(head);
}

/**
 * True when the head has a verb of its own, not only one inside a relative clause: "A woman who
 * was attacked by a raccoon" is a noun phrase; "A woman who was attacked ... drowned it" is a sentence.
 */
function hasMainVerb(tokens: readonly Token[]): boolean {
  const relative = tokens.findIndex((t) => /^(?:who|whom|whose|which|that)$/i.test(t.text));
  const groups = verbGroups(relative < 0 ? tokens : tokens.slice(relative));
  if (relative < 0) return groups > 0;
  return verbGroups(tokens.slice(0, relative)) > 0 || groups >= 2;
}

/** How many runs of verbs the tokens hold ("has been found" is one, "shot him and fled" two). */
function verbGroups(tokens: readonly Token[]): number {
  let groups = 0;
  let inGroup = false;
  for (const t of tokens) {
    const verb = t.pos === 'VERB' || t.pos === 'AUX';
    if (verb && !inGroup) groups++;
    inGroup = verb || (inGroup && (t.pos === 'ADV' || t.pos === 'PART'));
  }
  return groups;
}

function words(text: string): number {
  return text.trim().split(/\s+/).length;
}
