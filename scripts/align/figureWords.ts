/**
 * Count nouns that news writers swap for one another when they retell one small figure ("four
 * convictions" / "four charges", "six provinces" / "six governorates", "eight properties" / "eight
 * homes", "15 cases" / "15 patients"), as lemmatised heads. A small figure counts many things in one
 * event, so two nouns need their sentences to retell one story nearly word for word to be joined
 * (alignQuantities' oneFigureRetold); two nouns of one class here need only what a large figure needs.
 * General English and narrow classes: nouns that count one kind of thing under two names.
 */
const CLASSES: string[][] = [
  ['case', 'patient', 'infection'],
  ['charge', 'count', 'conviction', 'offense', 'offence', 'felony'],
  ['home', 'house', 'residence', 'property', 'dwelling'],
  ['province', 'governorate', 'prefecture'],
  ['headquarters', 'base', 'office'],
  ['school', 'campus'],
  ['store', 'shop', 'outlet'],
];

const CLASS_OF = new Map<string, number>(CLASSES.flatMap((words, k) => words.map((w) => [w, k] as [string, number])));

/** Whether two count nouns (lemmatised heads) are one kind of thing named two ways. */
export function paraphrasedNouns(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a === b) return false;
  const ca = CLASS_OF.get(a.split('-').pop()!);
  return ca !== undefined && ca === CLASS_OF.get(b.split('-').pop()!);
}
