/**
 * The outlet's credits and notes about its own article: contributor and reporting credits, editor's
 * notes and corrections, copyright and rights notices, publication notes, press contacts; and the
 * time stamps written among them ("Posted at 11:43 AM on Nov. 24, 2010"), which stay here because
 * the lexicon's order decides which note a line gets where two shapes overlap.
 *
 * One family of the line lexicon (linePatterns.ts keeps the families in the order they are tried).
 */
import { type LinePattern, re } from './linePattern.ts';
import { MONTH, NAME1 } from './regexParts.ts';
import { REPORTING } from './reporting.ts';

/** A writer in a credit, with the job a wire names first: "Harbour Wire journalist Jo Lind", "wire writer Al Roe". */
const REPORTER = String.raw`(?:(?:\p{L}[\p{L}'’.-]*\s+){0,3}(?:journalist|writer|reporter|correspondent|photographer|videographer|producer)s?\s+)?${NAME1}`;
/** Where a writer filed from, to the line's end: "Porto", "Lisbon, N.R." (no sentence ends inside). */
const PLACE = String.raw`\p{Lu}(?:[^.!?]|\.(?!\s)){1,60}`;

export const CREDIT_PATTERNS: LinePattern[] = [
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
  // A wire story's trailer saying where its writer filed from: "Lind reported from Porto, Norland.", "Lind and Roe reported from Porto."
  { re: re(String.raw`^${NAME1}(?:,?\s+and\s+${NAME1})? reported from \p{Lu}[^.!?]{1,60}\.?$`), reason: 'credit', note: 'contributor credit', maxLen: 120 },
  // The same trailer naming its writers by their jobs or the article itself: "Wire journalist Jo Lind reported this story
  // in Porto and wire writer Al Roe reported from Lisbon.", "Jo Lind reported from Porto and Al Roe from Lisbon, N.R."
  { re: /\breported (?:this (?:story|report|article)|from)\b/, also: re(String.raw`^${REPORTER}(?:,?\s+and\s+${REPORTER})? reported (?:this (?:story|report|article) )?(?:from|in) ${PLACE}(?:,?\s+and\s+${REPORTER}(?: reported)? (?:from|in) ${PLACE})?$`), reason: 'credit', note: 'contributor credit', maxLen: 240 },
  { re: re(String.raw`^(?:--|[—–]|-(?=\s))\s*${NAME1}(?:(?:,\s*|\s+and\s+)${NAME1})*(?:\s+(?:in|at|from)\s+[\p{L} ,.'’-]{1,60})?\.?$`), reason: 'credit', note: 'reporter sign-off', maxLen: 140 },
  { re: /^(?:This (?:story|article|report|piece|editorial|column|op-ed|interview|post) (?:was |has been |is )?(?:originally |first )?(?:published|posted|appeared)|(?:This|The) (?:story|article) appears? in|Originally published\b|This article appeared on page)/i, reason: 'credit', note: 'publication note', maxLen: 250 },
  { re: /^An? (?:expanded|earlier|previous|prior|longer|shorter|abridged|different) version of this (?:report|story|article)\b|^A version of this (?:article|story|report) appear(?:s|ed)\b|^This (?:article|story|report) (?:is|was) (?:reproduced|republished|reprinted) (?:with permission|from)\b/i, reason: 'credit', note: 'publication note', maxLen: 200 },
  { re: /^(?:For (?:further|more) information|Media contacts?|Press contacts?|Contacts?)\s*:/i, reason: 'credit', note: 'press contact details', maxLen: 300 },
  { re: /^Source:?\s+\p{Lu}[^.!?]{1,80}$/u, reason: 'credit', note: 'source credit', maxLen: 100 },
  // A broadcaster's note about its transcripts: "Transcripts are created on a rush deadline ... This text may not be in its final form".
  { re: /\btranscripts? (?:is|are) (?:created|produced|prepared) on a rush deadline\b|\bThis text may not be in its final form\b/i, reason: 'credit', note: 'transcript notice', maxLen: 600 },
];
