/**
 * What a headline figure counts, as a chart can compare it: its head noun and the words before
 * it. "300 Norlandic nurses" and "450 Porto-based nurses" count nurses; "7,500 union employees"
 * and "4 former employees" do not count one thing, though both are employees. The words after the
 * noun are where or why ("nurses in Porto", "employees at the firm") and do not make another kind.
 */
import type { Claim } from '../contracts/facts.ts';
import { tellsHarm } from '../compose/leadFigures.ts';

/**
 * Nouns that say nothing of what is counted until the verb does: "400 people attempting the
 * hike", "300 people set off", "120 people completed it" are three things. Bare, they are of one
 * kind only when both sentences tell of harm ("12 people were killed", "ten people died").
 */
const GENERIC = /^(?:people|persons?|individuals?|others|men|women|adults|residents)$/i;

/** Words before a noun that say how many more, not what kind ("5 other former employees"). */
const NOT_A_KIND = new Set(['other', 'more', 'additional', 'further', 'new', 'extra', 'another', 'total', 'some', 'least', 'most', 'up', 'to', 'of', 'the', 'a', 'an', 'and', 'all', 'only', 'just', 'about', 'nearly', 'roughly', 'estimated']);

/** The kind-words before the counted noun, lower-cased and crudely singularised ("birds species" -> bird). */
export function kindWords(c: Claim): Set<string> {
  const q = c.quantity!;
  const counts = (q.counts ?? q.unit).toLowerCase();
  const at = counts.indexOf(q.unit.toLowerCase());
  const before = at >= 0 ? counts.slice(0, at) : counts;
  const words = before.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];
  const kind = new Set(words.filter((w) => !NOT_A_KIND.has(w)).map((w) => w.replace(/(?<=[^s])s$/, '')));
  // A word no other figure has: a bare generic noun outside harm matches no other figure.
  if (kind.size === 0 && GENERIC.test(q.unit)) kind.add(tellsHarm(c) ? '(harm)' : `(${c.id})`);
  return kind;
}

/** True when one figure's kind-words hold the other's: "nurses" and "Norlandic nurses", "bird species" and "investigated bird species". */
export function sameKind(a: Claim, b: Claim): boolean {
  const ka = kindWords(a);
  const kb = kindWords(b);
  const [small, large] = ka.size <= kb.size ? [ka, kb] : [kb, ka];
  return [...small].every((w) => large.has(w));
}
