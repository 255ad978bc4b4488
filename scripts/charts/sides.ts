/**
 * Whose figure is it? "Norlandic sailors" and "Swedish sailors" are both sailors but not comparable
 * bars on one chart: they belong to different sides. A side is read from the words of what is
 * counted ("Porto-based sailors", "Chinese workers"), with a general lexicon of nationalities.
 */
import type { Claim } from '../contracts/facts.ts';

/** Nationality words and country names, each with the country it names (general English). */
const NATIONS: Record<string, string[]> = {
  us: ['american', 'americans', 'u.s.', 'u.s', 'united states'],
  uk: ['british', 'britain', 'u.k.'],
  russia: ['russian', 'russians', 'russia', 'soviet'],
  china: ['chinese', 'china'],
  ukraine: ['ukrainian', 'ukrainians', 'ukraine'],
  france: ['french', 'france'],
  germany: ['german', 'germans', 'germany'],
  italy: ['italian', 'italians', 'italy'],
  spain: ['spanish', 'spain'],
  poland: ['polish', 'poland'],
  canada: ['canadian', 'canadians', 'canada'],
  mexico: ['mexican', 'mexicans', 'mexico'],
  japan: ['japanese', 'japan'],
  'south korea': ['south korean', 'south koreans', 'south korea'],
  'north korea': ['north korean', 'north koreans', 'north korea'],
  india: ['indian', 'indians', 'india'],
  pakistan: ['pakistani', 'pakistanis', 'pakistan'],
  afghanistan: ['afghan', 'afghans', 'afghanistan'],
  iran: ['iranian', 'iranians', 'iran'],
  iraq: ['iraqi', 'iraqis', 'iraq'],
  syria: ['syrian', 'syrians', 'syria'],
  israel: ['israeli', 'israelis', 'israel'],
  palestine: ['palestinian', 'palestinians', 'palestine'],
  turkey: ['turkish'],
  egypt: ['egyptian', 'egyptians', 'egypt'],
  'saudi arabia': ['saudi', 'saudis', 'saudi arabia'],
  australia: ['australian', 'australians', 'australia'],
  brazil: ['brazilian', 'brazilians', 'brazil'],
  nigeria: ['nigerian', 'nigerians', 'nigeria'],
  'south africa': ['south african', 'south africans', 'south africa'],
  indonesia: ['indonesian', 'indonesians', 'indonesia'],
  philippines: ['filipino', 'filipinos', 'philippine', 'philippines'],
  vietnam: ['vietnamese', 'vietnam'],
  belarus: ['belarusian', 'belarus'],
  romania: ['romanian', 'romanians', 'romania'],
  greece: ['greek', 'greeks', 'greece'],
  netherlands: ['dutch', 'netherlands'],
  sweden: ['swedish', 'sweden'],
  norway: ['norwegian', 'norway'],
  ireland: ['irish', 'ireland'],
};

const WORD_TO_NATION = new Map(Object.entries(NATIONS).flatMap(([nation, words]) => words.map((w) => [w, nation] as const)));
/** Longest words first, so "south korean" wins over "korean"-less "south". */
const NATION_WORD = new RegExp(`(?<![\\p{L}.])(${[...WORD_TO_NATION.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}])`, 'iu');

/** The side a figure's counted words name ("Swedish sailors" -> "sweden"), or undefined when they name none. */
export function sideOf(claim: Claim): string | undefined {
  const counts = claim.quantity?.counts;
  if (!counts) return undefined;
  // Only the words before the head noun describe whose they are: "sailors on Tarrow’s coast" are not Tarrow’s.
  const unit = claim.quantity!.unit.toLowerCase();
  const at = counts.toLowerCase().indexOf(unit);
  const before = at > 0 ? counts.slice(0, at) : at === 0 ? '' : counts;
  const match = NATION_WORD.exec(before.replace(/-/g, ' '));
  return match ? WORD_TO_NATION.get(match[1]!.toLowerCase()) : undefined;
}

/**
 * Keeps the figures of the side most of them name, and those that name none: bars of two
 * sides ("Norlandic nurses", "Tarrovian nurses") do not compare as one chart's numbers.
 */
export function oneSide(claims: Claim[], support: (c: Claim) => number): Claim[] {
  const weight = new Map<string, number>();
  for (const c of claims) {
    const side = sideOf(c);
    if (side) weight.set(side, (weight.get(side) ?? 0) + support(c));
  }
  if (weight.size < 2) return claims;
  const [main] = [...weight.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  return claims.filter((c) => {
    const side = sideOf(c);
    return side === undefined || side === main;
  });
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
