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
  /**
   * Found by a class or id name only: trusted for short elements alone (a banner, an ad slot, a
   * list of links), so the longest text (characters) the element may hold; an article is longer.
   */
  maxChars?: number;
}
/** Containers whose class names describe the page, not themselves ("ad-free", "has-related"). */
const CONTAINERS = new Set(['html', 'body', 'main', 'article']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
/** Class names that frameworks use to hide an element from sight (Bootstrap, Tailwind, WordPress). */
const HIDDEN_CLASS = /^(?:hidden|d-none|is-hidden|visually-hidden|sr-only|screen-reader-text|hide|invisible)$/i;
const CONSENT = /(?:^|[-_\s])(?:cookie|cookies|consent|gdpr|onetrust|cmp)(?:$|[-_\s])/i;
const RELATED = /(?:^|[-_\s])(?:related|recommended|recommendations|more-stories|most-read|mostread|most-popular|trending|outbrain|taboola|read-next|up-next)(?:$|[-_\s])/i;
const ADVERT = /(?:^|[-_\s])(?:ad|ads|advert|adverts|advertisement|ad-slot|adslot|dfp|gpt-ad|sponsored)(?:$|[-_\s])/i;
const CAPTION = /(?:^|[-_\s])(?:caption|captions|credit|credits|image-credit|photo-credit|wp-caption-text)(?:$|[-_\s])/i;
const BYLINE = /(?:^|[-_\s])(?:byline|bylines|dateline|timestamp|time-stamp|publish-date|published-date|pubdate|article-date|post-date|entry-date|date|meta-date)(?:$|[-_\s])/i;
const SHARE = /(?:^|[-_\s])(?:share|sharing|social|share-bar|sharebar|social-share)(?:$|[-_\s])/i;
const SIGN_UP = /(?:^|[-_\s])(?:newsletter|subscribe|subscription|signup|sign-up|paywall)(?:$|[-_\s])/i;
/** Embedded posts from social networks: not the outlet's own reporting (the README says what that costs on the benchmark). */
const EMBED = /(?:^|\s)(?:twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-card)(?:$|\s)/i;

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
  if (el.tagName === 'figcaption') return { reason: 'caption', note: 'photo caption' };
  if (EMBED.test(cls)) return { reason: 'embed', note: 'embedded post' };
  if (CONTAINERS.has(el.tagName)) return undefined;
  const names = `${attr('id') ?? ''} ${cls}`;
  if (CONSENT.test(names)) return { reason: 'navigation', note: 'cookie or consent banner', maxChars: 1500 };
  if (RELATED.test(names)) return { reason: 'related', note: 'related articles', maxChars: 1500 };
  if (ADVERT.test(names)) return { reason: 'advertisement', note: 'advertisement', maxChars: 1500 };
  if (SIGN_UP.test(names)) return { reason: 'sign-up', note: 'newsletter sign-up', maxChars: 600 };
  if (SHARE.test(names)) return { reason: 'share', note: 'share buttons', maxChars: 300 };
  if (CAPTION.test(names)) return { reason: 'caption', note: 'photo caption or credit', maxChars: 600 };
  if (BYLINE.test(names)) return { reason: 'navigation', note: 'byline or time stamp', maxChars: 200 };
  return undefined;
}
