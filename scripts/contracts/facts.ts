/**
 * The facts.json contract between the pipeline, the site and any other tool.
 * Types are derived from these zod schemas; `npm run schema` writes the JSON Schema
 * (schema/facts.schema.json) from them, so the two can never drift apart.
 */
import { z } from 'zod';
import { AppliedCorrectionSchema } from './corrections.ts';

/** Bumped whenever the shape or meaning of facts.json changes. */
export const FACTS_FORMAT_VERSION = 1;

export const SourceSchema = z.object({
  /** Stable, URL-safe id derived from the file name (e.g. "reuters-report"). */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The article's file name inside the sources folder. */
  file: z.string().min(1),
  /** Headline, from frontmatter, the HTML page or a title line at the top of a plain-text article. */
  title: z.string().optional(),
  /** Outlet that published the article ("Reuters"), from metadata or a dateline. */
  publisher: z.string().optional(),
  /** Byline. */
  author: z.string().optional(),
  /** Where the article was published online. */
  url: z.string().optional(),
  /** Publication date as given (ISO 8601 where it could be normalised). */
  published: z.string().optional(),
  /** Another source (sources[].id) this article largely repeats: a copy is not independent corroboration. */
  copyOf: z.string().optional(),
  /** No article text was left once boilerplate was set aside (a capture of a page without its story): listed, never counted among the sources. */
  empty: z.literal(true).optional(),
});

/**
 * A date or day named in a passage ("on Wednesday", "as of Thursday", "June 3, 2031"), resolved to a
 * calendar day. Only phrases that name a day are kept: a time alone, a month alone or "last week" is not.
 */
export const DateMentionSchema = z.object({
  /** The phrase exactly as it stands in the source file: text.slice(start, end) === phrase. */
  phrase: z.string().min(1),
  /** File offset of the phrase start (same units as the evidence's start). */
  start: z.number().int().nonnegative(),
  /** Offset one past the phrase end. */
  end: z.number().int().nonnegative(),
  /**
   * How the day was found: "absolute" when the phrase gives day, month and year; "publication" when it
   * needs the article's publication date ("on Wednesday", "yesterday", "June 3") and was resolved against
   * it; "unresolved" when it needs one and the article has none (then `date` is absent: never guessed).
   */
  basis: z.enum(['absolute', 'publication', 'unresolved']),
  /** The day as an ISO 8601 date ("2031-06-04"); absent when `basis` is "unresolved". */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export const SpeakerSchema = z.object({
  /** The speaker's fullest name found in the sources ("Amara Okafor", not "Okafor" or "she"). */
  name: z.string(),
  /** Role or title where the articles give one ("Port Authority spokeswoman"). */
  role: z.string().optional(),
});

export const EvidenceSchema = z.object({
  /** A sources[].id. */
  source: z.string(),
  /** The passage exactly as it stands in the source file: text.slice(start, end) === quote. */
  quote: z.string().min(1),
  /** JavaScript string offset (UTF-16 code units) of the passage start in the file's UTF-8-decoded text. */
  start: z.number().int().nonnegative(),
  /** Offset one past the passage end. */
  end: z.number().int().nonnegative(),
  /** The outlet this source credits for the passage ("Reuters" in "..., Reuters reported"): not independent corroboration. */
  via: z.string().optional(),
  /**
   * Quote claims only: "direct" when the claim's words stand inside this source's quotation marks,
   * "reported" for reported speech ("X said that ..."). The site puts quotation marks only around direct ones.
   */
  form: z.enum(['direct', 'reported']).optional(),
  /**
   * Quote claims only: the speaker this source itself gives for the words (its own name and role for
   * them), which may differ from another source's; absent when this source names no one. The claim's
   * `speaker` is set only where the sources agree on one.
   */
  speaker: SpeakerSchema.optional(),
  /**
   * Quantity claims only: what this source itself counts the figure as ("girls" where the claim's
   * unit is "students"), when sources name one counted thing differently; absent where it is the
   * claim's own unit.
   */
  unit: z.string().optional(),
  /** The dates the passage names, in reading order; absent when it names none. */
  dates: z.array(DateMentionSchema).optional(),
});

export const QuantitySchema = z.object({
  /** The value: a range's midpoint, money in whole currency units ("$250 million" is 250000000). */
  value: z.number(),
  /** Lower bound of a range ("between 40,000 and 45,000" gives 40000). */
  low: z.number().optional(),
  /** Upper bound of a range. */
  high: z.number().optional(),
  /** What the number is measured in: a count noun ("nurses"), a currency ("USD"), "%", "mi"... */
  unit: z.string(),
  /** Hedge or bound as written: "about", "more than", "up to"... */
  qualifier: z.string().optional(),
  /** The noun phrase the number governs ("city-based nurses on standby"). */
  counts: z.string().optional(),
});

export const ClaimKindSchema = z.enum(['quantity', 'quote', 'statement']);

export const ClaimSchema = z.object({
  /** Stable id, unique within the file ("q-4200-nurses", "s-levee-held-night"). Used as the HTML anchor. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  kind: ClaimKindSchema,
  /** A readable statement of the claim: the sentence from the best supporting passage. */
  text: z.string(),
  quantity: QuantitySchema.optional(),
  speaker: SpeakerSchema.optional(),
  /** Every passage that supports the claim, from one or more sources. Never empty. */
  evidence: z.array(EvidenceSchema).min(1),
});

export const ConflictSchema = z.object({
  /**
   * The claims involved (claims[].id). Value and qualifier conflicts join two or more claims;
   * a term conflict may lie within one claim (sources agree on the figure, not on what to call it).
   */
  claims: z.array(z.string()).min(1),
  /** What differs, in plain words. */
  description: z.string(),
  /** "value" (different numbers for one thing), "qualifier" (same number, clashing hedges), "term". */
  kind: z.enum(['value', 'qualifier', 'term']),
  /** Each side's own wording, with its source. */
  wordings: z.array(z.object({ claim: z.string(), source: z.string(), wording: z.string() })).min(2),
});

export const FactsSchema = z.object({
  format: z.literal(FACTS_FORMAT_VERSION),
  /** Version of the generator that wrote the file. */
  generator: z.string(),
  sources: z.array(SourceSchema),
  claims: z.array(ClaimSchema),
  conflicts: z.array(ConflictSchema),
  /** The editors' corrections applied (corrections.yaml beside the articles), in file order; absent when there are none. */
  corrections: z.array(AppliedCorrectionSchema).optional(),
});

export type Source = z.infer<typeof SourceSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type ClaimKind = z.infer<typeof ClaimKindSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
export type Facts = z.infer<typeof FactsSchema>;
