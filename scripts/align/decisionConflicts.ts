/**
 * Decision conflicts: one source says a request was granted and another that it was denied
 * ("controllers granted permission to land" / "the pilot was denied permission to land"). Only
 * verbs of one decision and its opposite count, each straight before the same noun (what was asked
 * for: permission, bail, a visa), in passages of two sources that share enough words to be about
 * one request, neither of which uses both verbs (a source telling of a refusal and a later grant
 * is telling a sequence). Other opposites ("rose" / "fell", "won" / "lost") are said of different
 * things in one story too often to be read this way.
 */
import type { Claim, Conflict } from '../contracts/facts.ts';
import { contentWords } from './words.ts';

/** Verbs that grant what was asked for, and verbs that refuse it. */
const GRANTS = new Set(['granted', 'approved']);
const REFUSALS = new Set(['denied', 'refused', 'rejected']);
/** Content words (besides the decision and its noun) two passages must share to be about one request. */
const MIN_SHARED_WORDS = 3;

interface Decision {
  claim: string;
  source: string;
  quote: string;
  granted: boolean;
  /** The decision as written ("granted permission"). */
  wording: string;
  noun: string;
  words: Set<string>;
}

export function decisionConflicts(claims: readonly Claim[]): Conflict[] {
  const decisions: Decision[] = [];
  const read = new Set<string>();
  for (const claim of claims) {
    for (const e of claim.evidence) {
      const key = `${e.source}:${e.start}`;
      if (read.has(key)) continue;
      read.add(key);
      decisions.push(...decisionsIn(claim.id, e.source, e.quote));
    }
  }
  // A source that both grants and refuses the same thing tells a sequence, not a side.
  const bothWays = new Set<string>();
  for (const d of decisions) if (decisions.some((o) => o.source === d.source && o.noun === d.noun && o.granted !== d.granted)) bothWays.add(`${d.source}|${d.noun}`);
  const conflicts: Conflict[] = [];
  const found = new Set<string>();
  for (const a of decisions) {
    if (!a.granted || bothWays.has(`${a.source}|${a.noun}`)) continue;
    for (const b of decisions) {
      if (b.granted || b.source === a.source || b.noun !== a.noun || bothWays.has(`${b.source}|${b.noun}`)) continue;
      const key = `${a.source}|${b.source}|${a.noun}`;
      if (found.has(key) || shared(a.words, b.words, a.noun) < MIN_SHARED_WORDS) continue;
      found.add(key);
      conflicts.push({
        claims: a.claim === b.claim ? [a.claim] : [a.claim, b.claim],
        kind: 'term',
        description: `The sources tell the same decision differently: “${a.wording}” (${a.source}) vs “${b.wording}” (${b.source}).`,
        wordings: [
          { claim: a.claim, source: a.source, wording: a.quote },
          { claim: b.claim, source: b.source, wording: b.quote },
        ],
      });
    }
  }
  return conflicts;
}

/**
 * Any of the decision verbs, in lower case. A word whose lower case is one of them stands in the
 * passage's lower case: a passage whose lower case holds none has no decision, and its words are
 * not read (a match object per word of every passage of an event, for the few that hold one).
 */
const ANY_DECISION = new RegExp([...GRANTS, ...REFUSALS].join('|'));

/** Each decision verb straight before a noun in a passage, unless negated ("was not granted permission"). */
function decisionsIn(claim: string, source: string, quote: string): Decision[] {
  if (!ANY_DECISION.test(quote.toLowerCase())) return [];
  const out: Decision[] = [];
  const tokens = [...quote.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const verb = tokens[i]![0].toLowerCase();
    const granted = GRANTS.has(verb);
    if (!granted && !REFUSALS.has(verb)) continue;
    const before = tokens.slice(Math.max(0, i - 2), i).map((t) => t[0].toLowerCase());
    if (before.some((w) => w === 'not' || w === 'never' || w === "n't" || w.endsWith("n't") || w.endsWith('n’t'))) continue;
    // "denied the request": what was asked for may follow a determiner.
    const at = DETERMINER.test(tokens[i + 1]![0]) && i + 2 < tokens.length ? i + 2 : i + 1;
    const noun = tokens[at]![0].toLowerCase();
    if (!/^\p{Ll}+$/u.test(tokens[at]![0]) || STOP.has(noun)) continue;
    out.push({ claim, source, quote, granted, wording: quote.slice(tokens[i]!.index, tokens[at]!.index + tokens[at]![0].length), noun, words: new Set(contentWords(quote)) });
  }
  return out;
}

const DETERMINER = /^(?:the|a|an|his|her|their|its)$/i;
/** Words that follow a verb without being what was asked for ("denied that", "rejected the"). */
const STOP = new Set(['the', 'a', 'an', 'that', 'it', 'them', 'him', 'her', 'this', 'any', 'all', 'to', 'by', 'in', 'on', 'for', 'as', 'and', 'or', 'his', 'their', 'its', 'our', 'my', 'your', 'being', 'having', 'what', 'such', 'those', 'these', 'reports', 'claims', 'allegations', 'wrongdoing']);

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>, noun: string): number {
  let n = 0;
  for (const w of a) if (b.has(w) && !w.startsWith(noun.slice(0, 5)) && !/^(?:grant|deni|deny|refus|reject|approv)/.test(w)) n++;
  return n;
}
