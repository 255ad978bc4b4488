/**
 * A photo credit at the end of a line, which makes the whole line a caption.
 */
import { re } from './linePattern.ts';
import { CREDIT_NAME } from './regexParts.ts';
import { REPORTING } from './reporting.ts';

/**
 * A parenthesised (or bracketed) credit at the end of a line: "... (AP Photo/Jane Doe)",
 * "(Photo: Getty Images)", "(Kevork Djansezian/Getty Images)", "[Photo/Evening News]".
 * Bare agency names "(Reuters)" also end news paragraphs on some wires, so they only count
 * when the text before them is not a finished sentence (captions rarely end in a full stop
 * before the credit; truncated captions end in "...").
 */
const END_PAREN = /([([])([^()[\]]{1,120})[)\]]\s*$/;
const STRONG_CREDIT_WORD = /\b(?:Photos?|Photograph|Photographer|Image|Images|Picture|Courtesy|Credit|Getty|Shutterstock|Pool|file photo|WireImage|Invision|Pressphoto)\b/i;
/** "Jo Roe/Wire", "Jo Roe,Al Poe/The Daily Wire" (a video's makers, listed with commas). */
const SLASH_CREDIT = re(String.raw`^${CREDIT_NAME}(?:,\s?${CREDIT_NAME})*\s?\/\s?${CREDIT_NAME}`);
/** "(PHOTOS: ...)" or "[In Photos: ...]" is a link to a gallery, not a credit. */
const GALLERY_LINK = /^(?:In |See |More )?(?:Photos|Videos?|Gallery|Slideshow|Watch)\s*:/i;
const BARE_AGENCY = /^(?:AP|AFP|Reuters|EPA|Associated Press|Bloomberg|Xinhua|UPI|ANSA|dpa|Anadolu|Sputnik|TASS)$/i;
/**
 * Where a picture was taken from rather than who reported: a map or street-view service, a social
 * network ("(Google Maps)", "(Facebook)") or a broadcaster's call sign, which stations put on their
 * frames ("(WKRN 2)", "(KXAN-TV)"). A paragraph of reporting does not end on one.
 */
const PICTURE_SOURCE = /^(?:Google (?:Maps|Street View|Earth)|Street View|Facebook|Twitter|Instagram|YouTube|Snapchat|TikTok|[KW][A-Z]{2,3}(?:-(?:TV|DT))?(?: \d{1,2})?)$/;
/** A caption with such a credit is one or two sentences: longer text before it is a paragraph with its picture's credit run in. */
const PICTURE_SOURCE_CAPTION_MAX = 300;
/** True when the line ends in a credit in brackets (see above). */
export function endsWithPhotoCredit(line: string): boolean {
  const m = END_PAREN.exec(line);
  if (!m || m[2] === undefined) return false;
  const inner = m[2].trim();
  if (GALLERY_LINK.test(inner)) return false;
  if (m[1] === '[') return /^(?:Photo|Image|Picture|Credit)\b/i.test(inner) || SLASH_CREDIT.test(inner);
  if (STRONG_CREDIT_WORD.test(inner) || SLASH_CREDIT.test(inner)) return true;
  const before = line.slice(0, m.index).trim();
  if (PICTURE_SOURCE.test(inner)) return before.length <= PICTURE_SOURCE_CAPTION_MAX && before.split(/[.!?]["'”’]?\s+(?=\p{Lu})/u).length <= 2;
  if (!BARE_AGENCY.test(inner)) return false;
  if (before === '') return true;
  if (/(?:\.\.\.|…)$/.test(before)) return true;
  return !/[.!?]["'”’]?$/.test(before) && !REPORTING.test(before);
}
