/**
 * Types that flow between pipeline stages (facts.json types live in schema.ts).
 * Every offset below is into a document's `view` (the readable text); `toFile`
 * maps a view span back to the file text, which is what evidence offsets use.
 */
import type { z } from 'zod';
import type { Source } from './facts.ts';
import type { BlockSchema, Warning } from './generated.ts';

/** What clean makes of a run of lines: part of the title, the article's content, or boilerplate set aside (its schema: contracts/generated.ts). */
export type Block = z.infer<typeof BlockSchema>;
export type BlockKind = Block['kind'];
export type BoilerplateReason = NonNullable<Block['reason']>;
export type { Warning };

export type ArticleFormat = 'txt' | 'md' | 'html';

/** Output of ingest: one readable article. */
export interface Article {
  source: Source;
  format: ArticleFormat;
  /** The whole file, decoded as UTF-8: what evidence offsets point into. */
  fileText: string;
  /** The readable text the pipeline works on. Equal to fileText for .txt and .md. */
  view: string;
  /** Where the article body starts in `view` (after Markdown frontmatter, for instance). */
  bodyStart: number;
  /**
   * Maps a span of the view to the span of the file it came from. Identity for text and
   * Markdown; for HTML, from the first visible character's markup to the last one's end
   * (so "&amp;" or an inline tag inside a passage stays part of the quoted file text).
   */
  toFile: (start: number, end: number) => [number, number];
  /** Ranges of `view` that a page reader found to be outside the article (HTML only): always boilerplate. */
  setAside?: Array<{ start: number; end: number; reason?: BoilerplateReason; note?: string }>;
}

/** Output of clean: the article with its lines classified. */
export interface CleanArticle extends Article {
  blocks: Block[];
}

/** Output of segment: one sentence of article content. */
export interface Sentence {
  source: string;
  /** Index of the sentence within its article, in reading order. */
  index: number;
  /** Index of the content block (paragraph) it belongs to. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface SegmentedArticle extends CleanArticle {
  sentences: Sentence[];
}

/** A number in a sentence, with what it counts. */
export interface QuantityMention {
  source: string;
  sentence: Sentence;
  /** Span of the number expression itself ("about 4,200"). */
  start: number;
  end: number;
  value: number;
  low?: number;
  high?: number;
  unit: string;
  qualifier?: string;
  /** The governed noun phrase ("city-based nurses on standby"). */
  counts?: string;
  /** The phrase's head noun, lemmatised ("troop"), used to align quantities across sources. */
  head?: string;
}

/** Direct quotation or reported speech. */
export interface QuoteMention {
  source: string;
  sentence: Sentence;
  /** Span of the quoted or reported words. */
  start: number;
  end: number;
  /** "direct" for words in quotation marks, "reported" for "X said that ...". */
  form: 'direct' | 'reported';
  /** Speaker as resolved within the article (full name where the article gives one). */
  speaker?: string;
  role?: string;
}

export interface ArticleMentions {
  article: SegmentedArticle;
  quantities: QuantityMention[];
  quotes: QuoteMention[];
}
