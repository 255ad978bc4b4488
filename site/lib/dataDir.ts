/**
 * Where the site's data lives: the folder `corroborate extract` wrote. The build sets
 * CORROBORATE_DATA; `astro dev` on the bundled event falls back to content/generated.
 * A multi-event extraction holds events.json and one folder per event; each event's data
 * is then in `<data>/<event>/`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirectory } from '../../scripts/contracts/environment.ts';

export function dataDir(): string {
  return dataDirectory();
}

/** True when the data folder holds many events (events.json) rather than one. */
export function isMultiEvent(): boolean {
  return existsSync(join(dataDir(), 'events.json'));
}

/** The folder of one event's data: the data folder itself for a single event (no event id). */
export function eventDataDir(event?: string): string {
  return event ? join(dataDir(), event) : dataDir();
}
