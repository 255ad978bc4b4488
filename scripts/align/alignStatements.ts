/**
 * Statement claims: sentences that two or more sources share in substance, and each article's lede.
 * Compared through the same word index as quotes (alignPassages.ts).
 */
import type { Claim } from '../contracts/facts.ts';
import type { Sentence } from '../contracts/stages.ts';
import { contentWords, jaccard, overlap } from './words.ts';
import { evidenceFor, orderEvidence, sourceCount, uniqueId, type ArticleIndex } from './evidence.ts';
import { sentenceTokens } from '../segment/sentenceTokens.ts';
import { representative, similarPairs, slugWords, type Passage } from './alignPassages.ts';

/**
 * Statement claims: sentences that two or more sources share in substance, and each article's lede.
 * A sentence inside someone's quotation (`isQuoted`) is that person's words, carried by its quote
 * claim with speaker and marks: it is never a statement's evidence. It still takes part
 * in the word index, so that which pairs are compared does not depend on how much an event quotes.
 */
export function alignStatements(sentences: Sentence[], articles: ArticleIndex, sourceOrder: ReadonlyMap<string, number>, usedIds: Set<string>, isQuoted: (sentence: Sentence) => boolean = () => false): Claim[] {
  const passages: Passage[] = sentences.map((s) => ({ source: s.source, start: s.start, end: s.end, words: new Set(contentWords(s.text)) }));
  const groups = similarPairs(passages, 4, (a, b) => jaccard(a.words, b.words) >= 0.5 || (overlap(a.words, b.words) >= 0.8 && Math.min(a.words.size, b.words.size) >= 6));
  const quoted = sentences.map(isQuoted);
  // An article that opens inside a quotation has no lede of its own: the next sentence is rarely one.
  const ledes = firstFullSentences(sentences);
  const claims: Claim[] = [];
  for (const grouped of groups.lists()) {
    const members = grouped.filter((i) => !quoted[i]);
    if (!members.length) continue;
    const evidence = orderEvidence(members.map((i) => evidenceFor(articles, passages[i]!.source, passages[i]!.start, passages[i]!.end)), sourceOrder);
    // A statement is a claim when two sources share it, or when it is an article's lede,
    // which news writes as the single most important fact.
    const isLede = members.some((i) => ledes.has(sentences[i]!));
    if (sourceCount(evidence) < 2 && !isLede) continue;
    const text = representative(members.map((i) => sentences[i]!.text), members.map((i) => passages[i]!.words));
    claims.push({ id: uniqueId(`s-${slugWords(text)}`, usedIds), kind: 'statement', text, evidence });
  }
  return claims;
}

/** Words a lede has at least: "UPDATE:", "Fatal crash", "BBC News, Lima" are labels and credits, not news. */
const LEDE_MIN_WORDS = 6;
/** Words above which a sentence is taken for one without looking for its verb. */
const LEDE_SURE_WORDS = 10;

/**
 * Each article's lede: its first sentence that reads as one, with a few words and a verb and not
 * ending in a colon. A page's first "sentence" is often a label ("UPDATE:"), a dateline, a credit
 * ("Directed by ...") or a heading the cleaner kept; the news starts after it.
 */
function firstFullSentences(sentences: readonly Sentence[]): Set<Sentence> {
  const ledes = new Map<string, Sentence>();
  for (const sentence of sentences) {
    if (ledes.has(sentence.source) || !readsAsSentence(sentence)) continue;
    ledes.set(sentence.source, sentence);
  }
  return new Set(ledes.values());
}

function readsAsSentence(sentence: Sentence): boolean {
  const words = sentence.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (/:\s*$/.test(sentence.text) || words < LEDE_MIN_WORDS) return false;
  // The tagger misses some verbs after names ("Rep. Ana Lima ranks ..."): a long sentence is one anyway.
  return words >= LEDE_SURE_WORDS || sentenceTokens(sentence).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}
