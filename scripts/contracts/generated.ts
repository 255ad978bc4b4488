/**
 * The generated folder's contract: what `corroborate extract` writes besides facts.json
 * (contracts/facts.ts) and events.json (contracts/events.ts), and the site reads. Types are
 * derived from these schemas; every file is read through one loader (store/generatedFolder.ts),
 * which checks it against its schema.
 */
import { z } from 'zod';
import { FactsSchema } from './facts.ts';

/** A problem with one input file that did not stop the run. */
export const WarningSchema = z.object({
  /** The file (relative to the sources folder; `<event>/<file>` in a folder of events). */
  file: z.string(),
  /** 1-based line in that file, where the problem has one. */
  line: z.number().int().positive().optional(),
  /** What is wrong, and what was done about it ("is empty, skipped"). */
  problem: z.string(),
  /** What the user can do about it. */
  fix: z.string().optional(),
});
export type Warning = z.infer<typeof WarningSchema>;

/** manifest.json: what the generated folder records about its own making (read by verify). */
export const ManifestSchema = z.object({
  /** "corroborate <version>". */
  generator: z.string().startsWith('corroborate'),
  /** The sources folder, relative to the generated folder, "/"-separated ("." when the same). */
  sources: z.string(),
  /** The problems with single files that did not stop the run. */
  warnings: z.array(WarningSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** site.json: the site's title, language and theme from corroborate.config, every field resolved. */
export const SiteSettingsSchema = z.object({
  /** The site's title: the browser tab and the header (default: the explainer's own headline). */
  title: z.string().optional(),
  /** One-sentence summary for the home page's meta description (default: the explainer's lede). */
  description: z.string().optional(),
  /** Language of the articles, a BCP 47 tag ("en", "en-GB"). */
  lang: z.string(),
  /** "light", "dark", or "auto" to follow the reader's system setting. */
  theme: z.enum(['light', 'dark', 'auto']),
});
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

/** What clean made of a run of lines (contracts/stages.ts Block). */
export const BlockSchema = z.object({
  /** Offsets into the document's `view`: whole lines without the trailing newline. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(['title', 'content', 'boilerplate']),
  /** Why a boilerplate block was set aside. */
  reason: z.enum(['sign-up', 'related', 'author-bio', 'caption', 'embed', 'credit', 'advertisement', 'share', 'repeated', 'navigation', 'hidden']).optional(),
  /** For boilerplate: the short explanation shown on the source page ("newsletter sign-up"). */
  note: z.string().optional(),
});

/** Where one claim's passage lies in a document's view. */
export const PassageSchema = z.object({
  /** The claim's id in facts.json. */
  claim: z.string(),
  /** The claim's kind ("quantity", "quote", "statement"). */
  kind: z.string(),
  /** Offsets into `view`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Passage = z.infer<typeof PassageSchema>;

/** documents/<id>.json: an article as its source page shows it. */
export const DocumentViewSchema = z.object({
  /** The source's id (facts.json sources[].id). */
  id: z.string(),
  /** Its file name in the sources folder. */
  file: z.string(),
  /** "txt", "md" or "html". */
  format: z.string(),
  /** The readable text (for HTML, the page's visible text). */
  view: z.string(),
  /** Every non-blank line, as title, content or boilerplate with its reason. */
  blocks: z.array(BlockSchema),
  /** Each claim's passage in this article, in reading order. */
  passages: z.array(PassageSchema),
});
export type DocumentView = z.infer<typeof DocumentViewSchema>;

/**
 * spoken.json: how the /claims/ list writes each reported-speech claim under its speaker's name,
 * keyed by claim id ("c12": "argued that the plan failed", or the source's own sentence when its
 * speech is no clause: compose/quoteLine.ts spokenText). Written at compose time, so the site's
 * build never loads the tagger that reading it needs. Direct quotations, claims with no speaker
 * and other kinds are left out: the list shows their `text` as it stands.
 */
export const SpokenTextsSchema = z.record(z.string(), z.string());
export type SpokenTexts = z.infer<typeof SpokenTextsSchema>;

/** A generated Markdown or data file (explainer.md, spoken.json). */
export const GeneratedFileSchema = z.object({
  /** Relative to the output folder, forward slashes. */
  path: z.string(),
  content: z.string(),
});
export type GeneratedFile = z.infer<typeof GeneratedFileSchema>;

/** What the pipeline returns for one event (and the extraction cache keeps): the facts and every file made from them but the manifest. */
export const PipelineResultSchema = z.object({
  facts: FactsSchema,
  /** Each article's readable text with its blocks and claim passages, for the source pages. */
  documents: z.array(DocumentViewSchema),
  /** Generated Markdown and data files, paths relative to the output folder. */
  files: z.array(GeneratedFileSchema),
  warnings: z.array(WarningSchema),
});
export type PipelineResult = z.infer<typeof PipelineResultSchema>;
