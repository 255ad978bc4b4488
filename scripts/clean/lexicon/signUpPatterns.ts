/**
 * Newsletter, subscription, podcast and app prompts ("Sign up for our daily newsletter",
 * "delivered to your inbox", "free trial"); a prompt that reads as reporting stays content.
 *
 * One family of the line lexicon (linePatterns.ts keeps the families in the order they are tried).
 */
import { type LinePattern } from './linePattern.ts';
import { REPORTING } from './reporting.ts';

export const SIGN_UP_PATTERNS: LinePattern[] = [
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
];
