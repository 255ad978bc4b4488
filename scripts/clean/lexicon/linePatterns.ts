/**
 * The lexicon of web-boilerplate line shapes, in the order the classifier (matchLine.ts) tries them.
 *
 * Every entry is general: it describes how newsletters, captions, credits, embeds and
 * page chrome look on any outlet, never one article. Patterns are tested against a
 * single trimmed line; the first entry that matches wins, so order matters where
 * two shapes overlap (e.g. "Follow us on Twitter" is share, "Follow Jo Bloggs on
 * Twitter" is an author bio): the families below keep the order they were written in.
 *
 * Each pattern carries a `maxLen`: boilerplate lines are short, and the cap both keeps
 * long news paragraphs that merely contain a trigger word out of trouble and lets the
 * classifier skip most of the lexicon for long lines (speed over thousands of files).
 */
import { AUTHOR_BIO_PATTERNS } from './authorBioPatterns.ts';
import { CAPTION_PATTERNS } from './captionPatterns.ts';
import { CREDIT_PATTERNS } from './creditPatterns.ts';
import { EMBED_PATTERNS } from './embedPatterns.ts';
import type { LinePattern } from './linePattern.ts';
import { NAVIGATION_PATTERNS } from './navigationPatterns.ts';
import { NOTICE_PATTERNS } from './noticePatterns.ts';
import { RELATED_PATTERNS } from './relatedPatterns.ts';
import { SHARE_PATTERNS } from './sharePatterns.ts';
import { SIGN_UP_PATTERNS } from './signUpPatterns.ts';

/** Every line pattern, first match wins; the outlet's notices and picture labels come last. */
export const LINE_PATTERNS: readonly LinePattern[] = [
  ...EMBED_PATTERNS,
  ...CREDIT_PATTERNS,
  ...SHARE_PATTERNS,
  ...AUTHOR_BIO_PATTERNS,
  ...SIGN_UP_PATTERNS,
  ...NAVIGATION_PATTERNS,
  ...RELATED_PATTERNS,
  ...CAPTION_PATTERNS,
  ...NOTICE_PATTERNS,
];
