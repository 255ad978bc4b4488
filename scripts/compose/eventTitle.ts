/**
 * The event's headline and summary, when its folder names neither (sources.yaml's `event:` entry):
 * a source's own headline about what the sources agree on, else the best-corroborated sentence
 * that reads on its own, outside its article.
 */
import type { Claim, Facts, Source } from '../contracts/facts.ts';
import { contentWords } from '../align/words.ts';
import { sourceCount } from '../align/evidence.ts';
import { tokenize } from '../segment/tokens.ts';
import { NOT_A_HEADLINE, standsAlone, withoutDateline } from './standsAlone.ts';
import { asHeadline, headlineOf, TITLE_WORDS } from './headlineCut.ts';

export { standsAlone, withoutDateline };

/** The event's headline, and the claim whose sentence it was cut from (the lede then shows that sentence whole). */
export interface Headline {
  title: string;
  /** The claim the headline was taken from, when it is a sentence of the sources rather than an article's title. */
  from?: Claim;
  /** True when the headline is a cut of the claim's sentence (the rest is in the lede). */
  cut: boolean;
}

/**
 * The headline: the headline of the source that supports most of the lead claims, when sources
 * have headlines about what they agree on; else the best-corroborated article opening that stands
 * alone, else the first of `ranked` (best-corroborated first) that stands alone; a sentence that
 * fits a headline's length (cut at a clause's end if need be) before a longer one of the same support.
 */
export function pickHeadline(facts: Facts, ranked: readonly Claim[]): Headline {
  const top = facts.claims.slice(0, 10);
  const topWords = new Set(top.flatMap((c) => contentWords(c.text)));
  // A headline must be about what the sources agree on: a caption-like first line is not.
  const relevance = (s: Source): number => contentWords(s.title ?? '').filter((w) => topWords.has(w)).length;
  const support = (s: Source): number => top.filter((c) => c.evidence.some((e) => e.source === s.id)).length;
  const titled = facts.sources.filter((s): s is Source & { title: string } => !!s.title && relevance(s) >= 2 && !NOT_A_HEADLINE.test(s.title));
  // A headline says what happened: one with a verb beats a name-and-age caption line.
  const hasVerb = (s: Source): number => Number(tokenize(s.title ?? '').some((t) => t.pos === 'VERB' || t.pos === 'AUX'));
  if (titled.length) return { title: [...titled].sort((a, b) => hasVerb(b) - hasVerb(a) || support(b) - support(a) || relevance(b) - relevance(a) || (a.id < b.id ? -1 : 1))[0]!.title, cut: false };
  const lede = bestLede(facts);
  if (lede) return fromSentence(lede.text, lede.claim);
  const alone = ranked.filter((c) => standsAlone(c.text));
  if (alone.length) {
    const best = sources(alone[0]!);
    const short = alone.find((c) => sources(c) === best && fits(c.text) === 2) ?? alone.find((c) => sources(c) === best && fits(c.text) === 1);
    const chosen = short ?? alone[0]!;
    return fromSentence(chosen.text, chosen);
  }
  // No sentence reads on its own ("On Aug. 28, the storm was still a day away"): a title that names
  // what the sources are about, and claims nothing, beats one that only its article explains.
  const name = mostReportedName(facts);
  return { title: name ? `${name}: what the sources report` : 'What the sources report', cut: false };
}

/**
 * The name the sources mention most (in the most sources, then the most claims): a run of proper
 * nouns ("National Weather Service", "Ana Lima"), two words at least or one named by two sources.
 */
export function mostReportedName(facts: Facts): string | undefined {
  const seen = new Map<string, { sources: Set<string>; claims: number }>();
  for (const c of facts.claims) {
    const names = new Set<string>();
    let run: string[] = [];
    const end = () => { if (run.length) names.add(run.join(' ')); run = []; };
    for (const t of tokenize(withoutDateline(c.text))) {
      if (t.pos === 'PROPN' && /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text) && !/^\p{Lu}{2,}$/u.test(t.text)) run.push(t.text);
      else end();
    }
    end();
    for (const n of names) {
      const entry = seen.get(n) ?? { sources: new Set<string>(), claims: 0 };
      c.evidence.forEach((e) => entry.sources.add(e.source));
      entry.claims++;
      seen.set(n, entry);
    }
  }
  const fit = [...seen.entries()].filter(([n, e]) => n.includes(' ') || e.sources.size >= 2);
  fit.sort((a, b) => b[1].sources.size - a[1].sources.size || b[1].claims - a[1].claims || b[0].split(' ').length - a[0].split(' ').length || (a[0] < b[0] ? -1 : 1));
  return fit[0]?.[0];
}

/** The headline's text alone (see pickHeadline). */
export function pickTitle(facts: Facts, ranked: readonly Claim[]): string {
  return pickHeadline(facts, ranked).title;
}

