/** The explainer Markdown the pipeline writes is an Astro content collection. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { dataDir } from './lib/dataDir.ts';

const explainer = defineCollection({
  loader: glob({ pattern: 'explainer.md', base: dataDir() }),
  schema: z.object({
    /** Headline for the event. */
    title: z.string(),
    /** One-sentence summary, used for meta description. */
    description: z.string(),
    /** Number of sources the facts came from. */
    sources: z.number().int(),
    /** Number of claims in facts.json. */
    claims: z.number().int(),
  }),
});

export const collections = { explainer };
