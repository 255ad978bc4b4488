/**
 * Applies the editors' corrections (readCorrections.ts) to an event's aligned facts, before the
 * Markdown, the charts and the pages are made from them, and records each one applied in
 * facts.json (`corrections`). A correction only hides, reattributes, merges or relates claims:
 * it never changes an evidence passage, so `verify` still holds.
 *
 * A claim is found by the words of its passage in one source (never by its id alone, which
 * changes when the facts change), so corrections survive a new article, a newer version of the
 * tool and files read in another order. A correction that finds no claim, or more than one where
 * it must find one, is a warning with its line and the fix, and the others still apply.
 */
import type { AppliedCorrection, ClaimRef } from '../contracts/corrections.ts';
import type { Claim, Conflict, Evidence, Facts } from '../contracts/facts.ts';
import type { Warning } from '../contracts/generated.ts';
import type { ListedCorrection } from './readCorrections.ts';
import { normalise, visibleText } from './passageWords.ts';

const FILE = 'corrections.yaml';

/** `facts` with `corrections` applied; `facts` itself when there are none. */
export function applyCorrections(facts: Facts, corrections: readonly ListedCorrection[], warnings: Warning[]): Facts {
  if (corrections.length === 0) return facts;
  const state = { claims: [...facts.claims], conflicts: [...facts.conflicts] };
  const applied: AppliedCorrection[] = [];
  for (const { correction, operation, line } of corrections) {
    const warn = (problem: string, fix: string): void => {
      warnings.push({ file: FILE, line, problem: `${operation}: ${problem}; it was not applied`, fix });
    };
    const find = (ref: ClaimRef): Claim | undefined => findOne(facts, state.claims, ref, warn);
    const note = correction.note ? { note: correction.note } : {};
    if ('hide' in correction) {
      const claim = find(correction.hide);
      if (!claim) continue;
      state.claims = state.claims.filter((c) => c !== claim);
      state.conflicts = withoutClaims(state.conflicts, new Set([claim.id]));
      applied.push({ operation, claims: [claim.id], from: claim.text, ...note, line });
    } else if ('speaker' in correction || 'unattributed' in correction) {
      const claim = find('speaker' in correction ? correction.speaker : correction.unattributed);
      if (!claim) continue;
      if (claim.kind !== 'quote') {
        warn(`the words name a ${claim.kind === 'quantity' ? 'figure' : 'statement'}, not a quote (${claim.id})`, 'Name words of a quotation or of reported speech.');
        continue;
      }
      const before = claim.speaker ? describeSpeaker(claim.speaker) : 'no speaker';
      const speaker = 'speaker' in correction ? { name: correction.name, ...(correction.role ? { role: correction.role } : {}) } : undefined;
      // The editor's word replaces what each source was read as saying too: no passage keeps a speaker the editor overruled.
      const { speaker: _old, ...rest } = { ...claim, evidence: claim.evidence.map(({ speaker: _own, ...e }) => e) };
      replace(state, claim, speaker ? { ...rest, speaker } : rest);
      applied.push({ operation, claims: [claim.id], from: before, ...(speaker ? { to: describeSpeaker(speaker) } : {}), ...note, line });
    } else if ('merge' in correction) {
      const claims = findDistinct(correction.merge.map(find), warn);
      if (!claims) continue;
      const [kept, ...merged] = claims;
      const order = new Map(facts.sources.map((s, i) => [s.id, i]));
      const evidence = uniqueEvidence(claims.flatMap((c) => c.evidence)).sort((a, b) => order.get(a.source)! - order.get(b.source)! || a.start - b.start);
      const gone = new Set(merged.map((c) => c.id));
      replace(state, kept!, { ...kept!, evidence });
      state.claims = state.claims.filter((c) => !gone.has(c.id));
      state.conflicts = renamedClaims(state.conflicts, gone, kept!.id);
      applied.push({ operation, claims: [kept!.id], from: merged.map((c) => c.text).join(' | '), to: kept!.id, ...note, line });
    } else if ('conflict' in correction) {
      const refs = correction.conflict;
      const claims = findDistinct(refs.map(find), warn);
      if (!claims) continue;
      const wordings = refs.map((ref, i) => {
        const source = sourceIdOf(facts, ref)!;
        return { claim: claims[i]!.id, source, wording: visibleText(claims[i]!.evidence.find((e) => e.source === source)!.quote, ref.source) };
      });
      const kind = claims.every((c) => c.kind === 'quantity') ? 'value' : 'term';
      state.conflicts.push({ claims: claims.map((c) => c.id), description: correction.about, kind, wordings });
      applied.push({ operation, claims: claims.map((c) => c.id), to: correction.about, ...note, line });
    } else if ('not-a-conflict' in correction) {
      const claim = find(correction['not-a-conflict']);
      if (!claim) continue;
      const removed = state.conflicts.filter((c) => c.claims.includes(claim.id));
      if (removed.length === 0) {
        warn(`${claim.id} is in no disagreement`, 'Remove the entry, or name words of a claim shown under "Where the sources differ".');
        continue;
      }
      state.conflicts = state.conflicts.filter((c) => !removed.includes(c));
      applied.push({ operation, claims: [claim.id], from: removed.map((c) => c.description).join(' | '), ...note, line });
    } else {
      applied.push({ operation, claims: [], to: correction.title, ...note, line });
    }
  }
  return { ...facts, claims: state.claims, conflicts: state.conflicts, corrections: applied };
}

