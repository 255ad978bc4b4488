/**
 * Photo captions and credits: "Image caption", "(AP Photo/Jane Doe)", "Getty Images", "in this file
 * photo taken ...", "Ana Lima, left, and ...".
 *
 * One family of the line lexicon (linePatterns.ts keeps the families in the order they are tried).
 */
import { type LinePattern, re } from './linePattern.ts';
import { CREDIT_NAME, MONTH, NAME2 } from './regexParts.ts';
import { REPORTING } from './reporting.ts';

/** Picture agencies whose name at the very end of a line marks a photo credit. */
const PICTURE_AGENCY = String.raw`(?:Getty Images|Getty|Shutterstock|iStockphoto|iStock|WireImage|FilmMagic|Corbis|Alamy|NurPhoto|Sipa USA|Rex Features|REX|Invision)`;

/**
 * Verbs a caption tells its picture with, in the present tense; not after a modal, "to", a determiner or a
 * pronoun ("will speak", "to carry", "the waves", "Please pray", "we gather"), and none that is as often a noun
 * ("march", "walk", "talks"). Found in the captions the credit rules set aside over the untuned clusters.
 */
const CAPTION_VERB = /(?<!\b(?:will|would|to|can|could|may|might|must|shall|should|not|did|do|does|the|a|an|and|please|Please|we|We|I|you|You|they|They)\s)\b(?:speaks|speak|looks on|look on|attends|attend|arrives|arrive|walks|gestures|smiles|listens|listen|greets|greet|pauses|reacts|react|celebrates|celebrate|mourns|mourn|prays|pray|embraces|hugs|carries(?! out)|carry(?! out)|gather|prepares|prepare|cries|testifies|exits|departs|kneels|sits|answers a question|waits|waves to|poses? (?:for|with|in|at|beside|next to|outside|inside|during)|(?:is|are) (?:seen|shown|pictured)(?! as\b)|shakes? hands|delivers (?:remarks|a speech))\b/;

/** A slash: what a credit ("Jo Roe / AFP") must hold, tested before the patterns that need one. */
export const SLASH = /\//;

export const CAPTION_PATTERNS: LinePattern[] = [
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
  // (The cheap test first, as in noticePatterns.ts: the line holds a slash; the pattern's backtracking over every line was a tenth of cleaning.)
  { re: SLASH, also: /^[^.!?]{3,80}\/\s?(?:Getty Images|AP|Reuters|AFP|EPA|Shutterstock)\s+\p{Lu}/u, reason: 'caption', note: 'photo caption', maxLen: 600 },
  // "Jo Roe / Harbor Picture News Ana Lima at the race.": a photographer's name, then a picture service named by what it
  // is (News, Images, Pictures, Photos, Press, Agency, Commons), then the caption's one sentence.
  { re: SLASH, also: /^(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}\/\s?(?:\p{Lu}[\p{L}&'’-]*\s){0,2}(?:News|Images|Pictures|Photos?|Press|Agency|Commons)\s+\p{Lu}[^.!?]*[.!?]?["”’]?$/u, reason: 'caption', note: 'photo caption', maxLen: 400 },
  // "Ana Lima, left, and Tom Ray, right, congratulate the winners": who stands where in a picture.
  { re: /\p{L},\s+(?:left|right|center|centre|second from (?:left|right)),\s/u, reason: 'caption', note: 'photo caption', maxLen: 400, unless: REPORTING },
  { re: re(String.raw`[.!?]\s+${NAME2}\s+(?:\/\s*)?for\s+(?:the\s+)?${CREDIT_NAME}$`), reason: 'caption', note: 'photo credit', maxLen: 600 },
  // "Jo Roe speaks to reporters in Porto on May 2, 2016.", "Jo Roe poses at the quay in early March, ...": what the picture shows,
  // in the present tense, with the day it was taken; news tells a dated event in the past tense ("spoke on May 2").
  // (Not "is seen as ...", nor a verb that is also a noun or a schedule's: "talks", "holds", "stands trial"; nor one after
  // a verb in the past: "He was sentenced for helping his brother carry out the May 2, 2016 attack" is the story's.)
  { re: CAPTION_VERB, also: re(String.raw`^(?:(?!\b(?:was|were|had|has|have|will|would|\p{Ll}+ed)\b)[^"“”]){3,160}?${CAPTION_VERB.source}[^"“”]{0,200}?\b(?:on ${MONTH}\s+\d{1,2}\b|in (?:early|late|mid-?)\s?${MONTH}(?![\p{L}])|${MONTH}\s+\d{1,2},\s+\d{4})[^"“”]*$`), reason: 'caption', note: 'photo caption', maxLen: 400, unless: REPORTING },
  // "Jo Lind, pictured at the quay with her sons, was said to have been delighted" with no full stop: a caption
  // telling who is in the picture, as tabloids write them (their story sentences end as sentences:
  // "Jo Lind (pictured with her sons) said she was delighted." stays).
  { re: /(?:,\s*|\(|\b(?:is|are|was|were|seen)\s+)pictured\b/i, also: /[\p{L}\p{N}]\s*$/u, reason: 'caption', note: 'photo caption', maxLen: 400 },
  { re: /\bAP Photo\/|\s\|\s(?:Getty|AP|Reuters|AFP|EPA)\b/, reason: 'caption', note: 'photo caption', maxLen: 800 },
  // (The cheap tests first: an agency's name anywhere, a slash.)
  { re: re(PICTURE_AGENCY), also: re(String.raw`(?:^|[\s/|])${PICTURE_AGENCY}(?: for [\p{L} .'’&-]{1,40})?\s*$`), reason: 'caption', note: 'photo credit', maxLen: 800 },
  { re: SLASH, also: re(String.raw`(?:^|\s)${CREDIT_NAME}\s?\/\s?${CREDIT_NAME}(?:\s?\/\s?${CREDIT_NAME})*\s*$`), reason: 'caption', note: 'photo credit', maxLen: 300 },
  { re: /\b(?:Credit|Photo|Photograph|Picture|Image|Photo credit|Illustration)\s*:\s*[^.!?:]{2,80}$/, reason: 'caption', note: 'photo credit', maxLen: 600 },
  { re: /\b(?:Photo|Photograph|Image|Video|Picture)s? (?:by|courtesy of|courtesy)\s+[^.!?]{2,80}$|(?:^|[.!?]\s+|\s)Courtesy(?: of)?\s+\p{Lu}[^.!?]{1,60}$/u, reason: 'caption', note: 'photo credit', maxLen: 600 },
  { re: /^(?:Photo|Photos|Image|Picture|AP|AFP|Reuters|Getty|Getty Images|EPA)$/i, reason: 'caption', note: 'photo label', maxLen: 20 },
];
