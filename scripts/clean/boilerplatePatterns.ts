/**
 * Lexicon of web-boilerplate line shapes used by `boilerplate.ts`.
 *
 * Every entry is general: it describes how newsletters, captions, credits, embeds and
 * page chrome look on any outlet, never one article. Patterns are tested against a
 * single trimmed line; the first entry that matches wins, so order matters where
 * two shapes overlap (e.g. "Follow us on Twitter" is share, "Follow Jo Bloggs on
 * Twitter" is an author bio).
 *
 * Each pattern carries a `maxLen`: boilerplate lines are short, and the cap both keeps
 * long news paragraphs that merely contain a trigger word out of trouble and lets the
 * classifier skip most of the lexicon for long lines (speed over thousands of files).
 */
import type { BoilerplateReason } from '../contracts/stages.ts';

/** Notes the passes in boilerplate.ts recognise: teaser-list markers. */
export const RELATED_HEADER_NOTE = 'header of related-article links';
export const TEASER_NOTE = 'teaser list of related articles';

export interface LinePattern {
  re: RegExp;
  reason: BoilerplateReason;
  note: string;
  /** Longest trimmed line (in characters) the pattern may fire on. */
  maxLen: number;
  /** A second regex that must also match (AND). */
  also?: RegExp;
  /** The pattern does not fire when this matches (typically: the line reads as reporting). */
  unless?: RegExp;
}

