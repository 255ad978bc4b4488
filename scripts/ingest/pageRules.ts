/**
 * Our own rules for parts of a page that are not the article, where Readability is weak:
 * it reads no CSS, so a `display:none` copy of the body counts as content for it, and it
 * keeps footers, consent banners and related-article lists that sit inside the article's
 * container. A rule looks only at the element itself (tag, role, attributes): general HTML
 * conventions, never a particular site.
 */
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import type { BoilerplateReason } from '../contracts/stages.ts';

/** Why an element is set aside: the reason and the note shown on the source page. */
export interface Mark {
  reason: BoilerplateReason;
  note: string;
  /** Found by a class or id name only: trusted for short elements alone (a banner, an ad slot, a list of links). */
  byName?: boolean;
}

/** Longest text (characters) an element found by its class or id name may hold: such furniture is short, an article is not. */
export const MAX_BY_NAME = 1500;
/** Containers whose class names describe the page, not themselves ("ad-free", "has-related"). */
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
/** Class names that frameworks use to hide an element from sight (Bootstrap, Tailwind, WordPress). */
const HIDDEN_CLASS = /^(?:hidden|d-none|is-hidden|visually-hidden|sr-only|screen-reader-text|hide|invisible)$/i;
const CONSENT = /(?:^|[-_\s])(?:cookie|cookies|consent|gdpr|onetrust|cmp)(?:$|[-_\s])/i;
const RELATED = /(?:^|[-_\s])(?:related|recommended|recommendations|more-stories|most-read|mostread|most-popular|trending|outbrain|taboola|read-next|up-next)(?:$|[-_\s])/i;
const ADVERT = /(?:^|[-_\s])(?:ad|ads|advert|adverts|advertisement|ad-slot|adslot|dfp|gpt-ad|sponsored)(?:$|[-_\s])/i;

export function ruleFor(el: T.Element): Mark | undefined {
  const attr = (name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
  const style = attr('style');
  const cls = attr('class') ?? '';
  if (attr('hidden') !== undefined || (style && HIDDEN_STYLE.test(style)) || cls.split(/\s+/).some((c) => HIDDEN_CLASS.test(c))) {
    return { reason: 'hidden', note: 'hidden on the page' };
  }
  const role = attr('role');
  if (el.tagName === 'footer' || role === 'contentinfo') return { reason: 'navigation', note: 'page footer' };
  if (el.tagName === 'nav' || role === 'navigation') return { reason: 'navigation', note: 'page navigation' };
  if (CONTAINERS.has(el.tagName)) return undefined;
  const names = `${attr('id') ?? ''} ${cls}`;
  if (CONSENT.test(names)) return { reason: 'navigation', note: 'cookie or consent banner', byName: true };
  if (RELATED.test(names)) return { reason: 'related', note: 'related articles', byName: true };
  if (ADVERT.test(names)) return { reason: 'advertisement', note: 'advertisement', byName: true };
  return undefined;
}
