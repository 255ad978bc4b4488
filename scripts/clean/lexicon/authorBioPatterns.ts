/**
 * Author biographies and contacts: "Jo Roe is a reporter for ...", "Jo Roe covers ... for the ...",
 * "can be reached at", e-mail addresses and handles on their own line.
 *
 * One family of the line lexicon (linePatterns.ts keeps the families in the order they are tried).
 */
import { type LinePattern, re } from './linePattern.ts';
import { CAP, NAME1, NAME2 } from './regexParts.ts';
import { REPORTING } from './reporting.ts';

/** Job titles that mark a staff biography. */
const JOB = String.raw`(?:writer|reporter|correspondent|editor|journalist|columnist|producer|contributor|intern|fellow|blogger|critic|anchor|photographer|photojournalist|analyst|staffer|host)`;
/** Words of events that happen TO people in the news; a "X was a reporter ..." line with them is news. */
const NEWS_EVENT = /\b(?:said|says|told|testified|arrested|killed|charged|died|dead|disappeared|missing|murdered|detained|jailed|fired|sued|accused|shot|injured|wounded|kidnapped|hostage|freed|convicted|sentenced|who was|when (?:he|she))\b/i;

export const AUTHOR_BIO_PATTERNS: LinePattern[] = [
  { re: re(String.raw`^${NAME2},?\s+(?:is|was|has been|had been)\s+(?:a|an|the|\S+['’]s?)\s+(?:[\p{L}.,&'’/-]+\s+){0,6}?${JOB}s?\b`), reason: 'author-bio', note: 'author bio', maxLen: 600, unless: NEWS_EVENT },
  // A statement's signature: "Jane Roe is Acme's Chief Talent Officer" (title-cased, no full stop).
  { re: re(String.raw`^${NAME2}\s+is\s+(?:the\s+)?${CAP}['’]s?\s+(?:${CAP}\s*){1,5}$`), reason: 'author-bio', note: 'signature line', maxLen: 120 },
  // "Jo Roe writes the "Money Matters" column for the magazine."
  { re: re(String.raw`^${NAME2}\s+(?:writes|edits|hosts|co-hosts)\s+(?:the|a|an)\s+.{1,80}?\b(?:column|blog|newsletter|podcast)\b`), reason: 'author-bio', note: 'author bio', maxLen: 250, unless: NEWS_EVENT },
  { re: re(String.raw`^${NAME2}\s+worked\s+(?:at|for|with)\s+.{1,80}?\s+from\s+\d{4}\s+(?:to|until)\s+\d{4}`), reason: 'author-bio', note: 'author bio', maxLen: 600 },
  { re: re(String.raw`^${NAME2}\s+(?:covers|has covered|writes about|reports on|reports from)\s.{1,150}\b(?:for|at)\s+(?:the\s+)?${CAP}`), reason: 'author-bio', note: 'author bio', maxLen: 300, unless: REPORTING },
  { re: /^Follow\s.{1,80}?\s+on\s+(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|Mastodon|LinkedIn|TikTok)\b|^Follow (?:him|her|them|me)\b|\bfollow (?:him|her|them) on (?:Twitter|X|Facebook|Instagram)\b/i, reason: 'author-bio', note: "follow the author's social media", maxLen: 300 },
  { re: /\bcan be (?:reached|contacted|emailed|followed) (?:at|by|via|on)\b/i, reason: 'author-bio', note: 'author contact', maxLen: 300 },
  // "E-mail: jo@example.com Twitter: @jo", "Jo Roe: 555-0100, jo@example.com", "(Corresponding author: ..., jo@example.org)".
  // (Every shape holds an "@": that cheap test goes first, the full one, which backtracks over every word of a long line, second.)
  { re: /@/, also: /\b(?:E-?mail|Twitter|Phone|Tel|Corresponding author)\s*:.{0,80}[\w.+-]+@[\w-]+\.[\w.-]+|[\w.+-]+@[\w-]+\.[\w.-]+.{0,40}(?:\bTwitter\b|\s@\w+)|^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}:\s*[\d() .-]{7,},?\s*[\w.+-]+@/iu, reason: 'author-bio', note: 'author contact', maxLen: 250, unless: REPORTING },
  { re: re(String.raw`^Reach\s+${NAME1}\s+at\s+[\d(]`), reason: 'author-bio', note: 'author contact', maxLen: 200 },
  { re: /^(?:Write to|Contact|Email|E-mail|Reach)\s.{1,80}?\s(?:at|via|on)\s+\S+@\S+|^To contact the (?:reporters?|editors?|authors?|writers?)\b/i, reason: 'author-bio', note: 'author contact', maxLen: 300 },
  { re: re(String.raw`^${NAME2}(?: on (?:Twitter|X|Instagram))?\s*:[\s:]*(?:https?:\/\/\S+|@\w+|[\d()\/ .-]{7,})$`), reason: 'author-bio', note: 'author contact', maxLen: 120 },
  { re: /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s+(?:or|and|\||,)\s+.{0,30})?$/, reason: 'author-bio', note: 'author contact', maxLen: 120 },
  { re: /^(?:Twitter|Instagram|Email|E-mail)\s*:?\s*@?[\w.@+-]+$/i, reason: 'author-bio', note: 'author contact', maxLen: 80 },
  // A report's list of its authors' affiliations: "Division of Harbour Safety, Porto Institute; Department of Tides, Lima
  // University; Harbour Hospital": institutions between semicolons, names and a few small words, no verb.
  { re: /\b(?:Division|Department|Center|Centre|Institute|School|University|College|Hospital|Council|Laborator(?:y|ies)|Agency|Ministry|Faculty)\b/, also: /^(?=[^;]*;[^;]*;)(?:[\p{Lu}\d][\p{L}\d'’.&-]*|of|for|and|the|on|in|at|[,;]|\s)+$/u, reason: 'author-bio', note: "the authors' affiliations", maxLen: 1000 },
  { re: /^Read more (?:from|by) .{1,60}['’]s? archive/i, reason: 'author-bio', note: 'author links', maxLen: 300 },
];
