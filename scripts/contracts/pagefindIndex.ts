/**
 * What corroborate reads of Pagefind's own index files (pagefind 1.6), to reuse a previous
 * build's files in a rebuild (render/keptSearchFiles.ts). Not ours to define: these mirror
 * Pagefind's `pagefind-entry.json` and its per-language `pagefind.<hash>.pf_meta` (gzip of
 * `pagefind_dcd` then CBOR arrays, fields in Pagefind's order). Anything that does not parse
 * means "do not reuse", never an error.
 */
import { z } from 'zod';

/** pagefind-entry.json: which languages the site has and the name of each one's meta file. */
export const PagefindEntrySchema = z.object({
  /** Pagefind's version that wrote the index ("1.6.0"). */
  version: z.string(),
  /** Per language code ("en"): `hash` names its meta file, `pagefind.<hash>.pf_meta`. */
  languages: z.record(z.string(), z.object({
    /** The meta file's name part ("en_b49ee14b55"). */
    hash: z.string(),
    /** How many pages the language's index holds. */
    page_count: z.number().int().nonnegative(),
  })),
});

/** One page of the index: `fragment/<hash>.pf_fragment` holds its URL, text and metadata. */
const MetaPageSchema = z.tuple([
  /** The fragment file's name part ("en_0779e13"). */
  z.string(),
  /** Words on the page. */
  z.number().int().nonnegative(),
  /** The bundle of fragments it is in, when fragments are bundled; "" when each has its own file. */
  z.string(),
]);

/** One chunk of the word index: `index/<hash>.pf_index` holds the words from `from` to `to`. */
const MetaChunkSchema = z.tuple([
  /** The first word of the chunk, cut to the shortest prefix that tells it from the previous chunk. */
  z.string(),
  /** The last word of the chunk, cut likewise. */
  z.string(),
  /** The chunk file's name part. */
  z.string(),
]);

/** A language's meta file, as decoded: the pages, in the order Pagefind numbered them, and the word index's chunks. */
export const PagefindMetaSchema = z.tuple([
  /** Pagefind's version. */
  z.string(),
  /** The pages, by page number. */
  z.array(MetaPageSchema),
  /** The word index's chunks, in word order. */
  z.array(MetaChunkSchema),
  /** The filters' files: [filter name, `filter/<hash>.pf_filter` name part]. */
  z.array(z.tuple([z.string(), z.string()])),
]).rest(z.unknown());

export type PagefindMeta = z.infer<typeof PagefindMetaSchema>;
