/**
 * The pipeline, stage by stage: ingest -> clean -> segment -> extract -> align -> compose.
 * Pure apart from reading the sources folder: writing is the caller's job (output.ts).
 */
import type { Claim, Facts } from './contracts/facts.ts';
import { FACTS_FORMAT_VERSION } from './contracts/facts.ts';
import type { ArticleMentions, QuantityMention, QuoteMention, SegmentedArticle, Warning } from './contracts/stages.ts';
import { ingestFolder } from './ingest/ingest.ts';
import { cleanArticle } from './clean/clean.ts';
import { segmentArticle } from './segment/segment.ts';
import { forgetRecentResults } from './segment/recentResults.ts';
import { extractQuantities } from './extract/quantities/extractQuantities.ts';
import { extractQuotes } from './extract/quotes/extractQuotes.ts';
import { collectNames } from './extract/speakers/collectNames.ts';
import { alignQuantities } from './align/alignQuantities.ts';
import { alignQuotes } from './align/alignPassages.ts';
import { alignStatements } from './align/alignStatements.ts';
import { containedIn, insideQuotation } from './align/quotedSentences.ts';
import { valueConflicts } from './align/valueConflicts.ts';
import { articleWords } from './align/soleCounts.ts';
import { termConflicts } from './align/termConflicts.ts';
import { nameConflicts } from './align/nameConflicts.ts';
import { decisionConflicts } from './align/decisionConflicts.ts';
import { clockConflicts } from './align/clockConflicts.ts';
import { findCopies } from './align/copies.ts';
import { withDates } from './align/datedEvidence.ts';
import { distinctConflicts } from './align/distinctConflicts.ts';
import { sourceCount } from './align/evidence.ts';
import { composeSite } from './compose/compose.ts';
import { applyCorrections } from './corrections/applyCorrections.ts';
import { readCorrections } from './corrections/readCorrections.ts';
import type { PipelineResult } from './contracts/generated.ts';
import { documentViews } from './compose/documents.ts';
import { GENERATOR } from './contracts/version.ts';
import { InputError } from './contracts/errors.ts';

export type { PipelineResult };

/** Side effects the pipeline may be handed; tests and the bench pass their own. */
export interface PipelineEffects {
  /** Called once per stage with its wall time in milliseconds (the bench records them). */
  timed?: (stage: Stage, ms: number) => void;
}

export type Stage = 'ingest' | 'clean+segment' | 'extract' | 'align' | 'compose';

/** What is wrong with an article whose every line was boilerplate. */
const NO_TEXT_LEFT = 'has no article text left after removing boilerplate';

export function runPipeline(sourcesDir: string, effects: PipelineEffects = {}): PipelineResult {
  const stage = <T>(name: Stage, run: () => T): T => {
    if (!effects.timed) return run();
    const start = performance.now();
    const result = run();
    effects.timed(name, performance.now() - start);
    return result;
  };
  forgetRecentResults(); // the last event's sentences will not be read again
  const { articles, event, warnings } = stage('ingest', () => ingestFolder(sourcesDir));
  const segmented = stage('clean+segment', () => articles.flatMap((a) => isolated(a.source.file, warnings, () => segmentArticle(cleanArticle(a))) ?? []));
  if (segmented.length === 0) {
    const skipped = warnings.map((w) => `\n  ${w.file}: ${w.problem}`).join('');
    throw new InputError(`no readable articles in ${sourcesDir}${skipped}`, 'Add .txt, .md or .html news articles to the folder.');
  }
  if (segmented.every((a) => a.sentences.length === 0)) {
    // Nothing is left to report: every page was chrome around a missing story (or a web archive's notice).
    const files = segmented.map((a) => `\n  ${a.source.file}: ${NO_TEXT_LEFT}`).join('');
    throw new InputError(`no article text in ${sourcesDir}${files}`, 'Check that the files hold the articles themselves, not pages captured without their story.');
  }
  const mentions = stage('extract', () => extractAll(segmented, warnings));
  const facts = stage('align', () => applyCorrections(withDates(alignAll(segmented, mentions)), readCorrections(sourcesDir, warnings), warnings));
  const { documents, files } = stage('compose', () => ({ documents: documentViews(segmented, facts), files: composeSite(facts, event) }));
  for (const doc of segmented) {
    if (doc.sentences.length === 0) warnings.push({ file: doc.source.file, problem: NO_TEXT_LEFT, fix: 'Check that the file holds the article itself.' });
  }
  return { facts, documents, files, warnings };
}

