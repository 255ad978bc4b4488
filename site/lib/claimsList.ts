/**
 * The /claims/ page's rows: every claim with its kind, its sources (counted as "n of N",
 * a copy of another source not counted twice), whether it is contested, and each source's
 * passage as readers see it.
 */
import type { Claim, Facts } from '../../scripts/contracts/facts.ts';
import type { DocumentView } from '../../scripts/contracts/generated.ts';
import { describeQuantity } from '../../scripts/compose/format.ts';
import { contestedBy } from '../../scripts/charts/coverage.ts';
import { isDirectQuote } from '../../scripts/compose/quoteForm.ts';
import { loadDocument, loadSpokenTexts } from './data.ts';
import { correctionNotes } from '../../scripts/compose/correctionText.ts';
import { conflictSides } from '../../scripts/compose/conflictSides.ts';
import { passageSpeakers, quoteHeadline } from '../../scripts/compose/passageSpeakers.ts';

export interface ClaimRow {
  claim: Claim;
  kindLabel: string;
  /** "about 4,200 nurses" for figures; the speaker for quotes. */
  headline?: string;
  /** A direct quotation, shown in quotation marks; reported speech and other claims are not. */
  quoted: boolean;
  /** What the row shows: the claim's text, or for reported speech its verb and clause ("argued that ..."), or the source's sentence when that speech is no clause. */
  text: string;
  sources: string[];
  independent: number;
  contested: boolean;
  /** Conflicts this claim is part of, in plain words. */
  conflicts: string[];
  /** Each source's passage; `speaker` where a quote's source gives the words to someone other than the claim's speaker, or to no one. */
  passages: Array<{ source: string; text: string; via?: string; speaker?: string }>;
  /** The editors' corrections of this claim, in readers' words. */
  corrections: string[];
}

const KIND_LABEL = { quantity: 'Figure', quote: 'Quote', statement: 'Statement' } as const;

export function claimRows(facts: Facts, event?: string): ClaimRow[] {
  const docs = new Map<string, DocumentView>(facts.sources.map((s) => [s.id, loadDocument(s.id, event)]));
  const copyOf = new Map(facts.sources.filter((s) => s.copyOf).map((s) => [s.id, s.copyOf!]));
  const contested = contestedBy(facts);
  const notes = correctionNotes(facts);
  // Reported speech's text, read at compose time (compose/quoteLine.ts spokenTexts): reading it
  // here would load the tagger and its language model into every site build.
  const spoken = loadSpokenTexts(event);
  return facts.claims.map((claim) => {
    const sources = [...new Set(claim.evidence.map((e) => e.source))];
    const speakers = passageSpeakers(claim);
    const passages = sources.map((source) => {
      const doc = docs.get(source)!;
      const p = doc.passages.find((x) => x.claim === claim.id);
      const via = claim.evidence.find((e) => e.source === source && e.via)?.via;
      const speaker = speakers.get(source);
      return { source, text: p ? doc.view.slice(p.start, p.end).replace(/\s+/g, ' ').trim() : '', ...(via ? { via } : {}), ...(speaker ? { speaker } : {}) };
    });
    const q = claim.quantity;
    const row: ClaimRow = {
      claim,
      kindLabel: KIND_LABEL[claim.kind],
      quoted: claim.kind === 'quote' && isDirectQuote(claim),
      text: spoken[claim.id] ?? claim.text,
      sources,
      independent: sources.filter((s) => !sources.includes(copyOf.get(s) ?? '')).length,
      contested: contested.has(claim.id),
      // Earliest first with each side's publication time, when the sources give them (an evolving figure).
      conflicts: facts.conflicts.filter((c) => c.claims.includes(claim.id)).map((c) => conflictSides(c, facts.sources).map(({ wording: w, when }) => `“${w.wording}”${when ? ` (${when})` : ''}`).join(' vs ')),
      passages,
      corrections: notes.get(claim.id) ?? [],
    };
    if (q) row.headline = describeQuantity(q);
    else if (claim.kind === 'quote') row.headline = quoteHeadline(claim);
    return row;
  });
}
