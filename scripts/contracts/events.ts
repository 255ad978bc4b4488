/**
 * The events.json contract: the list of events a multi-event extraction wrote, for the site's
 * home page. Each event's own files are in `<out>/<id>/` (facts.json and the rest, as for one event).
 */
import { z } from 'zod';

/** Bumped whenever the shape or meaning of events.json changes. */
export const EVENTS_FORMAT_VERSION = 1;

export const HeadlineFigureSchema = z.object({
  /** The quantity claim's id in the event's facts.json. */
  claim: z.string(),
  /** The figure as shown: "about 300", "$4.5 million". */
  figure: z.string(),
  /** What it counts: "passengers on board". */
  counts: z.string(),
  /** How many sources report it. */
  sources: z.number().int().positive(),
});

export const EventSummarySchema = z.object({
  /** URL-safe id from the folder name; the event's files are in `<out>/<id>/`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The sub-folder of the sources folder the event was read from. */
  folder: z.string().min(1),
  /** The explainer's headline. */
  title: z.string(),
  /** The explainer's one-sentence summary. */
  description: z.string(),
  /** Independent sources (a copy of another source is not counted). */
  sources: z.number().int().nonnegative(),
  /** Claims in the event's facts.json. */
  claims: z.number().int().nonnegative(),
  /** Conflicts in the event's facts.json. */
  conflicts: z.number().int().nonnegative(),
  /** The best-corroborated figures that say what they count, best first (at most three). */
  headline: z.array(HeadlineFigureSchema),
  /**
   * Ids of the charts the event's pages show (each has a page, charts/<id>/), chosen as the site
   * chooses them (scripts/charts/choose.ts), so that the sitemap of a many-event site need not
   * choose every event's charts again (0.3 s over 200 events, on a rebuild's critical path).
   * Absent in events.json files written before it was recorded: the site then chooses them.
   */
  charts: z.array(z.string()).optional(),
});

export const EventsIndexSchema = z.object({
  /** EVENTS_FORMAT_VERSION of the writer. */
  format: z.literal(EVENTS_FORMAT_VERSION),
  /** "corroborate <version>". */
  generator: z.string(),
  /** In the order of the event folders' names. */
  events: z.array(EventSummarySchema),
});

export type EventSummary = z.infer<typeof EventSummarySchema>;
export type EventsIndex = z.infer<typeof EventsIndexSchema>;
