/**
 * The outlet from a line that is nothing but its name ("CBS News", "The Associated Press"): the
 * masthead or sign-off some pages keep at the top or the end of the text, or the credit the
 * outlet puts under each of its own pictures. Hand-written (no library names news outlets).
 *
 * A lone name is also how a page credits someone else's photo ("AP" under a picture in the middle
 * of a local paper's story), and naming the wrong outlet is worse than "Source 2". So a lone line
 * names the source only where a credit for a picture seldom sits, as the first or last line of the
 * text, or when the same lone name stands under three or more pictures (a page does not usually
 * take three pictures from an outlet without being that outlet).
 */

/**
 * Outlets whose names carry no word that says "outlet" (wire agencies, broadcasters, sites). General
 * data, not any event's: names that appear on news from anywhere. Matched case-sensitively, whole line.
 */
export const WELL_KNOWN_OUTLETS: readonly string[] = [
  'AP', 'Associated Press', 'Reuters', 'AFP', 'Agence France-Presse', 'UPI', 'Bloomberg', 'Xinhua', 'Kyodo',
  'BBC', 'CNN', 'NPR', 'PBS', 'CBS', 'NBC', 'ABC', 'MSNBC', 'CNBC', 'Fox News', 'Sky News', 'Al Jazeera', 'Deutsche Welle', 'DW',
  'Politico', 'Axios', 'Newsweek', 'BuzzFeed', 'HuffPost', 'Mashable', 'TechCrunch',
  // Not here: outlets named by a common word or a surname ("Time", "Fortune", "Forbes"), which a lone line also is.
];
const KNOWN = new Set(WELL_KNOWN_OUTLETS.flatMap((name) => [name, `The ${name}`]));

/** A word that names a news outlet in general English ("Times", "News", "Press"), last in the name. */
const OUTLET_WORD = /\s(?:Times|News|Post|Herald|Press|Journal|Tribune|Gazette|Chronicle|Telegraph|Guardian|Independent|Observer|Mirror|Express|Courier|Bulletin|Examiner|Sentinel|Inquirer|Register|Dispatch|Record|Monitor|Globe|Reporter)$/u;
/** Two to six capitalised words ("The Daily Mirror", "Harbour Times", "CBS News"), nothing else on the line. */
const NAME_LINE = /^(?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){1,5}$/u;
/** Section and menu headings built like names: "Breaking News", "Latest News", "More World News" ("Daily", "Sunday" stay: they start outlets' names). */
const HEADING = /^(?:Breaking|Latest|Top|Related|More|Local|World|National|International|Business|Sports?|Entertainment|Health|Science|Tech|Technology|Politics|Opinion|Trending|Recent|Other|Our|Your|Good|Fake|Today's|Front|Editorial)\b/u;
/** Lone credits under pictures that name the source only this often. */
const REPEATED_CREDITS = 3;

/** Whether a line is an outlet's name and nothing else. */
export function isOutletName(line: string): boolean {
  if (KNOWN.has(line)) return true;
  return NAME_LINE.test(line) && OUTLET_WORD.test(line) && !HEADING.test(line.replace(/^The\s+/, ''));
}

/** The outlet named by a lone line of the text (its non-empty lines, trimmed), if the rule above allows one. */
export function outletFromLoneLine(lines: readonly string[]): string | undefined {
  const ends = [lines[0], lines.at(-1)].filter((l): l is string => l !== undefined);
  const atEnd = ends.find(isOutletName);
  if (atEnd) return atEnd;
  const counts = new Map<string, number>();
  for (const line of lines) if (isOutletName(line)) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts.entries()].find(([, n]) => n >= REPEATED_CREDITS)?.[0];
}
