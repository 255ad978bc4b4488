/**
 * Name conflicts: two sources give one speaker's name with the same middle and family names but a
 * different first name ("Dana Rue Okoro" in one, "Mira Rue Okoro" in another): one of them has the
 * name wrong, a term conflict a reader should see. Only speakers are read (the quote stage has
 * already told a person from a body), only full names of three words or more whose shared part is
 * two whole name words (not "F. Kennedy": brothers share an initial and a surname), and never a
 * name ending in an organisation's head word ("Civil Aviation Authority"). Two-word names that
 * share a surname ("Dana Okoro", "Mira Okoro") are relatives far more often than one person, so
 * they are never compared; neither is a source that gives both first names, which tells two people.
 */
import type { Claim, Conflict } from '../contracts/facts.ts';
import { ORGANISATION_HEADS } from '../extract/speakers/speakerPhrase.ts';

/** A name word: a capital, then lower-case letters, apostrophes or hyphens ("Soelistyo", "O'Dara"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** Words that open a name as a title or a description, not a first name. */
const TITLES = /^(?:President|Prime|Minister|Senator|Sen|Rep|Representative|Gov|Governor|Mayor|Judge|Justice|Chief|Officer|Sgt|Sergeant|Captain|Capt|Lt|Lieutenant|General|Gen|Colonel|Col|Major|Dr|Doctor|Professor|Prof|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess|Pope|Father|Sister|Brother|Saint|St|Detective|Deputy|Sheriff|Director|Secretary|Commissioner|Ambassador|Former|Then|Late|Young|Old)$/;

interface Named {
  first: string;
  name: string;
  claim: string;
}

/** The sides of one person's name told with two first names, one conflict per pair of sources. */
export function nameConflicts(claims: readonly Claim[]): Conflict[] {
  // For each shared rest of a name ("Rue Okoro"), the first names each source gives it.
  const byRest = new Map<string, Map<string, Named[]>>();
  for (const claim of claims) {
    for (const e of claim.evidence) {
      const name = e.speaker?.name;
      const parts = name ? personParts(name) : undefined;
      if (!name || !parts) continue;
      const sources = byRest.get(parts.rest) ?? new Map<string, Named[]>();
      sources.set(e.source, [...(sources.get(e.source) ?? []), { first: parts.first, name, claim: claim.id }]);
      byRest.set(parts.rest, sources);
    }
  }
  const conflicts: Conflict[] = [];
  for (const sources of byRest.values()) {
    // A source that gives the name with two first names tells of two people, and agrees with both.
    const single = [...sources].filter(([, named]) => new Set(named.map((n) => n.first)).size === 1);
    for (let i = 0; i < single.length; i++) {
      for (let j = i + 1; j < single.length; j++) {
        const [sa, [a]] = [single[i]![0], single[i]![1]];
        const [sb, [b]] = [single[j]![0], single[j]![1]];
        if (!a || !b || a.first === b.first) continue;
        conflicts.push({
          claims: a.claim === b.claim ? [a.claim] : [a.claim, b.claim],
          kind: 'term',
          description: `The sources name the same person differently: “${a.name}” (${sa}) vs “${b.name}” (${sb}).`,
          wordings: [
            { claim: a.claim, source: sa, wording: a.name },
            { claim: b.claim, source: sb, wording: b.name },
          ],
        });
      }
    }
  }
  return conflicts;
}

/** A person's full name split into its first word and the rest, or undefined for anything else. */
function personParts(name: string): { first: string; rest: string } | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 3 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return undefined;
  if (TITLES.test(words[0]!) || ORGANISATION_HEADS.test(words[words.length - 1]!)) return undefined;
  return { first: words[0]!, rest: words.slice(1).join(' ') };
}
