/**
 * Share buttons and follow-us prompts ("Follow us on Twitter", "Click to email", "Share this").
 * Tried before the author bios: "Follow us on Twitter" is the outlet's, "Follow Jo Bloggs on Twitter" a bio.
 *
 * One family of the line lexicon (linePatterns.ts keeps the families in the order they are tried).
 */
import { type LinePattern } from './linePattern.ts';
import { REPORTING } from './reporting.ts';

export const SHARE_PATTERNS: LinePattern[] = [
  { re: /^(?:Follow|Like|Join) us\b/i, reason: 'share', note: 'follow-us prompt', maxLen: 200 },
  { re: /^Click (?:here )?to (?:email|e-mail|share|print|tweet|like|open)\b|\(Opens in (?:a )?new window\)/i, reason: 'share', note: 'share buttons', maxLen: 200 },
  { re: /^Read or Share this story:/i, reason: 'share', note: 'share link', maxLen: 200 },
  { re: /\bwanted you to see this\b|\bWe (?:only )?request your e-?mail address\b|^Like this:|\bShare Tweet\b|\bshares on Facebook\b|\bSHARE THIS ARTICLE\b|^LISTEN TO ARTICLE\b/i, reason: 'share', note: 'share buttons', maxLen: 300 },
  { re: /^For (?:more|breaking|the latest|the top|all the|our)\b.{0,80}\bfollow\b.{0,40}(?:\bon (?:Facebook|Twitter|Instagram|X)\b|@\w+)/i, reason: 'share', note: 'follow-us prompt', maxLen: 200 },
  // "And like us on Facebook to get our news in your feed:", "Follow WXYZ 13 for the latest on air and online."
  { re: /\bShare it in the comments\b|^Have something to add to this (?:story|article)\b|^(?:Watch [^.!?]{1,40} and )?[Ss]tay (?:with|tuned to)\b.{1,60}\bfor (?:developments|updates|more|the latest)\b|^Like \S[^.!?]{0,40} on Facebook (?:and follow|to (?:get|see|join|engage|stay|keep))\b|\blike us on (?:Facebook|Instagram)\b|^Follow\s.{1,40}\sfor (?:the latest|more|updates|breaking)\b/i, reason: 'share', note: 'follow-us prompt', maxLen: 200, unless: REPORTING },
  // A topic to follow on the outlet's site: "Interested in Ana Lima? Add Ana Lima as an interest to stay up to date on the latest ... news".
  { re: /\bstay up to date\b/i, also: /^Interested in [^?]{1,80}\?\s+(?:Add|Follow)\b|\b(?:Add|Follow) .{1,60} as an? (?:interest|topic)\b/i, reason: 'share', note: 'follow-us prompt', maxLen: 300 },
  { re: /^(?:Share|Tweet|Email|E-mail|Print) (?:this|on|via|the|with)\b|\bE-?mail this to a friend\b/i, reason: 'share', note: 'share buttons', maxLen: 100, unless: REPORTING },
];