export function extractAll(articles: SegmentedArticle[], warnings: Warning[] = []): ArticleMentions[] {
  const names = collectNames(articles);
  return articles.map((article) => isolated(article.source.file, warnings, () => ({
    article,
    quantities: extractQuantities(article.sentences),
    quotes: extractQuotes(article.sentences, article.view, names),
  })) ?? { article, quantities: [], quotes: [] });
}

/**
 * Runs one article's stage so that a failure (a bug on some unforeseen text) costs that
 * article's facts, with a warning naming it, and never the other articles.
 */
function isolated<T>(file: string, warnings: Warning[], stage: () => T): T | undefined {
  try {
    return stage();
  } catch (error) {
    warnings.push({ file, problem: `could not be analysed (internal error: ${(error as Error).message}); its facts are left out`, fix: 'Please report this with the file.' });
    return undefined;
  }
}

export function alignAll(articles: SegmentedArticle[], mentions: ArticleMentions[]): Facts {
  const index = new Map(articles.map((a) => [a.source.id, a]));
  const sourceOrder = new Map(articles.map((a, i) => [a.source.id, i]));
  const quantities: QuantityMention[] = mentions.flatMap((m) => m.quantities);
  const quotes: QuoteMention[] = mentions.flatMap((m) => m.quotes);
  const { claims: quantityClaims, conflicts, roleOf } = alignQuantities(quantities, index, sourceOrder);
  const usedIds = new Set(quantityClaims.map((c) => c.id));
  const quoteClaims = alignQuotes(quotes, index, sourceOrder, usedIds);
  // A sentence that is already (part of) a quote's evidence says the same thing as that quote: one claim, not two.
  const isQuoteEvidence = containedIn(quoteClaims.flatMap((c) => c.evidence));
  const statementClaims = alignStatements(articles.flatMap((a) => a.sentences), index, sourceOrder, usedIds, insideQuotation(quotes))
    .filter((c) => !c.evidence.every(isQuoteEvidence));
  const claims = orderClaims([...quantityClaims, ...quoteClaims, ...statementClaims], sourceOrder);
  const copies = findCopies(articles);
  return {
    format: FACTS_FORMAT_VERSION,
    generator: GENERATOR,
    sources: articles.map((a) => {
      if (a.sentences.length === 0) return { ...a.source, empty: true as const };
      return copies.has(a.source.id) ? { ...a.source, copyOf: copies.get(a.source.id)! } : a.source;
    }),
    claims,
    conflicts: distinctConflicts([...conflicts, ...valueConflicts(quantityClaims, roleOf, wordsOfArticles(articles)), ...clockConflicts(quantityClaims), ...termConflicts(claims), ...nameConflicts(quoteClaims), ...decisionConflicts(claims)]),
  };
}

/** Each source's article as its words (its sentences, boilerplate left out), read only for the sources asked about. */
function wordsOfArticles(articles: readonly SegmentedArticle[]): (source: string) => ReadonlySet<string> | undefined {
  const bySource = new Map(articles.map((a) => [a.source.id, a]));
  const read = new Map<string, Set<string>>();
  return (source) => {
    let words = read.get(source);
    if (!words) {
      const article = bySource.get(source);
      if (!article) return undefined;
      words = articleWords(article.sentences.map((s) => s.text).join(' '));
      read.set(source, words);
    }
    return words;
  };
}

/** Best-corroborated first; ties in reading order (first source, first offset), then id. */
function orderClaims(claims: Claim[], sourceOrder: ReadonlyMap<string, number>): Claim[] {
  const firstPlace = (c: Claim): [number, number] => {
    const e = c.evidence[0]!;
    return [sourceOrder.get(e.source)!, e.start];
  };
  return [...claims].sort((a, b) => {
    const bySources = sourceCount(b.evidence) - sourceCount(a.evidence);
    if (bySources) return bySources;
    const [sa, oa] = firstPlace(a);
    const [sb, ob] = firstPlace(b);
    return sa - sb || oa - ob || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}
