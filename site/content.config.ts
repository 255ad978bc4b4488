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
// A build of the site's own pages alone (an incremental build where no event changed) reads none:
// an inline loader with no entries, where a glob matching nothing would warn.
const noEvents = async (): Promise<Array<{ id: string }>> => [];
const explainer = defineCollection({
  loader: !multiEvent
    ? glob({ pattern: 'explainer.md', base: dataDir() })
    : batch?.size === 0
      ? noEvents
      : glob({ pattern, base: dataDir(), generateId: ({ entry }) => entry.split('/')[0]! }),
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
