/**
 * The events of a multi-event site and the routes each page is built for. A single-event site
 * has one route per page with no event (its pages sit at the base, as they always did); a
 * multi-event site has one per event, under `<base><event>/`, and a home page listing them.
 */
import type { EventSummary } from '../../scripts/contracts/events.ts';
import { readEventsIndex } from '../../scripts/store/generatedFolder.ts';
import { dataDir, isMultiEvent } from './dataDir.ts';
import { batchEvents, rendersSitePages } from '../../scripts/contracts/environment.ts';

let cached: EventSummary[] | undefined;

/** The events listed in events.json; undefined for a single-event site. */
export function siteEvents(): EventSummary[] | undefined {
  if (!isMultiEvent()) return undefined;
  if (!cached) {
    cached = readEventsIndex(dataDir()).events;
  }
  return cached;
}

/** `[...event]` route params of an event's page: none (the base) for one event, else each event id this build renders. */
export function eventParams(): Array<{ event: string | undefined }> {
  const events = siteEvents();
  if (!events) return [{ event: undefined }];
  const batch = batchEvents();
  return events.filter((e) => !batch || batch.has(e.id)).map((e) => ({ event: e.id }));
}

export { batchEvents, rendersSitePages };

/** Routes of a page every event has: `getStaticPaths` of the event pages. */
export function eventPaths(): Array<{ params: { event: string | undefined } }> {
  return eventParams().map((params) => ({ params }));
}
