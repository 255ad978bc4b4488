/** Quotes of invented article text, with the names collected from the text itself, as the pipeline collects them. */
import { extractQuotes } from '../../scripts/extract/quotes/extractQuotes.ts';
import { collectNames } from '../../scripts/extract/speakers/collectNames.ts';
import type { SegmentedArticle } from '../../scripts/contracts/stages.ts';
import { sentencesOf } from './sentences.ts';

export interface QuoteSeen {
  /** The quoted or reported words, as the text has them. */
  words: string;
  speaker?: string;
  role?: string;
  form: 'direct' | 'reported';
}

export function quotesIn(text: string): QuoteSeen[] {
  const sentences = sentencesOf(text);
  const names = collectNames([{ sentences } as unknown as SegmentedArticle]);
  return extractQuotes(sentences, text, names).map((q) => ({ words: text.slice(q.start, q.end), speaker: q.speaker, role: q.role, form: q.form }));
}

/** Each quote's speaker, in reading order. */
export function speakersIn(text: string): Array<string | undefined> {
  return quotesIn(text).map((q) => q.speaker);
}
