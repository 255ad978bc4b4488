/**
 * Words news writers swap for one another when they paraphrase the same report ("a pistol" /
 * "a handgun", "next of kin" / "families"), as stemmed by words.ts. General English only: the
 * classes are narrow on purpose, so that two different statements do not start to look alike.
 */
const CLASSES: string[][] = [
  ['troop', 'forc', 'soldier', 'personnel', 'servicemember'],
  ['gun', 'pistol', 'handgun', 'firearm', 'rifle'],
  ['family', 'kin', 'relativ', 'loved'],
  ['several', 'multipl', 'numerou', 'various'],
  ['suspect', 'shooter', 'gunman', 'attacker', 'assailant', 'perpetrator'],
  ['approv', 'authoriz', 'authoris', 'sanction'],
  ['ally', 'partner'],
  ['kill', 'died', 'dead', 'death', 'die', 'fatal', 'fatally'],
  ['injur', 'wound', 'hurt', 'injury'],
  ['vehicl', 'car', 'truck', 'suv'],
  ['aircraft', 'plane', 'jet', 'airplan', 'airliner'],
  ['child', 'children', 'kid'],
  ['home', 'house', 'residenc'],
  ['large', 'big', 'huge', 'major'],
  ['start', 'begin', 'began', 'launch'],
  ['help', 'assist', 'aid'],
  ['increas', 'rise', 'rose', 'grow', 'grew', 'climb', 'jump', 'surg'],
  ['decreas', 'fall', 'fell', 'drop', 'declin'],
  ['plan', 'intend', 'aim'],
  ['send', 'sent', 'deploy', 'dispatch'],
  ['buy', 'bought', 'purchas', 'acquir'],
  ['meet', 'met', 'meeting', 'talk'],
  ['stabl', 'steady'],
  ['notifi', 'inform', 'told'],
];

const CANONICAL = new Map<string, string>(CLASSES.flatMap((words) => words.map((w) => [w, words[0]!] as [string, string])));

/** The class's first word for a stemmed word that has synonyms; else the word itself. */
export function canonicalWord(word: string): string {
  return CANONICAL.get(word) ?? word;
}

/** The set with every word replaced by its class's first word. */
export function canonicalWords(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) out.add(canonicalWord(w));
  return out;
}
