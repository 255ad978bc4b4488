/**
 * Term conflicts: sources agree on a fact but name part of it differently in a way that
 * matters ("infantry division" vs "infantry brigade", "on Tuesday" vs "on Wednesday",
 * "a misdemeanor" vs "a felony"). Only words of one closed set of general-English terms
 * count, and only after the same context word, so paraphrase ("jets" vs "planes") is not
 * mistaken for disagreement.
 */
import type { Claim, Conflict } from '../contracts/facts.ts';

/** Sets of terms that name a moment: sources that differ there disagree on when, not on a name. */
const MOMENT_SETS: readonly (readonly string[])[] = [
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['morning', 'afternoon', 'evening', 'night'],
];
/** Sets of terms that exclude one another: naming one where another source names another is a clash. */
const TERM_SETS: readonly (readonly string[])[] = [
  ['squad', 'platoon', 'company', 'battalion', 'brigade', 'division', 'corps', 'regiment', 'squadron', 'fleet', 'army'],
  ...MOMENT_SETS,
  ['misdemeanor', 'felony'],
  ['first-degree', 'second-degree', 'third-degree'],
  ['minor', 'serious', 'critical', 'life-threatening', 'fatal'],
  ['killed', 'injured', 'wounded', 'hurt'],
  ['dead', 'alive', 'missing'],
  ['son', 'daughter', 'nephew', 'niece', 'brother', 'sister', 'father', 'mother', 'husband', 'wife', 'cousin'],
  ['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'],
  ['city', 'county', 'state', 'federal'],
];
/** Terms that say one thing in other words ("wounded three" / "injured three"): never a clash with each other. */
const SAME_TERM: Record<string, string> = { wounded: 'injured', hurt: 'injured' };
const MOMENT_TERMS: ReadonlySet<string> = new Set(MOMENT_SETS.flat());
/**
 * Sets whose terms say what happened to someone ("guards were killed", "drivers were wounded"):
 * after an auxiliary the clash is one only when the word before it, its subject, is the same too.
 */
const FATE_SETS = new Set([TERM_SETS.findIndex((set) => set.includes('killed')), TERM_SETS.findIndex((set) => set.includes('missing'))]);
const AUXILIARY = /^(?:was|were|is|are|be|been|being|got|get|gets|remain|remains|remained)$/;
const MOMENT_SET_INDICES: ReadonlySet<number> = new Set(MOMENT_SETS.map((set) => TERM_SETS.indexOf(set)));
const SET_OF = new Map<string, number>(TERM_SETS.flatMap((set, i) => set.map((t) => [t, i] as [string, number])));

/** True when a conflict's wording ("on Tuesday", "Wednesday morning") ends in a term that names a moment. */
export function namesAMoment(wording: string): boolean {
  const last = wording.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return MOMENT_TERMS.has(last);
}

export function termConflicts(claims: Claim[]): Conflict[] {
  const conflicts: Conflict[] = [];
  // One clash between two sources is one conflict, even when several claims share the passages.
  const found = new Set<string>();
  for (const claim of claims) {
    const bySource = new Map<string, string>();
    for (const e of claim.evidence) if (!bySource.has(e.source)) bySource.set(e.source, e.quote);
    const sources = [...bySource.keys()];
    for (let i = 0; i < sources.length; i++) {
      for (let j = i + 1; j < sources.length; j++) {
        for (const clash of clashes(bySource.get(sources[i]!)!, bySource.get(sources[j]!)!)) {
          const key = [`${sources[i]}:${clash.a.toLowerCase()}`, `${sources[j]}:${clash.b.toLowerCase()}`].sort().join('|');
          if (found.has(key)) continue;
          found.add(key);
          conflicts.push({
            claims: [claim.id],
            kind: 'term',
            description: `${namesAMoment(clash.a) ? 'The sources give different times for the same thing' : 'The sources name the same thing differently'}: “${clash.context} ${clash.a}” (${sources[i]}) vs “${clash.context} ${clash.b}” (${sources[j]}).`,
            wordings: [
              { claim: claim.id, source: sources[i]!, wording: `${clash.context} ${clash.a}` },
              { claim: claim.id, source: sources[j]!, wording: `${clash.context} ${clash.b}` },
            ],
          });
        }
      }
    }
  }
  return conflicts;
}

/** A clash with each side's words exactly as written. */
interface Clash {
  context: string;
  a: string;
  b: string;
}

/** Terms of one set that follow the same word in both passages but differ. */
function clashes(textA: string, textB: string): Clash[] {
  const pairsA = termPairs(textA);
  const pairsB = termPairs(textB);
  const keysA = new Set(pairsA.map((p) => `${p.context} ${p.term}`));
  const keysB = new Set(pairsB.map((p) => `${p.context} ${p.term}`));
  const out: Clash[] = [];
  // "retired in March ... in June sold the farm": a passage naming two months tells a timeline, and which of them the other's answers is unclear.
  const timeline = (pairs: TermPair[], set: number): boolean => new Set(pairs.filter((p) => SET_OF.get(p.term) === set).map((p) => p.term)).size > 1;
  for (const pa of pairsA) {
    const set = SET_OF.get(pa.term)!;
    if (MOMENT_SET_INDICES.has(set) && (timeline(pairsA, set) || timeline(pairsB, set))) continue;
    if (keysB.has(`${pa.context} ${pa.term}`)) continue;
    for (const pb of pairsB) {
      if (keysA.has(`${pb.context} ${pb.term}`)) continue;
      if (FATE_SETS.has(SET_OF.get(pa.term)!) && AUXILIARY.test(pa.context) && pa.subject !== pb.subject) continue;
      if (pa.context === pb.context && pa.term !== pb.term && SET_OF.get(pa.term) === SET_OF.get(pb.term)) out.push({ context: pa.contextAsWritten, a: pa.termAsWritten, b: pb.termAsWritten });
    }
  }
  return out;
}

interface TermPair {
  /** Lower-cased, for comparing. */
  context: string;
  term: string;
  /** As the source wrote them, for showing. */
  contextAsWritten: string;
  termAsWritten: string;
  /** The word before the context, lower-cased ("guards" in "guards were killed"). */
  subject: string;
}

function termPairs(text: string): TermPair[] {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const out: TermPair[] = [];
  for (let i = 1; i < words.length; i++) {
    const term = SAME_TERM[words[i]!.toLowerCase()] ?? words[i]!.toLowerCase();
    if (SET_OF.has(term)) out.push({ context: words[i - 1]!.toLowerCase(), term, contextAsWritten: words[i - 1]!, termAsWritten: words[i]!, subject: words[i - 2]?.toLowerCase() ?? '' });
  }
  return out;
}