function fromSentence(text: string, claim: Claim): Headline {
  const { text: title, cut } = headlineOf(text);
  return { title, from: claim, cut };
}

/**
 * How well the sentence fits a headline's length: 2 whole, 1 once cut at a clause's end, 0 not at
 * all. A sentence that fits whole says all it says in the headline, so it comes first.
 */
function fits(sentence: string): number {
  const { text, cut } = headlineOf(sentence);
  if (wordCount(text) > TITLE_WORDS) return 0;
  return cut ? 1 : 2;
}

/**
 * The summary under the headline: the first lede sentence that is not the headline itself and
 * stands alone, else the best-corroborated other sentence that stands alone; '' when there is none.
 */
export function pickDescription(title: string, lede: readonly Claim[], ranked: readonly Claim[] = []): string {
  // Nor the sentence the headline was cut from: it would repeat the headline's words.
  const same = (text: string): boolean => asHeadline(text).toLowerCase().startsWith(title.toLowerCase());
  // A sentence that leans on the one before it ("She also asked ...", "..., he said") reads badly alone on the home page.
  const other = (c: Claim): boolean => !same(c.text);
  // None that stands alone: '' (the caller says what the page is), never "On Aug. 28, the storm ..." on a home page.
  const found = lede.find((c) => other(c) && standsAlone(c.text)) ?? ranked.find((c) => other(c) && standsAlone(c.text));
  // A summary, not a quotation: the wire dateline ("PORTO (Wire) —") is the article's furniture, not news.
  return found ? withoutDateline(found.text) : '';
}

/** How many of an article's first passages may hold its lede (a photo credit or a kicker may come first). */
const LEDE_PASSAGES = 2;

/**
 * The best-corroborated lede that reads as a headline: each article's own opening sentence (the
 * first of its first passages that stands alone), the one whose fact most sources support; among
 * equals, a short one first, then the one sharing most words with the other articles (what they
 * all report), then the first article.
 */
function bestLede(facts: Facts): { text: string; claim: Claim } | undefined {
  const passages = facts.claims.flatMap((c) => c.evidence.map((e) => ({ claim: c, e })));
  const candidates: Array<{ text: string; claim: Claim; support: number; shared: number; short: number; order: number }> = [];
  // Which sources' passages hold each word: read once, not once for every source (that grew with sources times passages).
  const wordSources = new Map<string, Set<string>>();
  // A sentence is the passage of several claims: each source's passage is read once.
  const sourcesOf = new Map<string, Set<string>>();
  for (const p of passages) {
    const read = sourcesOf.get(p.e.quote) ?? sourcesOf.set(p.e.quote, new Set()).get(p.e.quote)!;
    if (read.has(p.e.source)) continue;
    read.add(p.e.source);
    for (const w of contentWords(p.e.quote)) (wordSources.get(w) ?? wordSources.set(w, new Set()).get(w)!).add(p.e.source);
  }
  const inOtherSource = (w: string, source: string): boolean => [...wordSources.get(w) ?? []].some((s) => s !== source);
  // Each source's passages, in claim order (as a filter of `passages` per source gave them, at a look at every passage per source).
  const bySource = Map.groupBy(passages, (p) => p.e.source);
  const alone = new Map<string, boolean>();
  const readsAlone = (quote: string): boolean => alone.get(quote) ?? alone.set(quote, standsAlone(quote)).get(quote)!;
  facts.sources.forEach((source, order) => {
    if (source.empty || source.copyOf) return;
    const own = [...bySource.get(source.id) ?? []].sort((a, b) => a.e.start - b.e.start);
    const starts = [...new Set(own.map((p) => p.e.start))].slice(0, LEDE_PASSAGES);
    // The article's lede is its first passage that stands alone; of the claims it supports, the best-supported.
    const first = starts.map((start) => own.filter((o) => o.e.start === start && readsAlone(o.e.quote))).find((at) => at.length);
    if (!first) return;
    const best = [...first].sort((a, b) => sources(b.claim) - sources(a.claim))[0]!;
    const words = new Set(contentWords(withoutDateline(best.e.quote)));
    candidates.push({ text: best.e.quote, claim: best.claim, support: sources(best.claim), shared: [...words].filter((w) => inOtherSource(w, source.id)).length, short: fits(best.e.quote), order });
  });
  candidates.sort((a, b) => b.support - a.support || b.short - a.short || b.shared - a.shared || a.order - b.order);
  const winner = candidates[0];
  // A lede too long for a headline, with no clause to cut at, gives way to one that fits and is nearly as well corroborated.
  if (winner && !winner.short) return candidates.find((c) => c.short && c.support >= Math.max(2, winner.support - 1)) ?? winner;
  return winner;
}

function sources(c: Claim): number {
  return sourceCount(c.evidence);
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}
