/**
 * The names of the days and the months (general English): capitalised words that are times, never
 * a person's or an organisation's name. One list for every extractor that must tell them apart.
 */
export const CALENDAR_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December';

const CALENDAR_NAME = new RegExp(`^(?:${CALENDAR_NAMES})$`);

/** "Monday", "September": a day or a month, written as a name is (capitalised). */
export function isCalendarName(word: string): boolean {
  return CALENDAR_NAME.test(word);
}
