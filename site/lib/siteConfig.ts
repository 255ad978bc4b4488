/** The site's title, description, language and theme, as `corroborate.config` set them (generated site.json). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteSettings } from '../../scripts/config.ts';
import { eventDataDir } from './dataDir.ts';

const DEFAULTS: SiteSettings = { lang: 'en', theme: 'auto' };

/** The settings of one event (a multi-event site's home page, with no event, gets the defaults). */
export function siteConfig(event?: string): SiteSettings {
  const path = join(eventDataDir(event), 'site.json');
  if (!existsSync(path)) return DEFAULTS;
  return { ...DEFAULTS, ...(JSON.parse(readFileSync(path, 'utf8')) as Partial<SiteSettings>) };
}

/**
 * The <title> of a page: on the home page (whose title is the event's headline) the configured
 * site title replaces it; other pages keep theirs and add the site title after it.
 */
export function documentTitle(pageTitle: string, eventTitle: string | undefined, settings: SiteSettings): string {
  if (!settings.title) return pageTitle;
  return pageTitle === eventTitle ? settings.title : `${pageTitle} · ${settings.title}`;
}
