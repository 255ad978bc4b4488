/**
 * The event's headline and summary, when its folder names neither (sources.yaml's `event:` entry):
 * a source's own headline about what the sources agree on, else the best-corroborated sentence
 * that reads on its own, outside its article.
 */
import type { Claim, Facts, Source } from '../contracts/facts.ts';
import { datelineLength } from '../clean/dateline.ts';
import { contentWords } from '../align/words.ts';
import { sourceCount } from '../align/evidence.ts';
import { tokenize } from '../segment/tokens.ts';

/** A sentence longer than this reads as a paragraph, not a headline: a shorter one is preferred. */
const HEADLINE_WORDS = 25;
/** Past this many words a sentence is never a headline. */
const MAX_WORDS = 40;

/**
 * First words that point back into the article ("They said ...", "But the storm ..."), so the
 * sentence only makes sense after the ones before it. General English, no event's words.
 */
const LEANS_ON_CONTEXT = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'him', 'them', 'us',
  'this', 'that', 'these', 'those', 'there', 'then', 'here', 'such', 'both', 'another', 'others', 'other', 'the latter', 'the former',
  'but', 'and', 'or', 'so', 'yet', 'still', 'also', 'however', 'meanwhile', 'instead', 'later', 'earlier', 'now', 'afterward', 'afterwards',
  'although', 'though', 'while', 'because', 'since', 'if', 'when', 'as', 'even', 'nor', 'neither', 'besides', 'moreover', 'furthermore',
  'nevertheless', 'nonetheless', 'otherwise', 'thus', 'hence', 'indeed', 'instead', 'likewise', 'similarly', 'again', 'too',
]);
/**
 * Prepositions that open a scene-setting phrase ("On Aug. 28, the storm was still a day away",
 * "Before dinner on July 29, ..."): the time or place is the article's, told as a story, not the news.
 */
const SCENE_OPENERS = /^(?:on|by|at|in|before|after|until|till|from|during|within|around|about|last|early|late|that|this|one)\b[^,]{0,40},\s/i;

/** The sentence without its wire dateline ("PORTO (Wire) - The ferry ..." -> "The ferry ..."). */
export function withoutDateline(text: string): string {
  const cut = datelineLength(text);
  // "Sen. Ana Lima (D-Norland) on Sunday said ...": a parenthesis followed by lower case is the
  // sentence's own aside, not a dateline's outlet; a dateline is followed by the news, in capitals.
  if (cut && /^\p{Lu}|^["“‘]/u.test(text.slice(cut))) return text.slice(cut);
  return text;
}

/** True when the sentence reads on its own as a headline: it opens with its subject, not a pointer back into its article. */
export function standsAlone(sentence: string): boolean {
  const text = withoutDateline(sentence).trim();
  if (!/^[\p{Lu}\d]/u.test(text)) return false; // a quotation, a bracket or a lower-case continuation
  if (/\?\s*$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 4 || words.length > MAX_WORDS) return false;
  const first = words[0]!.toLowerCase().replace(/[^\p{L}'’]/gu, '');
  const firstTwo = `${first} ${words[1]!.toLowerCase()}`;
  if (LEANS_ON_CONTEXT.has(first) || LEANS_ON_CONTEXT.has(firstTwo)) return false;
  if (SCENE_OPENERS.test(text)) return false;
  // A headline says what happened: it has a verb.
  return tokenize(text).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** "The ferry caught fire." -> "The ferry caught fire": a headline carries no full stop. */
function asHeadline(sentence: string): string {
  return withoutDateline(sentence).trim().replace(/\s+/g, ' ').replace(/(?<!\b\p{Lu})[.]$/u, '');
}

/**
 * The headline: the headline of the source that supports most of the lead claims, when sources
 * have headlines about what they agree on; else the first of `ranked` (best-corroborated first)
 * that stands alone, a short one before a long one of the same support.
 */
export function pickTitle(facts: Facts, ranked: readonly Claim[]): string {
  const top = facts.claims.slice(0, 10);
  const topWords = new Set(top.flatMap((c) => contentWords(c.text)));
  // A headline must be about what the sources agree on: a caption-like first line is not.
  const relevance = (s: Source): number => contentWords(s.title ?? '').filter((w) => topWords.has(w)).length;
  const support = (s: Source): number => top.filter((c) => c.evidence.some((e) => e.source === s.id)).length;
  const titled = facts.sources.filter((s): s is Source & { title: string } => !!s.title && relevance(s) >= 2);
  // A headline says what happened: one with a verb beats a name-and-age caption line.
  const hasVerb = (s: Source): number => Number(tokenize(s.title ?? '').some((t) => t.pos === 'VERB' || t.pos === 'AUX'));
  if (titled.length) return [...titled].sort((a, b) => hasVerb(b) - hasVerb(a) || support(b) - support(a) || relevance(b) - relevance(a) || (a.id < b.id ? -1 : 1))[0]!.title;
  const alone = ranked.filter((c) => standsAlone(c.text));
  if (alone.length) {
    const best = sources(alone[0]!);
    const short = alone.find((c) => sources(c) === best && wordCount(c.text) <= HEADLINE_WORDS);
    return asHeadline((short ?? alone[0]!).text);
  }
  const lead = ranked[0]?.text ?? facts.claims[0]?.text;
  return lead ? asHeadline(lead) : 'What the sources report';
}

/**
 * The summary under the headline: the first lede sentence that is not the headline itself, else
 * the best-corroborated other sentence that stands alone; '' when there is none.
 */
export function pickDescription(title: string, lede: readonly Claim[], ranked: readonly Claim[] = []): string {
  const same = (text: string): boolean => asHeadline(text).toLowerCase() === title.toLowerCase();
  return lede.find((c) => !same(c.text))?.text ?? ranked.find((c) => !same(c.text) && standsAlone(c.text))?.text ?? '';
}

function sources(c: Claim): number {
  return sourceCount(c.evidence);
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}
