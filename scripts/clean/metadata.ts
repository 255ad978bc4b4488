/**
 * Source metadata from the article's own lines, for articles that come with none: the byline
 * ("By Ana Lima and Tom Reyes"), the publication date (publicationDate.ts: a time stamp, a date line, the dateline),
 * and the publisher from rights and credit lines at the end ("© 2031 Harbour Times",
 * "HTN's Ana Lima contributed to this report"). Wire datelines are read by dateline.ts.
 * Only fills what is missing: metadata the user gave always wins.
 */
import type { Source } from '../contracts/facts.ts';
import { publicationDate } from './publicationDate.ts';

/** Lines this close to the top may hold a byline or a date; credits sit this close to the end. */
const HEAD_LINES = 8;
const TAIL_LINES = 12;

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`;
/** "By Ana Lima", "By Ana Lima and Tom Reyes", "By ANA LIMA, Harbour Times". */
const BYLINE = new RegExp(String.raw`^By\s+(${NAME}(?:(?:,\s*|\s+and\s+)${NAME})*)(?:\s*[,|–—-]\s*(.{2,40}))?$`, 'iu');
const BYLINE_OF = new RegExp(String.raw`^By\s+(${NAME})(?:\s+of\s+the\s+|\s*\/\s*)(\p{Lu}[\p{L}\d&'’ .-]{1,40})$`, 'u');
/** "© 2031 Harbour Times. All rights reserved.", "Copyright 2031 by HTN - All rights reserved." */
const RIGHTS = /^(?=©|Copyright)(?:©\s*)?(?:Copyright\s*)?(?:©\s*)?(?:\d{4}(?:[-–]\d{4})?\s+)?(?:by\s+)?(\p{Lu}[\p{L}\d&'’ .-]{1,40}?)\s*(?:\(|[.,-]\s*All rights|\.?\s*All rights|\.$|$)/iu;
/** Words of news outlets' names (general English), or an acronym: "Harbour Times", "HTN". */
const OUTLET = /\b(?:Times|News|Post|Herald|Press|Journal|Tribune|Daily|Gazette|Chronicle|Telegraph|Guardian|Independent|Observer|Star|Sun|Mirror|Express|Mail|Standard|Courier|Bulletin|Reporter|Radio|Television|TV|Network|Media|Wire|Agency)\b|^\p{Lu}{2,}$/u;
/** "Subscribe to Harbour Times", "Subscribe to HTN's free daily": the outlet selling itself. */
const SUBSCRIBE = /^(?:Subscribe|Sign up) to\s+(?:the\s+)?(\p{Lu}[\p{L}&.]+(?:\s+\p{Lu}[\p{L}&.]+){0,3})(?:['’]s\b|\s*[.!:,]|\s*$|\s+(?:for|today|now|and|to)\b)/u;
/** A share or "more from" line naming the outlet's own site: "See this item from HTN.com", "Read or Share this story: https://www.htn.example/...". */
const OWN_SITE = /\b(?:item from|(?:click|read) (?:for )?more (?:from|at)|Read or Share this story:\s*https?:\/\/(?:www\.)?)\s*([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|co\.uk|example))\b/i;
/** "HTN's Ana Lima contributed to this report": the outlet's own staff. */
const STAFF_CREDIT = /^(?:[—–-]\s*)?(\p{Lu}{2,}[\p{Lu}\d&]*(?:\s+News)?|\p{Lu}[\p{L}]+\s+News)['’]s?\s+\p{Lu}.{0,200}\bcontributed\b/u;

export interface InferredMetadata {
  author?: string;
  publisher?: string;
  /** ISO date, "2031-06-03". */
  published?: string;
}

/** Reads byline, date and publisher from the lines of an article's text (its view, from the body on). */
export function inferMetadata(lines: string[]): InferredMetadata {
  const found: InferredMetadata = {};
  const head = lines.slice(0, HEAD_LINES);
  for (const line of head) {
    // "By Ana Lima of the Harbour Times", "By Ana Lima/HarbourMoney": the outlet after "of the" or a slash.
    const of = BYLINE_OF.exec(line);
    if (of && !found.author) {
      found.author = of[1]!.replace(/\s+/g, ' ');
      found.publisher ??= of[2]!.trim();
    }
    const byline = BYLINE.exec(line);
    if (byline && !found.author) {
      let names = byline[1]!.replace(/\s+/g, ' ').trim();
      let outlet = byline[2]?.trim().replace(/\s+Staff$/i, '');
      // "By Ana Lima, Harbour Times": the last name in the list may be the outlet's.
      const last = /,\s*([^,]+)$/.exec(names);
      // "By Ana Lima, The Harbour Week": a name that starts with "The" is an outlet's, not a person's.
      if (!outlet && last && (OUTLET.test(last[1]!) || /^The\s+\p{Lu}/u.test(last[1]!))) {
        outlet = last[1]!;
        names = names.slice(0, last.index);
      }
      found.author = names;
      if (outlet && /^\p{Lu}/u.test(outlet) && !/\d/.test(outlet)) found.publisher = outlet;
    }
  }
  const published = publicationDate(head, lines.slice(-TAIL_LINES));
  if (published) found.published = published;
  for (const line of [...lines.slice(-TAIL_LINES), ...head]) {
    const publisher = RIGHTS.exec(line)?.[1] ?? STAFF_CREDIT.exec(line)?.[1] ?? SUBSCRIBE.exec(line)?.[1] ?? OWN_SITE.exec(line)?.[1];
    if (publisher && !found.publisher) found.publisher = publisher.replace(/[\s.]+$/, '');
  }
  return found;
}

/** Sets the inferred values the source does not have yet. */
export function withInferredMetadata(source: Source, inferred: InferredMetadata): Source {
  const out = { ...source };
  if (!out.author && inferred.author) out.author = inferred.author;
  if (!out.publisher && inferred.publisher) out.publisher = inferred.publisher;
  if (!out.published && inferred.published) out.published = inferred.published;
  return out;
}
