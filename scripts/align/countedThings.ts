/** Count nouns that news uses for one kind of thing, so that figures of one thing are aligned and compared together. */

/** Count nouns that name groups of people: "1,000 workers" and "1,000 employees" count the same thing. */
export const PEOPLE = new Set(
  ('people person troop soldier force personnel servicemember service member marine sailor airman officer police policeman resident civilian ' +
    'worker employee staff student child kid adult woman man patient victim passenger migrant refugee protester demonstrator member fan voter ' +
    'citizen inhabitant individual customer user visitor tourist participant delegate official prisoner inmate detainee survivor casualty ' +
    'supporter cheerleader athlete player artist performer musician journalist reporter firefighter responder rescuer doctor nurse teacher ' +
    'girl boy baby pupil teen teenager suspect hostage reservist gunman attacker robber thief hiker climber miner juror witness agent guard pilot driver farmer scientist researcher volunteer parent son daughter brother sister sibling supervisor').split(' '),
);
/** Nouns that name people without saying which: "400 people" may be the "400 sailors" another source counts. */
export const ANY_PEOPLE = new Set(['people', 'person', 'individual']);
/** Nouns for people that news uses for one group ("600 soldiers" / "600 servicemembers", "1,000 workers" / "1,000 employees"). */
export const PEOPLE_SYNONYMS: Record<string, string> = {
  troop: 'troop', soldier: 'troop', reservist: 'troop', force: 'troop', personnel: 'troop', servicemember: 'troop', 'service member': 'troop',
  worker: 'worker', employee: 'worker', staff: 'worker',
  child: 'child', kid: 'child',
  resident: 'resident', inhabitant: 'resident',
  protester: 'protester', demonstrator: 'protester',
  police: 'police', policeman: 'police', officer: 'police',
  prisoner: 'prisoner', inmate: 'prisoner', detainee: 'prisoner',
};
/** Other count nouns that news uses interchangeably for one kind of thing. */
export const SYNONYMS: Record<string, string> = {
  jet: 'aircraft', plane: 'aircraft', airplane: 'aircraft', warplane: 'aircraft', aircraft: 'aircraft',
  country: 'country', nation: 'country', state: 'country',
  ship: 'vessel', vessel: 'vessel', boat: 'vessel', warship: 'vessel',
  car: 'vehicle', vehicle: 'vehicle', truck: 'vehicle',
  home: 'home', house: 'home', residence: 'home',
  object: 'object', part: 'object', item: 'object', fragment: 'object',
  charge: 'charge', count: 'charge',
};
/**
 * The kind of thing a claim's unit counts, for comparing claims: "parts" and "objects" are one kind
 * ("four big parts" vs "two big objects"), so are "jets" and "planes". Groups of people stay apart
 * by their noun here ("3 victims" is not compared with "4 people"): one claim may count a part of another.
 */
export function unitKind(unit: string): string {
  // Plurals only: a singular count ("the Haixun 01 patrol ship") is so often a name's number or "one of" that it keeps its own unit.
  if (!/[^s]s$/.test(unit)) return unit;
  const last = unit.toLowerCase().slice(0, -1).split(/[\s-]/).pop()!;
  return SYNONYMS[last] ?? unit;
}
