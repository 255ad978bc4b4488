/**
 * Embedded posts and players: tweets, Instagram posts, video players and photo galleries flattened
 * into the text ("pic.twitter.com/...", "A post shared by", "Hide Caption 3 of 12").
 *
 * One family of the line lexicon (linePatterns.ts keeps the families in the order they are tried).
 */
import { type LinePattern, re } from './linePattern.ts';
import { MONTH } from './regexParts.ts';
import { REPORTING } from './reporting.ts';

export const EMBED_PATTERNS: LinePattern[] = [
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
  // "... Jo Roe/Wire 1 of 20 • • • • • 1 of 20 Show Caption ...": the gallery's counter, its dots and its caption button.
  { re: /\b\d{1,3} of \d{1,3}\s+(?:[•·]\s*){2,}\d{1,3} of \d{1,3}\s+Show Caption\b/, reason: 'caption', note: 'photo gallery captions', maxLen: 50_000 },
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
];
