/** The site's title, description, language and theme, as `corroborate.config` set them (generated site.json). */
import type { SiteSettings } from '../../scripts/contracts/generated.ts';
import { dataDir, eventDataDir, isMultiEvent } from './dataDir.ts';
import { readSiteSettings } from '../../scripts/store/generatedFolder.ts';

/**
 * The settings a page follows. One event: its own site.json. Many events: the site's top-level
 * site.json; its title and description name the home page, while each event's pages keep their
 * own headline and take only the language and theme.
 */
export function siteConfig(event?: string): SiteSettings {
  if (!isMultiEvent()) return readSiteSettings(eventDataDir(event));
  const site = readSiteSettings(dataDir());
  return event ? { lang: site.lang, theme: site.theme } : site;
}



/**
 * The <title> of a page: on the home page (whose title is the event's headline) the configured
 * site title replaces it; other pages keep theirs and add the site title after it.
 */
export function documentTitle(pageTitle: string, eventTitle: string | undefined, settings: SiteSettings): string {
  if (!settings.title) return pageTitle;
  return pageTitle === eventTitle || pageTitle === settings.title ? settings.title : `${pageTitle} · ${settings.title}`;
}
