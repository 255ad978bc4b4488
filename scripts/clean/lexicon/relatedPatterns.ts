/**
 * Teasers of other articles: "Related stories" headers, "Read more: ..." links, bracketed links,
 * teaser bylines ("By X Published"); and the article's own byline, whose shape sits among them.
 *
 * One family of the line lexicon (linePatterns.ts keeps the families in the order they are tried).
 */
import { type LinePattern, re, RELATED_HEADER_NOTE, TEASER_NOTE } from './linePattern.ts';
import { NAME1 } from './regexParts.ts';
import { REPORTED_SENTENCE, REPORTING } from './reporting.ts';

export const RELATED_PATTERNS: LinePattern[] = [
  {
    re: /^(?:[■•·*\-–—]\s*)?(?:Related(?: (?:stories|story|articles?|coverage|content|links?|videos?|reading|posts?|news|topics))?(?: (?:on|from) [\p{L}.' ]{1,30})?|Read (?:more|also|next|this next)|More (?:from|on|about|in) [\p{L}\d.'’ &-]{1,40}|More (?:stories|news|coverage|headlines)|Recommended(?: for you| stories| reading| articles| videos)?|You (?:may|might) (?:also )?(?:like|enjoy|be interested in)|See also|Also|Also read|Also see|More|Further reading|Most (?:read|popular|viewed|shared|emailed)|Trending(?: now| stories| on [\p{L} ]{1,20})?|Latest(?: news| stories| headlines)?|Top stories|Editor['’]s picks|Don['’]t miss|What to read next|Popular(?: on [\p{L}. ]{1,30})?|In (?:other|related) news|Around the web|From the web|Promoted stories|Full coverage)\s*:?\s*$/iu,
    reason: 'related', note: RELATED_HEADER_NOTE, maxLen: 60,
  },
  {
    re: /^(?:[■•·*\-–—]\s*)?\[?(?:Related|Read more|Read also|See also|Also|More|Read|Also read|Also see|Related stor(?:y|ies)|Related articles?|Related content|Related coverage|Full coverage|More coverage|Read more about|Read more on this story|Recommended|Editor['’]s pick|Opinion)\s*:\s*\S/i,
    // A headline may say "says"; a reported sentence ends like one ("More: officials said the ... .").
    reason: 'related', note: 'link to a related article', maxLen: 200, unless: REPORTED_SENTENCE,
  },
  // A primer's teaser, a video or guide titled "Subject 101": "Tides 101 They rise twice a day, but why? See what we know.",
  // "Ferries 101: everything you need to know" (not "Highway 101 was closed": no teaser's call to see or learn).
  { re: /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}101(?:\s*:\s*|\s+)\p{L}/u, also: /(?:^|[.!?]\s+)(?:See|Learn|Find out|Watch|Discover|Here['’]s)\b[^.!?]{0,120}[.!]?$|101\s*:\s*(?:everything|all|what|how|why)\b/i, reason: 'related', note: 'link to a related article', maxLen: 300 },
  // "More from Harbour Tech: And make sure to visit ...": a section's promotion of itself (a name, not "More from the mayor: ...").
  { re: /^More (?:from|on) \p{Lu}[\p{L}\d.'’&-]*(?: [\p{Lu}\d&][\p{L}\d.'’&-]*){0,3}\s*:\s*\S/u, reason: 'related', note: 'link to a related article', maxLen: 200, unless: REPORTED_SENTENCE },
  // "(Harbour fire full coverage)", "Learn how tides shape the coast.": links and teasers to other pages.
  { re: /^\([^()]{1,60}\b(?:full coverage|live updates|complete coverage)\)$|^Learn (?:how|more|why|what)\b/i, reason: 'related', note: 'link to a related article', maxLen: 200, unless: REPORTING },
  { re: /^Related (?:UPDATE|VIDEO|STORY|LINK|CONTENT)S?\s*:\s*\S|^\((?:See|Read|Watch|Click|Related)\b[^()]{0,150}\)$/, reason: 'related', note: 'link to a related article', maxLen: 200 },
  { re: /\sRead more$|^\(?Also on [\p{L} .]{2,30}:\s*\S|^(?:FROM|MORE FROM|ALSO ON|MORE ON) [\p{Lu}\d .'&-]{2,30}:\s*\S/u, reason: 'related', note: 'link to a related article', maxLen: 200 },
  { re: /^\[(?:image|photo|picture|graphic)\b[^\]]*\]$/i, reason: 'caption', note: 'photo credit', maxLen: 120 },
  { re: /^\[[^\]]{8,160}\]$/, reason: 'related', note: 'link to a related article', maxLen: 170 },
  { re: /^By\s.{1,80}?\bPublished\b/, reason: 'related', note: TEASER_NOTE, maxLen: 160 },
  { re: re(String.raw`^(?:\/\s*)?(?:(?:Updated|Source: [\p{L}. ]{1,30})\s+)?[Bb]y\s+${NAME1}(?:\s*(?:,|and|of|for|\||•|-)\s*[^.!?]{0,80})?$`), reason: 'credit', note: 'byline', maxLen: 140, unless: REPORTING },
  { re: /^by$/i, reason: 'credit', note: 'byline', maxLen: 3 },
];