/** The title the editors set, if any (the last title correction wins). */
export function correctedTitle(facts: Facts): string | undefined {
  return facts.corrections?.filter((c) => c.operation === 'title').at(-1)?.to;
}

/** The one claim `ref` names among `claims`, or undefined with a warning. */
function findOne(facts: Facts, claims: readonly Claim[], ref: ClaimRef, warn: (problem: string, fix: string) => void): Claim | undefined {
  const source = sourceIdOf(facts, ref);
  if (!source) {
    warn(`${ref.source} is not an article of this folder`, 'Use the exact file name of an article (with its extension).');
    return undefined;
  }
  const words = normalise(ref.quote);
  const matches = claims.filter((c) => c.evidence.some((e) => e.source === source && normalise(visibleText(e.quote, ref.source)).includes(words)));
  const hinted = ref.claim ? matches.find((c) => c.id === ref.claim) : undefined;
  if (hinted) return hinted;
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) warn(`no passage of ${ref.source} contains "${ref.quote}"`, 'Copy a few words exactly as the article has them (a claim hidden by an earlier entry is no longer there).');
  else warn(`"${ref.quote}" is in ${matches.length} claims of ${ref.source} (${matches.map((c) => c.id).join(', ')})`, 'Add more words of the passage, or `claim: <id>` to say which.');
  return undefined;
}

/** The claims a merge or a conflict names, all found and all different; undefined (with a warning) otherwise. */
function findDistinct(found: Array<Claim | undefined>, warn: (problem: string, fix: string) => void): Claim[] | undefined {
  if (found.some((c) => c === undefined)) return undefined;
  const claims = found as Claim[];
  if (new Set(claims).size < claims.length) {
    warn('two of its entries name the same claim', 'Name a different claim in each entry.');
    return undefined;
  }
  return claims;
}

function sourceIdOf(facts: Facts, ref: ClaimRef): string | undefined {
  return facts.sources.find((s) => s.file === ref.source)?.id;
}

function replace(state: { claims: Claim[] }, claim: Claim, next: Claim): void {
  state.claims = state.claims.map((c) => (c === claim ? next : c));
}

/** Conflicts without the claims in `gone`; one left with fewer than two sides is no longer a disagreement. */
function withoutClaims(conflicts: readonly Conflict[], gone: ReadonlySet<string>): Conflict[] {
  return conflicts
    .map((c) => ({ ...c, claims: c.claims.filter((id) => !gone.has(id)), wordings: c.wordings.filter((w) => !gone.has(w.claim)) }))
    .filter((c) => c.claims.length > 0 && c.wordings.length >= 2 && (c.kind === 'term' || c.claims.length >= 2));
}

/** Conflicts with the merged claims renamed to the one they became; a value disagreement within one fact is none. */
function renamedClaims(conflicts: readonly Conflict[], gone: ReadonlySet<string>, into: string): Conflict[] {
  const rename = (id: string): string => (gone.has(id) ? into : id);
  return conflicts
    .map((c) => ({ ...c, claims: [...new Set(c.claims.map(rename))], wordings: c.wordings.map((w) => ({ ...w, claim: rename(w.claim) })) }))
    .filter((c) => c.kind === 'term' || c.claims.length >= 2);
}

function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.source}:${e.start}:${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeSpeaker(speaker: { name: string; role?: string }): string {
  return speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name;
}
