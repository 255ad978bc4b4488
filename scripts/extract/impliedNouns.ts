/**
 * Nouns a figure counts without naming them: the plural an elliptical figure borrows from an
 * earlier "one" ("One tanker sank and three more ..." counts tankers).
 */

const IRREGULAR_PLURAL_OF: Record<string, string> = { person: 'people', people: 'people', man: 'men', woman: 'women', child: 'children', police: 'police', staff: 'staff', personnel: 'personnel', aircraft: 'aircraft' };

/** English plural of a count noun's lemma, for units ("fire" -> "fires", "body" -> "bodies"). */
export function pluralOf(lemma: string): string {
  const irregular = IRREGULAR_PLURAL_OF[lemma];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) return `${lemma}es`;
  return `${lemma}s`;
}
