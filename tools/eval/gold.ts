/**
 * The gold format: facts a person wrote down by reading a cluster's articles. It lists
 * facts only, never article text: quotes and boilerplate are identified by a few keywords.
 * See tests/gold/README.md for how to annotate.
 */
import { z } from 'zod';

const SourceIds = z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).min(1);

export const GoldQuantitySchema = z.object({
  /** The value; money in whole currency units; a range's midpoint. */
  value: z.number(),
  low: z.number().optional(),
  high: z.number().optional(),
  /** Plural count noun ("people"), ISO currency ("USD"), "%", or a unit as numbers.ts writes it ("ft", "mi", "min", "years old"). */
  unit: z.string(),
  /** Other count nouns the sources use for the same thing ("employees" beside "workers"). */
  alsoUnits: z.array(z.string()).optional(),
  /** What is counted, in the annotator's words. */
  counts: z.string().optional(),
  qualifier: z.string().optional(),
  /** Source ids (file name stems) that state this figure. */
  sources: SourceIds,
});

export const GoldQuoteSchema = z.object({
  /** Full name where the articles give one, else the description ("a senior defense official"). */
  speaker: z.string(),
  /** 2–4 words that together identify the quote in every source that has it (never a passage). */
  keywords: z.array(z.string()).min(2).max(4),
  form: z.enum(['direct', 'reported']),
  sources: SourceIds,
});

export const GoldConflictSchema = z.object({
  kind: z.enum(['value', 'qualifier', 'term']),
  /** What the sources disagree about, in the annotator's words. */
  about: z.string(),
  /** The clashing figures (value and qualifier conflicts; times as hh.mm, e.g. 9.06). */
  values: z.array(z.number()).optional(),
  /** The clashing terms (term conflicts). */
  terms: z.array(z.string()).optional(),
  sources: SourceIds,
});

/** Figures that look like a disagreement and are not one (different things, people or moments): a conflict between them is a false one. */
export const GoldNotConflictSchema = z.object({
  /** Why they are not one disagreement, in the annotator's words ("heights of two different suspects"). */
  about: z.string(),
  /** The figures that must not be shown as a conflict (times as hh.mm). */
  values: z.array(z.number()).min(2),
  sources: SourceIds,
});

export const GoldBoilerplateSchema = z.object({
  /** 2–4 words that together appear only in that boilerplate line, so evidence containing them is a leak. */
  keywords: z.array(z.string()).min(2).max(4),
  source: z.string(),
});

export const GoldSchema = z.object({
  cluster: z.union([
    z.object({ corpus: z.literal('multi-news'), index: z.number().int().min(0).max(199) }),
    /** ../shared/corpora/multi-news-train (73 clusters, written by its split.mjs). */
    z.object({ corpus: z.literal('multi-news-train'), index: z.number().int().min(0).max(72) }),
    z.object({ corpus: z.literal('bundled') }),
  ]),
  kind: z.enum(['disaster', 'crime', 'business', 'politics', 'sports', 'science-health', 'military', 'other']),
  /** "dev": the code was tuned while looking at it; "heldout": only its scores were ever looked at. */
  split: z.enum(['dev', 'heldout']),
  annotated: z.string(),
  sources: SourceIds,
  quantities: z.array(GoldQuantitySchema),
  quotes: z.array(GoldQuoteSchema),
  conflicts: z.array(GoldConflictSchema),
  /** Tempting figures that are not a disagreement (for conflict precision); none listed when there are none. */
  notConflicts: z.array(GoldNotConflictSchema).default([]),
  boilerplate: z.array(GoldBoilerplateSchema),
});

export type Gold = z.infer<typeof GoldSchema>;
export type GoldQuantity = z.infer<typeof GoldQuantitySchema>;
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;