/** Verbs and phrases of news reporting: a line containing them reads as prose, not chrome. */
/** A sentence of reported speech, ending as sentences do (a headline does not). */
const REPORTED_SENTENCE = /\b(?:said|says|told|tells|according to|testified|reported|announced|stated|added)\b.*[.!?]["'”’)]*$/i;
export const REPORTING = /\b(?:said|says|told|tells|according to|testified|reported|announced|stated|added)\b/i;

export const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** One capitalised name token (allows initials, hyphens, apostrophes, all-caps). */
const CAP = String.raw`\p{Lu}[\p{L}.'’-]*`;
const PARTICLE = String.raw`(?:de|van|von|der|den|del|della|da|di|du|la|le|bin|al|el|dos|das)`;
/** A person-like name of 2..5 tokens; not starting with a determiner, so "The Ministry" is no name. */
const NAME2 = String.raw`(?!(?:The|A|An|This|That|These|Those|It|Its|Our|Their|His|Her|In|On|At|For|But|And)\b)${CAP}(?:\s+(?:${CAP}|${PARTICLE})){1,4}`;
/** A name of 1..5 tokens, used where the line shape itself is already telling (sign-offs). */
const NAME1 = String.raw`${CAP}(?:\s+(?:${CAP}|${PARTICLE})){0,4}`;
/** A credit component such as "Jonathan Ernst" or "Los Angeles Times" or "AFP". */
const CREDIT_NAME = String.raw`\p{Lu}[\p{L}\d.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\d.'’&-]*|of|for|the|de|and))*`;
/** Picture agencies whose name at the very end of a line marks a photo credit. */
const PICTURE_AGENCY = String.raw`(?:Getty Images|Getty|Shutterstock|iStockphoto|iStock|WireImage|FilmMagic|Corbis|Alamy|NurPhoto|Sipa USA|Rex Features|REX|Invision)`;
/** Job titles that mark a staff biography. */
const JOB = String.raw`(?:writer|reporter|correspondent|editor|journalist|columnist|producer|contributor|intern|fellow|blogger|critic|anchor|photographer|photojournalist|analyst|staffer|host)`;
/** Words of events that happen TO people in the news; a "X was a reporter ..." line with them is news. */
const NEWS_EVENT = /\b(?:said|says|told|testified|arrested|killed|charged|died|dead|disappeared|missing|murdered|detained|jailed|fired|sued|accused|shot|injured|wounded|kidnapped|hostage|freed|convicted|sentenced|who was|when (?:he|she))\b/i;

const re = (source: string, flags = 'u'): RegExp => new RegExp(source, flags);

/** Whole line of share-button words ("Facebook Twitter Pinterest", "Share this: Twitter"). */
const SHARE_WORDS = new Set([
  'share', 'shares', 'shared', 'this', 'on', 'tweet', 'email', 'e', 'mail', 'print', 'printable', 'version', 'facebook',
  'twitter', 'reddit', 'pinterest', 'linkedin', 'whatsapp', 'google', 'tumblr', 'stumbleupon', 'flipboard',
  'messenger', 'telegram', 'copy', 'link', 'sms', 'more', 'play', 'save', 'comment', 'comments', 'via', 'digg',
  'pocket', 'instagram', 'youtube', 'story', 'article', 'to', 'a', 'friend', 'what', 'are', 'these', 'opens', 'in', 'new', 'window',
]);
const SHARE_CORE = new Set([
  'share', 'tweet', 'email', 'mail', 'print', 'printable', 'facebook', 'twitter', 'reddit', 'pinterest', 'linkedin',
  'whatsapp', 'google', 'tumblr', 'stumbleupon', 'flipboard', 'telegram', 'instagram', 'youtube',
]);

/** True for a short line made only of share-button words, with at least one real sharing word. */
export function isShareButtons(line: string): boolean {
  if (line.length > 120) return false;
  const words = line.toLowerCase().split(/[^a-z]+/).filter((w) => w !== '');
  if (words.length === 0) return false;
  return words.every((w) => SHARE_WORDS.has(w)) && words.some((w) => SHARE_CORE.has(w));
}

/**
 * A parenthesised (or bracketed) credit at the end of a line: "... (AP Photo/Jane Doe)",
 * "(Photo: Getty Images)", "(Kevork Djansezian/Getty Images)", "[Photo/Evening News]".
 * Bare agency names "(Reuters)" also end news paragraphs on some wires, so they only count
 * when the text before them is not a finished sentence (captions rarely end in a full stop
 * before the credit; truncated captions end in "...").
 */
const END_PAREN = /([([])([^()[\]]{1,120})[)\]]\s*$/;
const STRONG_CREDIT_WORD = /\b(?:Photos?|Photograph|Photographer|Image|Images|Picture|Courtesy|Credit|Getty|Shutterstock|Pool|file photo|WireImage|Invision|Pressphoto)\b/i;
const SLASH_CREDIT = re(String.raw`^${CREDIT_NAME}\s?\/\s?${CREDIT_NAME}`);
/** "(PHOTOS: ...)" or "[In Photos: ...]" is a link to a gallery, not a credit. */
const GALLERY_LINK = /^(?:In |See |More )?(?:Photos|Videos?|Gallery|Slideshow|Watch)\s*:/i;
const BARE_AGENCY = /^(?:AP|AFP|Reuters|EPA|Associated Press|Bloomberg|Xinhua|UPI|ANSA|dpa|Anadolu|Sputnik|TASS)$/i;
export function endsWithPhotoCredit(line: string): boolean {
  const m = END_PAREN.exec(line);
  if (!m || m[2] === undefined) return false;
  const inner = m[2].trim();
  if (GALLERY_LINK.test(inner)) return false;
  if (m[1] === '[') return /^(?:Photo|Image|Picture|Credit)\b/i.test(inner) || SLASH_CREDIT.test(inner);
  if (STRONG_CREDIT_WORD.test(inner) || SLASH_CREDIT.test(inner)) return true;
  if (!BARE_AGENCY.test(inner)) return false;
  const before = line.slice(0, m.index).trim();
  if (before === '') return true;
  if (/(?:\.\.\.|…)$/.test(before)) return true;
  return !/[.!?]["'”’]?$/.test(before) && !REPORTING.test(before);
}

export const LINE_PATTERNS: LinePattern[] = [
  // ── embeds: tweets, Instagram posts, video players ──────────────────────────
  { re: /pic\.twitter\.com\/\w/i, reason: 'embed', note: 'embedded tweet', maxLen: 1000 },
  { re: re(String.raw`[—–-]\s*[^\n]{1,80}\(@\w{1,30}\)\s+${MONTH}\s+\d{1,2},\s+\d{4}(?:\s+Report)?\s*$`), reason: 'embed', note: 'embedded tweet', maxLen: 1000 },
  { re: /^(?:\S+\s){0,4}\S+\s\(@\w{1,30}\)\s/, reason: 'embed', note: 'embedded tweet', maxLen: 600, unless: REPORTING },
  { re: /\bA post shared by\b/, reason: 'embed', note: 'embedded Instagram post', maxLen: 600 },
  { re: /^View this (?:post|photo|video) on (?:Instagram|Facebook|Twitter|TikTok)$/i, reason: 'embed', note: 'embedded social media post', maxLen: 60 },
  { re: /^(?:Tweet with a location|Add a location to your Tweets)$|location information to your Tweets|^When you tweet with a location\b/i, reason: 'embed', note: 'embedded tweet widget text', maxLen: 400 },
  { re: /^@[\w.]{1,30}$/, reason: 'embed', note: 'social media handle', maxLen: 40 },
  { re: /^(?:https?:\/\/)?(?:www\.|mobile\.|m\.)?(?:twitter\.com|x\.com|instagram\.com|facebook\.com|youtube\.com|youtu\.be|t\.co|tiktok\.com|vine\.co)\/\S*$/i, reason: 'embed', note: 'social media link', maxLen: 200 },
  { re: /^\S{1,60} via (?:Instagram|Twitter|Facebook|YouTube|TikTok)$|^[^.!?]{1,40} on (?:YouTube|Instagram)$/i, reason: 'embed', note: 'social media image credit', maxLen: 80 },
  // A gallery widget can flatten fifty captions into one line: the marker is strong enough at any length.
  { re: /\bFull Screen Autoplay Close\b|\bSkip Ad\b/i, reason: 'embed', note: 'photo gallery widget', maxLen: 50_000 },
  { re: /\bHide Caption \d+ of \d+\b/, reason: 'caption', note: 'photo gallery captions', maxLen: 50_000 },
  { re: /\bBack to Gallery$|\bImage (?:copyright|caption)\b|\bStory Highlights\b/, reason: 'caption', note: 'photo caption or gallery text', maxLen: 600 },
  // A gallery flattened into one line: "Image 1 of / 4 Caption Close Image 1 of 4 ...".
  { re: /\bImage \d+ of \/? ?\d+\b.{0,80}\b(?:Caption|Close|Image \d+ of)\b/, reason: 'caption', note: 'photo gallery captions', maxLen: 50_000 },
  { re: /\bautoplay autoplay\b|\bCopy this code to your website or blog\b/i, reason: 'embed', note: 'video player text', maxLen: 600 },
  { re: /\bFull size image$/, reason: 'caption', note: 'figure caption', maxLen: 2000 },
  { re: /^JUST WATCHED\b|\bReplay More Videos\b|^MUST WATCH\b|^EMBED More News Videos\b/, reason: 'embed', note: 'video player text', maxLen: 600 },
  // A tweet's text with its status address glued on: "… thwartedhttps://twitter.com/x/status/123 …".
  { re: /(?:twitter|x)\.com\/\w{1,30}\/status(?:es)?\/\d+/i, reason: 'embed', note: 'embedded tweet', maxLen: 600 },
  // "Watch the interview in the video above": a direction to the page's player.
  { re: /\b(?:in|from) the (?:video|clip|player) (?:above|below)\b|^Watch (?:the|part of|more of)\b.{0,120}\b(?:video|clip) (?:above|below)\b/i, reason: 'embed', note: 'pointer to a video player', maxLen: 250 },
  { re: /^Media playback is unsupported\b/i, reason: 'embed', note: 'video player text', maxLen: 400 },
  { re: /\b(?:Adobe )?Flash Player\b.{0,80}\b(?:view|play|watch)\b|\bSee Gallery\b.{0,200}\b(?:HIDE CAPTION|Up Next)\b/i, reason: 'embed', note: 'video player or gallery text', maxLen: 400 },
  { re: /^CLOSE\s+\p{Lu}/u, reason: 'embed', note: 'video caption', maxLen: 600 },
  { re: re(String.raw`^Published on ${MONTH} \d{1,2}, \d{4}$`), reason: 'embed', note: 'video upload date', maxLen: 40 },
  {
    re: /^(?:Rating is available when the video has been rented\.?|This feature is not available right now\. Please try again later\.?|The interactive transcript could not be loaded\.?|Loading\.\.\.|(?:Please )?enable JavaScript to (?:watch|view|play) this (?:video|content)\.?|Your browser does not support .{0,40}\.?|Now Playing:?|Up Next:?|Autoplay|Replay|Play Video|Scroll down for video)$/i,
    reason: 'embed', note: 'video player text', maxLen: 120,
  },

  // ── credit and rights lines ─────────────────────────────────────────────────
  { re: /\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))|\bcontributed reporting\b/i, reason: 'credit', note: 'contributor credit', maxLen: 400 },
  { re: /^[([]?(?:This|The) (?:story|article|report|post) (?:has been|was|is being) (?:updated|corrected|amended)\b/i, reason: 'credit', note: 'update note', maxLen: 250, unless: REPORTING },
  { re: /^\((?:This version|Updates|Adds|Corrects|Refiles)\b[^()]*\)$/, reason: 'credit', note: 'update note', maxLen: 400 },
  // The outlet speaking about its own article: "Editor's note: ...", "CORRECTION (March 3): An earlier version ...", "Note: Information in this report ...".
  { re: /^[[(]?(?:Editor['’]?s['’]? note|Editors['’] note|Note to (?:readers|editors)|Note|Correction|Clarification|Disclaimer)(?:\s*\([^()]{0,60}\))?\s*:/i, reason: 'credit', note: 'editor\'s note or correction', maxLen: 1500 },
  // "UPDATE, 21 April: ... referred to in this story ...": an update is the outlet's note only when it speaks of the article (live updates are news).
  { re: /^[[(]?(?:Update|Updated)(?:\s*\([^()]{0,60}\)|,[^:]{1,40}|\s*\d[^:]{0,40})?\s*:/i, also: /\b(?:this|our) (?:story|article|report|post|piece)\b|\bearlier version\b|\bwent to (?:press|print)\b/i, reason: 'credit', note: 'editor\'s note or correction', maxLen: 1500 },
  // "This article was amended on 12 August 2014": dated, unlike "The article was updated on the agency's website".
  { re: /^(?:[•*]\s*)?This (?:article|story|report|post|piece) was (?:amended|corrected|updated|changed) on (?:\d|\p{L}+\.? \d)/iu, reason: 'credit', note: 'editor\'s note or correction', maxLen: 1000 },
  // A news service's note about itself: "This report is published every weekday", "This list is not a comprehensive list of ...".
  { re: /^This (?:report|list|page|feed|blog|newsletter|roundup|log|map|column|briefing) (?:is|was|will be) (?:published|updated|compiled|produced|not (?:a|an|intended)\b)/i, reason: 'credit', note: 'note about the publication', maxLen: 600 },
  // A deck that repeats the lede with its time stamp: "A woman heard noises in her home. (Published Wednesday, July 26, 2017)".
  { re: /\((?:Published|Updated|Posted)\b[^()]{3,60}\)$/, reason: 'navigation', note: 'time stamp', maxLen: 400 },
  // Time stamps: "Posted at 11:43 AM on Nov. 24, 2010", "Updated: June 22, 2017 1:24 pm".
  { re: re(String.raw`^(?:Posted|Updated|Published|Last updated|First published)(?::|\s+(?:at|on))\s+(?:[\p{L}]+,?\s+)?(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}:\d{2})`, 'iu'), reason: 'navigation', note: 'time stamp', maxLen: 120 },
  { re: /\bPosted: .{5,60}? Updated: /, reason: 'navigation', note: 'time stamp', maxLen: 400 },
  // A line that is only the article's date and time: "Tuesday, October 16, 2031", "Posted Tuesday, June 3, 2031 5:27 pm",
  // "March 10, 2031 10:54 am ET by HTN Staff", "Published: Tue 3 Mar 2031" (publicationDate.ts reads the day from it).
  { re: re(String.raw`^(?:(?:Posted|Published|Updated|First published|Last updated)(?::|\s+on)?\s+)?(?:[\p{L}]+day\.?,?\s+|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+)?(?:${MONTH}\s+\d{1,2},?|\d{1,2}\s+${MONTH})\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?(?:\s+by\s+\p{Lu}[\p{L} .'’-]{1,40})?$`, 'iu'), reason: 'navigation', note: 'time stamp', maxLen: 100 },
  { re: /^\((?:Additional )?(?:Reporting|Writing|Editing|Compiled|Edited|Research|Graphics?) by\b/i, reason: 'credit', note: 'reporting and editing credit', maxLen: 400 },
  { re: /^\(?(?:Additional )?(?:Reporting|Writing) by [^;]{1,100};\s*(?:Additional reporting|Editing|Writing)(?: by)?\b/i, reason: 'credit', note: 'reporting and editing credit', maxLen: 400 },
  { re: re(String.raw`^(?:Additional )?(?:Reporting|Writing|Editing) by ${NAME1}(?:(?:,\s*|\s+and\s+|\s+in\s+|\s+from\s+)${NAME1})*\.?$`), reason: 'credit', note: 'reporting and editing credit', maxLen: 200 },
  { re: /^(?:Copyright\s*(?:©|\(c\))?\s*\d{4}|©|\(c\)\s*\d{4})/i, reason: 'credit', note: 'copyright notice', maxLen: 250 },
  { re: /\bAll rights reserved\b/i, reason: 'credit', note: 'copyright notice', maxLen: 300 },
  { re: /\bmay not be (?:published|reproduced|copied)\b.{0,40}\b(?:broadcast|redistributed|rewritten)\b/i, reason: 'credit', note: 'rights notice', maxLen: 300 },
  { re: /^[—–-]+\s*With (?:assistance|additional reporting) (?:by|from)\b/i, reason: 'credit', note: 'contributor credit', maxLen: 200 },
  { re: re(String.raw`^(?:--|[—–]|-(?=\s))\s*${NAME1}(?:(?:,\s*|\s+and\s+)${NAME1})*(?:\s+(?:in|at|from)\s+[\p{L} ,.'’-]{1,60})?\.?$`), reason: 'credit', note: 'reporter sign-off', maxLen: 140 },
  { re: /^(?:This (?:story|article|report|piece|editorial|column|op-ed|interview|post) (?:was |has been |is )?(?:originally |first )?(?:published|posted|appeared)|(?:This|The) (?:story|article) appears? in|Originally published\b|This article appeared on page)/i, reason: 'credit', note: 'publication note', maxLen: 250 },
  { re: /^An? (?:expanded|earlier|previous|prior|longer|shorter|abridged|different) version of this (?:report|story|article)\b|^A version of this (?:article|story|report) appear(?:s|ed)\b|^This (?:article|story|report) (?:is|was) (?:reproduced|republished|reprinted) (?:with permission|from)\b/i, reason: 'credit', note: 'publication note', maxLen: 200 },
  { re: /^(?:For (?:further|more) information|Media contacts?|Press contacts?|Contacts?)\s*:/i, reason: 'credit', note: 'press contact details', maxLen: 300 },
  { re: /^Source:?\s+\p{Lu}[^.!?]{1,80}$/u, reason: 'credit', note: 'source credit', maxLen: 100 },

  // ── share buttons (before bios: "Follow us on Twitter" is share) ──────────────
  { re: /^(?:Follow|Like|Join) us\b/i, reason: 'share', note: 'follow-us prompt', maxLen: 200 },
  { re: /^Click (?:here )?to (?:email|e-mail|share|print|tweet|like|open)\b|\(Opens in (?:a )?new window\)/i, reason: 'share', note: 'share buttons', maxLen: 200 },
  { re: /^Read or Share this story:/i, reason: 'share', note: 'share link', maxLen: 200 },
  { re: /\bwanted you to see this\b|\bWe (?:only )?request your e-?mail address\b|^Like this:|\bShare Tweet\b|\bshares on Facebook\b|\bSHARE THIS ARTICLE\b|^LISTEN TO ARTICLE\b/i, reason: 'share', note: 'share buttons', maxLen: 300 },
  { re: /^For (?:more|breaking|the latest|the top|all the|our)\b.{0,80}\bfollow\b.{0,40}(?:\bon (?:Facebook|Twitter|Instagram|X)\b|@\w+)/i, reason: 'share', note: 'follow-us prompt', maxLen: 200 },
  // "And like us on Facebook to get our news in your feed:", "Follow WXYZ 13 for the latest on air and online."
  { re: /\bShare it in the comments\b|^Have something to add to this (?:story|article)\b|^Stay (?:with|tuned to)\b.{1,60}\bfor (?:developments|updates|more|the latest)\b|\blike us on (?:Facebook|Instagram)\b|^Follow\s.{1,40}\sfor (?:the latest|more|updates|breaking)\b/i, reason: 'share', note: 'follow-us prompt', maxLen: 200, unless: REPORTING },
  { re: /^(?:Share|Tweet|Email|E-mail|Print) (?:this|on|via|the|with)\b|\bE-?mail this to a friend\b/i, reason: 'share', note: 'share buttons', maxLen: 100, unless: REPORTING },

  // ── author bios and contacts ────────────────────────────────────────────────
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
  { re: /\b(?:E-?mail|Twitter|Phone|Tel|Corresponding author)\s*:.{0,80}[\w.+-]+@[\w-]+\.[\w.-]+|[\w.+-]+@[\w-]+\.[\w.-]+.{0,40}(?:\bTwitter\b|\s@\w+)|^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}:\s*[\d() .-]{7,},?\s*[\w.+-]+@/iu, reason: 'author-bio', note: 'author contact', maxLen: 250, unless: REPORTING },
  { re: re(String.raw`^Reach\s+${NAME1}\s+at\s+[\d(]`), reason: 'author-bio', note: 'author contact', maxLen: 200 },
  { re: /^(?:Write to|Contact|Email|E-mail|Reach)\s.{1,80}?\s(?:at|via|on)\s+\S+@\S+|^To contact the (?:reporters?|editors?|authors?|writers?)\b/i, reason: 'author-bio', note: 'author contact', maxLen: 300 },
  { re: re(String.raw`^${NAME2}(?: on (?:Twitter|X|Instagram))?\s*:[\s:]*(?:https?:\/\/\S+|@\w+|[\d()\/ .-]{7,})$`), reason: 'author-bio', note: 'author contact', maxLen: 120 },
  { re: /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s+(?:or|and|\||,)\s+.{0,30})?$/, reason: 'author-bio', note: 'author contact', maxLen: 120 },
  { re: /^(?:Twitter|Instagram|Email|E-mail)\s*:?\s*@?[\w.@+-]+$/i, reason: 'author-bio', note: 'author contact', maxLen: 80 },
  { re: /^Read more (?:from|by) .{1,60}['’]s? archive/i, reason: 'author-bio', note: 'author links', maxLen: 300 },

  // ── sign-up / newsletter prompts ────────────────────────────────────────────
  { re: /^(?:Subscribe|Sign[ -]?up|SUBSCRIBE|SIGN UP)\b/i, reason: 'sign-up', note: 'newsletter or subscription sign-up', maxLen: 200, unless: REPORTING },
  { re: /\byour inbox\b|\b(?:delivered|sent) (?:directly |straight |right )?to (?:your )?(?:inbox|e-?mail)\b/i, reason: 'sign-up', note: 'newsletter sign-up', maxLen: 500, unless: REPORTING },
  { re: /\bnewsletters?\b/i, also: /\b(?:sign up|signup|subscribe|our|free|daily|weekly|get|receive|join|your)\b/i, reason: 'sign-up', note: 'newsletter sign-up', maxLen: 300, unless: REPORTING },
  { re: /^Newsletters?\b/i, reason: 'sign-up', note: 'newsletter sign-up', maxLen: 400 },
  { re: /\bthank(?:s| you) for (?:subscribing|signing up)\b|\bunsubscribe at any time\b|\bBy (?:signing up|subscribing|clicking)\b.{0,120}\byou agree\b|\b(?:verify|confirm) (?:that )?you(?:['’]re| are) (?:not a robot|human)\b/i, reason: 'sign-up', note: 'newsletter sign-up form', maxLen: 1000 },
  { re: /^(?:Enter your e-?mail|Your e-?mail address|Invalid e-?mail)/i, reason: 'sign-up', note: 'newsletter sign-up form', maxLen: 200 },
  { re: /^(?:Get|Receive|Want)\b.{0,100}\b(?:e-?mail(?: alerts?)?|e-?mails|newsletters?|news alerts|briefings?|daily digest|updates)\b|\bGet (?:e-?mail|breaking news|news) alerts\b/i, reason: 'sign-up', note: 'newsletter sign-up', maxLen: 200, unless: REPORTING },
  { re: /\b(?:e-?mail|newsletter) is delivered\b|\bdelivered (?:each|every) (?:morning|day|week|weekday)/i, reason: 'sign-up', note: 'newsletter sign-up', maxLen: 300, unless: REPORTING },
  { re: /^(?:Never|Don['’]t) miss (?:a|an|another|out on)\b/i, reason: 'sign-up', note: 'subscription prompt', maxLen: 200 },
  // "Keep up with the best of ... Get our newsletter daily." (Not past 400 characters: a form flattened into the story's own paragraph keeps the paragraph.)
  { re: /\b(?:Get|Sign up for|Subscribe to) our (?:free )?(?:[\p{L}-]+ )?newsletters?\b/iu, reason: 'sign-up', note: 'newsletter sign-up', maxLen: 400, unless: REPORTING },
  // "Download the ... podcast on Apple Podcasts, Spotify and Stitcher."
  { re: /^(?:Download|Subscribe to|Listen to|Get)\b.{0,100}\b(?:podcast|app)\b.{0,80}\b(?:Apple Podcasts|iTunes|Spotify|Stitcher|Google Play|App Store|TuneIn)\b/i, reason: 'sign-up', note: 'podcast or app promotion', maxLen: 300 },
  { re: /\b(?:Subscribe|SUBSCRIBE|Sign up|SIGN UP)(?: (?:now|today|here|NOW|TODAY|HERE))?[.!]?$|\bSubscribe to\b|\bSign up (?:here |now |today )?(?:for|to)\b/, reason: 'sign-up', note: 'subscription prompt', maxLen: 300, unless: REPORTING },
  { re: /\bfree (?:trial|digital access|\d+[- ]day)\b/i, also: /\b(?:subscri|sign up|digital access|unlimited)/i, reason: 'sign-up', note: 'subscription offer', maxLen: 300 },

  // ── advertisements ──────────────────────────────────────────────────────────
  { re: /^(?:advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|paid post|promoted|promoted content|ad choices|adchoices|skip ad|report this ad)$/i, reason: 'advertisement', note: 'advertisement slot', maxLen: 30 },
  { re: /^(?:photo |video )?advertisement\b|\badvertisement$|^(?:story|article|text) continues? (?:below|after)\b|^Story continued below$/i, reason: 'advertisement', note: 'advertisement slot', maxLen: 80 },

  // ── navigation and page chrome ──────────────────────────────────────────────
  { re: /^Story highlights\b/i, reason: 'navigation', note: 'story highlights box', maxLen: 400 },
  {
    re: /^(?:Highlights|Top of page|Back to top|Return to top|Skip to (?:main )?content|Skip navigation|Jump to|Menu|Close|Home|Search|Sections|Continue reading(?: the main story| below)?|See more|Show more|Load more|Read full (?:story|article)|Full story|Next|Previous|Next story|Previous story|Text size|Article excerpt|Expand|Collapse|Comments?|View comments|Leave a comment|Join the (?:conversation|discussion)|Print this page|Print article|Open in app|Listen(?: to (?:this )?(?:article|story))?|Audio|Transcript|Watch|Watch now|Video|Videos|Play|Toggle navigation|Log ?in|Sign in|Loading|Gallery|Updated|Posted|First posted|Published|Last updated|Article tools)\s*(?:[:\-–+]|\.{1,3}|…)?\s*$/i,
    reason: 'navigation', note: 'page navigation', maxLen: 60,
  },
  { re: /^\(?(?:Watch|Video|Videos|Listen|Photos|Gallery|Slideshow|Interactive|Graphic|Map|Storify|Podcast|Interactive (?:map|graphic|timeline)|More (?:news|stories|coverage))\s*:\s*\S/i, reason: 'navigation', note: 'link to video or photo gallery', maxLen: 160, unless: REPORTING },
  { re: /\b(?:PHOTOS|VIDEOS?|WATCH|GALLERY)\s*:/, reason: 'navigation', note: 'link to video or photo gallery', maxLen: 160, unless: REPORTING },
  { re: /^Click (?:here )?for more\b|^Click here\b|\bclick here\.?$/i, reason: 'navigation', note: 'link to another page', maxLen: 150, unless: REPORTING },
  // "For more information on crime in your area, visit our online crime mapping tool."
  { re: /\b(?:visit|see|check out) our (?:web ?site|site|online|page|app|homepage)\b|\bvisit our\b.{0,60}[.!]$/i, reason: 'navigation', note: 'link to another page', maxLen: 250, unless: REPORTING },
  { re: /^(?:Topics|Tags|Filed under|Categories)\s*:/i, reason: 'navigation', note: 'topic tags', maxLen: 400 },
  // A link written out: "Permalink: http://...", a bare address on its own line, "(Read the entire story...CLICK HERE)".
  { re: /^Permalink\s*:|^(?:https?:\/\/|www\.)\S+$|\((?:Read|See|Watch) the (?:entire|full|whole|rest of the) (?:story|article|interview)\b[^()]{0,40}\)$/i, reason: 'navigation', note: 'link to another page', maxLen: 250 },
  // "reset Heckler at rally ...": a video playlist's controls and titles run together.
  { re: /^reset\s+\p{Lu}/u, reason: 'embed', note: 'video player text', maxLen: 300 },
  { re: /\bwhile you are redirected\b|\bVideo (?:Loading|Unavailable)\b.{0,40}\b(?:Click|Tap) to play\b|^UPDATE\s*[:-]?$/i, reason: 'navigation', note: 'page chrome', maxLen: 200 },
  { re: /^View (?:Graphic|Slideshow|Gallery|Photos?|Video|Interactive|Full Screen)\b/i, reason: 'navigation', note: 'link to video or photo gallery', maxLen: 150 },
  // A capture from a web archive instead of the article: the archive's own notice about its crawls or collections.
  { re: /^This crawl was run\b|\bWARC(?:s|Zone)?\b|\bURLs including their embeds\b|\bcrawl data to the Internet Archive\b|^These crawls are part of an effort to archive pages\b|\bweb collections curated by\b.{0,120}\bInternet Archive\b|\bWayback Machine after an embargo period\b/i, reason: 'navigation', note: 'web archive notice', maxLen: 800 },
  { re: /\bJavaScript (?:is )?(?:disabled|turned off|not enabled)\b|\bDNS changes to propagate\b|\bIP address for this domain\b/i, reason: 'navigation', note: 'page chrome', maxLen: 200 },
  // A menu run into one line: short items between " | " with no sentence in them, three or more, or
  // one in lower case ("Search the Web advanced search | most popular"); two capitalised items
  // ("Harbour fire | Harbour Times") may be a page's title line and are left alone.
  { re: /^[^.!?|]{1,60}(?:\s\|\s[^.!?|]{1,60})+$/, also: /(?:\s\|\s[^|]+){2,}|\s\|\s\p{Ll}/u, reason: 'navigation', note: 'menu', maxLen: 200 },
  // An error page saved instead of the article: its advice to the reader ("Please check the URL for
  // proper spelling ...", "The page you are looking for may have been moved", "try searching below").
  { re: /\bcheck the (?:URL|web address|address|link) (?:for (?:proper )?spelling|and try again)\b|\bthe page you (?:are|were) looking for (?:cannot be found|could not be found|does not exist|is no longer available|(?:may )?(?:has|have) been (?:moved|removed|deleted))|\bif you(?:'|’)re having trouble locating a (?:destination|page)\b|^Please try\b.{0,60}\bif you need (?:more |further )?(?:assistance|help)\.?$|^(?:Error )?404\b.{0,40}\bnot found\b/i, reason: 'navigation', note: 'error page', maxLen: 400 },
  { re: /^(?:Sorry, )?(?:the )?page (?:you requested )?(?:was |could not be )?not found|\benable JavaScript\b|^You must enter the characters\b|\bcookies?\b.{0,60}\b(?:policy|settings|consent|accept)\b/i, reason: 'navigation', note: 'page chrome', maxLen: 200 },

  // ── related-article teasers ─────────────────────────────────────────────────
  {
    re: /^(?:[■•·*\-–—]\s*)?(?:Related(?: (?:stories|story|articles?|coverage|content|links?|videos?|reading|posts?|news|topics))?(?: (?:on|from) [\p{L}.' ]{1,30})?|Read (?:more|also|next|this next)|More (?:from|on|about|in) [\p{L}\d.'’ &-]{1,40}|More (?:stories|news|coverage|headlines)|Recommended(?: for you| stories| reading| articles| videos)?|You (?:may|might) (?:also )?(?:like|enjoy|be interested in)|See also|Also|Also read|Also see|More|Further reading|Most (?:read|popular|viewed|shared|emailed)|Trending(?: now| stories| on [\p{L} ]{1,20})?|Latest(?: news| stories| headlines)?|Top stories|Editor['’]s picks|Don['’]t miss|What to read next|Popular(?: on [\p{L}. ]{1,30})?|In (?:other|related) news|Around the web|From the web|Promoted stories|Full coverage)\s*:?\s*$/iu,
    reason: 'related', note: RELATED_HEADER_NOTE, maxLen: 60,
  },
  {
    re: /^(?:[■•·*\-–—]\s*)?\[?(?:Related|Read more|Read also|See also|Also|More|Read|Also read|Also see|Related stor(?:y|ies)|Related articles?|Related content|Related coverage|Full coverage|More coverage|Read more about|Read more on this story|Recommended|Editor['’]s pick|Opinion)\s*:\s*\S/i,
    // A headline may say "says"; a reported sentence ends like one ("More: officials said the ... .").
    reason: 'related', note: 'link to a related article', maxLen: 200, unless: REPORTED_SENTENCE,
  },
  // "(Harbour fire full coverage)", "Learn how tides shape the coast.": links and teasers to other pages.
  { re: /^\([^()]{1,60}\b(?:full coverage|live updates|complete coverage)\)$|^Learn (?:how|more|why|what)\b/i, reason: 'related', note: 'link to a related article', maxLen: 200, unless: REPORTING },
  { re: /^Related (?:UPDATE|VIDEO|STORY|LINK|CONTENT)S?\s*:\s*\S|^\((?:See|Read|Watch|Click|Related)\b[^()]{0,150}\)$/, reason: 'related', note: 'link to a related article', maxLen: 200 },
  { re: /\sRead more$|^\(?Also on [\p{L} .]{2,30}:\s*\S|^(?:FROM|MORE FROM|ALSO ON|MORE ON) [\p{Lu}\d .'&-]{2,30}:\s*\S/u, reason: 'related', note: 'link to a related article', maxLen: 200 },
  { re: /^\[(?:image|photo|picture|graphic)\b[^\]]*\]$/i, reason: 'caption', note: 'photo credit', maxLen: 120 },
  { re: /^\[[^\]]{8,160}\]$/, reason: 'related', note: 'link to a related article', maxLen: 170 },
  { re: /^By\s.{1,80}?\bPublished\b/, reason: 'related', note: TEASER_NOTE, maxLen: 160 },
  { re: re(String.raw`^(?:\/\s*)?(?:(?:Updated|Source: [\p{L}. ]{1,30})\s+)?[Bb]y\s+${NAME1}(?:\s*(?:,|and|of|for|\||•|-)\s*[^.!?]{0,80})?$`), reason: 'credit', note: 'byline', maxLen: 140, unless: REPORTING },
  { re: /^by$/i, reason: 'credit', note: 'byline', maxLen: 3 },

  // ── photo captions and credits ──────────────────────────────────────────────
  {
    re: /^(?:Image copyright|Image caption|Image source|Media caption|Photo(?:graph)?\s*[:\-–—]\s|Photo(?:graph)?s? (?:by|courtesy|credit)\b|Photo credit|Pictured\s*:|Picture\s*:|Caption\s*:|Credit\s*:|Images?\s*:|Illustration\s*:|(?:Top|Main|Lead|Header|Featured) (?:image|photo)\b|Enlarge (?:this )?image|toggle caption|hide caption|show caption|Buy Photo\b|Facebook Twitter Pinterest\s|(?:View )?Slideshow\b|(?:Astro)?photographer\s*:)/i,
    reason: 'caption', note: 'photo caption', maxLen: 800,
  },
  // "... prior to surgery in this file photo taken January 24, 2013.": an agency's caption.
  // (Only a file, undated or handout picture, or one dated: "seen in this photo taken by the orbiter" is reporting.)
  { re: /\bin (?:this|an|a) (?:(?:undated|handout|file|archive)\s+)+(?:photo|picture|image|photograph)\b[^.!?]{0,80}[.!]?$|\bin this (?:photo|picture|image|photograph) (?:taken|released|provided|dated) (?:on )?[^.!?]{0,40}\d{4}[^.!?]{0,40}[.!]?$/i, reason: 'caption', note: 'photo caption', maxLen: 600 },
  { re: /^FILE(?: PHOTO)?\s*[-–—:]\s|^FILE PHOTO\b|^\((?:Photo|Image|Credit|Picture|Pictured|Illustration|In this (?:file )?photo)\b|^\d{1,3} of \d{1,3}\.\s/, reason: 'caption', note: 'photo caption', maxLen: 800 },
  { re: /^(Photos?: .{3,100}?) \1/, reason: 'caption', note: 'photo gallery caption', maxLen: 1000 },
  { re: /^Getty(?: Images)?\s+\p{Lu}|^\([^()]{3,100}\/[^()]{2,60}\)$/u, reason: 'caption', note: 'photo credit', maxLen: 200 },
  // "Jo Roe / AFP / Getty Images Snowboarder Ana Lima at a race": a caption opening on its credit.
  { re: /^[^.!?]{3,80}\/\s?(?:Getty Images|AP|Reuters|AFP|EPA|Shutterstock)\s+\p{Lu}/u, reason: 'caption', note: 'photo caption', maxLen: 600 },
  // "Ana Lima, left, and Tom Ray, right, congratulate the winners": who stands where in a picture.
  { re: /\p{L},\s+(?:left|right|center|centre|second from (?:left|right)),\s/u, reason: 'caption', note: 'photo caption', maxLen: 400, unless: REPORTING },
  { re: re(String.raw`[.!?]\s+${NAME2}\s+for\s+(?:the\s+)?${CREDIT_NAME}$`), reason: 'caption', note: 'photo credit', maxLen: 600 },
  { re: /\bAP Photo\/|\s\|\s(?:Getty|AP|Reuters|AFP|EPA)\b/, reason: 'caption', note: 'photo caption', maxLen: 800 },
  { re: re(String.raw`(?:^|[\s/|])${PICTURE_AGENCY}(?: for [\p{L} .'’&-]{1,40})?\s*$`), reason: 'caption', note: 'photo credit', maxLen: 800 },
  { re: re(String.raw`(?:^|\s)${CREDIT_NAME}\s?\/\s?${CREDIT_NAME}(?:\s?\/\s?${CREDIT_NAME})*\s*$`), reason: 'caption', note: 'photo credit', maxLen: 300 },
  { re: /\b(?:Credit|Photo|Photograph|Picture|Image|Photo credit|Illustration)\s*:\s*[^.!?:]{2,80}$/, reason: 'caption', note: 'photo credit', maxLen: 600 },
  { re: /\b(?:Photo|Photograph|Image|Video|Picture)s? (?:by|courtesy of|courtesy)\s+[^.!?]{2,80}$|(?:^|[.!?]\s+|\s)Courtesy(?: of)?\s+\p{Lu}[^.!?]{1,60}$/u, reason: 'caption', note: 'photo credit', maxLen: 600 },
  { re: /^(?:Photo|Photos|Image|Picture|AP|AFP|Reuters|Getty|Getty Images|EPA)$/i, reason: 'caption', note: 'photo label', maxLen: 20 },
];

/** Short words a headline leaves in lower case ("Man Found Living in Attic After ..."). */
const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'off', 'up', 'per']);

/**
 * A headline inside the text: four or more words, nearly every one capitalised, and no sentence
 * end (a teaser cut off with "..." counts): "Man Found Living in Attic After Woman Hears Noises",
 * "For Date Night, Star Took Her Husband To The Bache...". News prose is never written so.
 */
export function isTitleCaseHeadline(line: string): boolean {
  if (line.length > 160 || /[.!?]["'”’)]*$/.test(line.replace(/(?:\.\.\.|…)$/, '')) || REPORTING.test(line)) return false;
  // An item of a numbered list ("2) Harbour Crane Model 40") belongs to its list, not a teaser.
  if (/^\s*\d{1,2}[).]\s/.test(line)) return false;
  const words = line.split(/[\s—–]+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter((w) => w !== '' && !HEADLINE_SMALL_WORDS.has(w.toLowerCase()));
  // A bare number is no word of a headline: a table row ("3 Ana Lima 5033 4 6 15") is data, and
  // counting its figures as capitalised words made whole standings tables "headlines".
  const figures = words.filter((w) => !/\p{L}/u.test(w)).length;
  if (words.length - figures < 4 || figures * 2 > words.length - figures) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w) && /\p{L}/u.test(w)).length;
  const lettered = words.length - figures;
  return capitalised / lettered >= 0.85;
}
