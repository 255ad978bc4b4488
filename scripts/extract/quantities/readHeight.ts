/**
 * Heights in feet and inches, as descriptions of people give them: "6’2”", "5'8\"", "5-foot-8",
 * "5 feet 10 inches", "5 feet 8, 120 pounds". One measure in inches (6’2” is 74 in), so that two sources' heights compare;
 * read apart, "6" and "2" would be a count and a stray number.
 */
import { at, mention, type Found } from './numberMention.ts';

const HEIGHT = /(\d)\s?(?:['’′]\s?(\d{1,2})\s?(?:["”″]|''|’’)|-foot-(\d{1,2})(?![\d.])(?:-inch(?:es)?)?|\s+(?:feet|foot|ft\.?),?\s+(?:and\s+)?(\d{1,2})(?:\s+(?:inch(?:es)?|in\.)(?![A-Za-z])|(?=\s*[,;)]|\.(?!\d)|\s+(?:tall|and|with)\b)))/y;

/** A height at pos, in inches; undefined where the inches are not 0 to 11. */
export function readHeight(text: string, pos: number): Found {
  const m = at(HEIGHT, text, pos);
  if (!m) return undefined;
  const inches = Number(m[2] ?? m[3] ?? m[4]);
  if (!(inches < 12)) return undefined;
  return mention(pos, pos + m[0].length, 'measure', Number(m[1]) * 12 + inches, 'in');
}
