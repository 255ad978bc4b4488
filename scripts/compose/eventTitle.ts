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
  // "Dec 17 (Wire) - The jackpot ...": a date-first wire dateline, which the cleaner's datelines
  // (a place first) leave; an outlet in brackets and a dash after a date say it is one.
  const dated = /^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\s*\([\p{L} .&]+\)\s*[-–—]+\s*/u.exec(text);
  if (dated && /^\p{Lu}/u.test(text.slice(dated[0].length))) return text.slice(dated[0].length);
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
  // "Wow, the ratings are in": an interjection opens a blog's aside, not a headline.
  if (/^(?:wow|well|ok|okay|so|yes|no|oh|look|listen|hey|alas|yikes|whoa)\b[,!.]/i.test(text)) return false;
  // "The nations have also agreed ...": "also" near the start adds to something said before.
  if (/^(?:\S+\s+){1,5}also\b/i.test(text)) return false;
  // A quotation's end ("... couldn't duplicate it there.\"") is a piece of a longer quotation.
  if (!balancedQuotes(text)) return false;
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
  const lede = bestLede(facts);
  if (lede) return asHeadline(lede);
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
 * The summary under the headline: the first lede sentence that is not the headline itself and
 * stands alone, else the best-corroborated other sentence that stands alone, else any other lede
 * sentence; '' when there is none.
 */
export function pickDescription(title: string, lede: readonly Claim[], ranked: readonly Claim[] = []): string {
  const same = (text: string): boolean => asHeadline(text).toLowerCase() === title.toLowerCase();
  // A sentence that leans on the one before it ("She also asked ...", "..., he said") reads badly alone on the home page.
  const other = (c: Claim): boolean => !same(c.text);
  return lede.find((c) => other(c) && standsAlone(c.text))?.text ?? ranked.find((c) => other(c) && standsAlone(c.text))?.text ?? lede.find(other)?.text ?? '';
}

/** How many of an article's first passages may hold its lede (a photo credit or a kicker may come first). */
const LEDE_PASSAGES = 2;

/**
 * The best-corroborated lede that reads as a headline: each article's own opening sentence (the
 * first of its first passages that stands alone), the one whose fact most sources support; among
 * equals, a short one first, then the one sharing most words with the other articles (what they
 * all report), then the first article.
 */
function bestLede(facts: Facts): string | undefined {
  const passages = facts.claims.flatMap((c) => c.evidence.map((e) => ({ claim: c, e })));
  const candidates: Array<{ text: string; support: number; shared: number; short: boolean; order: number }> = [];
  facts.sources.forEach((source, order) => {
    if (source.empty || source.copyOf) return;
    const own = passages.filter((p) => p.e.source === source.id).sort((a, b) => a.e.start - b.e.start);
    const starts = [...new Set(own.map((p) => p.e.start))].slice(0, LEDE_PASSAGES);
    const others = new Set(passages.filter((p) => p.e.source !== source.id).flatMap((p) => contentWords(p.e.quote)));
    // The article's lede is its first passage that stands alone; of the claims it supports, the best-supported.
    const first = starts.map((start) => own.filter((o) => o.e.start === start && standsAlone(o.e.quote))).find((at) => at.length);
    if (!first) return;
    const best = [...first].sort((a, b) => sources(b.claim) - sources(a.claim))[0]!;
    const words = new Set(contentWords(withoutDateline(best.e.quote)));
    candidates.push({ text: best.e.quote, support: sources(best.claim), shared: [...words].filter((w) => others.has(w)).length, short: wordCount(best.e.quote) <= HEADLINE_WORDS, order });
  });
  candidates.sort((a, b) => b.support - a.support || Number(b.short) - Number(a.short) || b.shared - a.shared || a.order - b.order);
  return candidates[0]?.text;
}

/** True when every quotation the text opens it also closes (and none closes that was not opened). */
function balancedQuotes(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const opened = (text.match(/“/g) ?? []).length;
  const closed = (text.match(/”/g) ?? []).length;
  return straight % 2 === 0 && opened === closed;
}

function sources(c: Claim): number {
  return sourceCount(c.evidence);
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}
