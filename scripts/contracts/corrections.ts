/**
 * corrections.yaml: the editors' last word on the facts, kept beside the articles (in each event
 * folder of a folder of events) and applied on every extraction. A claim is named by a source
 * file and words its passage in that file contains, never by its id alone (ids change when the
 * facts change); an id may be given as a hint. `npm run schema` writes its JSON Schema
 * (schema/corrections.schema.json) from these zod schemas.
 *
 *   - hide: { source: harbour-times.html, quote: "the ferry had been inspected" }
 *     note: Not about this fire.
 *   - speaker: { source: coastal-herald.txt, quote: "We were lucky" }
 *     name: Ines Berg
 *     role: passenger
 *   - unattributed: { source: coastal-herald.txt, quote: "it could have been worse" }
 *   - merge:
 *       - { source: harbour-times.html, quote: "about 40 passengers" }
 *       - { source: coastal-herald.txt, quote: "some forty people on board" }
 *   - conflict:
 *       - { source: harbour-times.html, quote: "two crew members" }
 *       - { source: coastal-herald.txt, quote: "three crew" }
 *     about: crew members injured
 *   - not-a-conflict: { source: harbour-times.html, quote: "5 feet 7 inches" }
 *   - title: The evening ferry fire
 */
import { z } from 'zod';

/** The file corroborate reads beside the articles. */
export const CORRECTIONS_FILE = 'corrections.yaml';

/** Names one claim: a source file and words that its passage in that file contains. */
export const ClaimRefSchema = z.strictObject({
  /** The article's file name in the folder ("harbour-times.html"). */
  source: z.string().min(1),
  /** Words the claim's passage in that source contains (matched ignoring case and runs of white space). */
  quote: z.string().min(1),
  /** The claim's id (facts.json claims[].id), as a hint when the words match more than one claim. */
  claim: z.string().optional(),
});

/** Shown to readers beside the correction. */
const note = z.string().min(1).optional();

/** Each operation's entry, by the key that names it. */
export const CORRECTION_SCHEMAS = {
  /** The claim is wrong or not about this event: it leaves every page, chart and count. */
  hide: z.strictObject({ hide: ClaimRefSchema, note }),
  /** The quote's speaker, as the editors know it. */
  speaker: z.strictObject({ speaker: ClaimRefSchema, name: z.string().min(1), role: z.string().min(1).optional(), note }),
  /** The quote's speaker is not supported by the text: shown as unattributed. */
  unattributed: z.strictObject({ unattributed: ClaimRefSchema, note }),
  /** Two or more claims state one fact: they become one claim with every passage. */
  merge: z.strictObject({ merge: z.array(ClaimRefSchema).min(2), note }),
  /** The claims disagree about one thing (what, in the editors' words). */
  conflict: z.strictObject({ conflict: z.array(ClaimRefSchema).min(2), about: z.string().min(1), note }),
  /** The claim is in no disagreement: every conflict it is part of is removed. */
  'not-a-conflict': z.strictObject({ 'not-a-conflict': ClaimRefSchema, note }),
  /** The event's title. */
  title: z.strictObject({ title: z.string().min(1), note }),
} as const;

const C = CORRECTION_SCHEMAS;
export const CorrectionSchema = z.union([C.hide, C.speaker, C.unattributed, C.merge, C.conflict, C['not-a-conflict'], C.title]);

export const CorrectionsFileSchema = z.array(CorrectionSchema);

export type ClaimRef = z.infer<typeof ClaimRefSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;

export const CorrectionOperationSchema = z.enum(['hide', 'speaker', 'unattributed', 'merge', 'conflict', 'not-a-conflict', 'title']);
export const OPERATIONS = CorrectionOperationSchema.options;
export type CorrectionOperation = z.infer<typeof CorrectionOperationSchema>;

/** A correction as facts.json records it once applied: what changed, from what, to what. */
export const AppliedCorrectionSchema = z.object({
  operation: CorrectionOperationSchema,
  /** The claims it changed, by their ids in this facts.json (a hidden claim's id is no longer among the claims). */
  claims: z.array(z.string()),
  /** What it was: the hidden claim's text, the speaker before, the merged claims' texts... */
  from: z.string().optional(),
  /** What it is now: the new speaker, the merged claim's id, the disagreement's subject, the title. */
  to: z.string().optional(),
  /** The editors' note, shown to readers. */
  note: z.string().optional(),
  /** Its line in corrections.yaml. */
  line: z.number().int().positive(),
});
export type AppliedCorrection = z.infer<typeof AppliedCorrectionSchema>;
