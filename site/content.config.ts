/** The explainer Markdown the pipeline writes is an Astro content collection. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { dataDir, isMultiEvent } from './lib/dataDir.ts';
import { batchEvents } from './lib/events.ts';

// One explainer (id "explainer"), or one per event folder of a multi-event extraction (id: the event's id).
const multiEvent = isMultiEvent();
// A batch of a large site renders only its own events' explainers.
const batch = batchEvents();
const pattern = batch ? `{${[...batch].join(',')},}/explainer.md` : '*/explainer.md';
const explainer = defineCollection({
  loader: multiEvent
    ? glob({ pattern, base: dataDir(), generateId: ({ entry }) => entry.split('/')[0]! })
    : glob({ pattern: 'explainer.md', base: dataDir() }),
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
