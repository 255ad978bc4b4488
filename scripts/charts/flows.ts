/**
 * Origin -> destination: figures the sources report as moving somewhere ("240 nurses
 * from Eastport to Halvik", "the other 60 will go to Norby"). Read from each evidence
 * sentence near the figure; the place most sources agree on wins.
 */
import type { Claim, Facts } from '../contracts/facts.ts';
import { bestPerFigure, countClaims, support, unitFamily } from './headline.ts';
import { totalsWithParts } from './parts.ts';

export interface Flow {
  claim: Claim;
  /** Where the things counted come from, when a source says. */
  origin?: string;
  destination: string;
}

/** A place: capitalised words, optionally "X and Y" ("Halvik", "Port Talbot", "Norby and Eastport"). */
const PLACE = String.raw`(?:the\s+)?([A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*)*(?:,?\s+and\s+[A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*)*)?)`;
const DESTINATION = new RegExp(String.raw`\b(?:to|into|towards?)\s+${PLACE}`, 'u');
const ORIGIN = new RegExp(String.raw`\b(?:from|based in|stationed in|already in|in)\s+${PLACE}`, 'u');
const ORIGIN_BEFORE = new RegExp(String.raw`\b(?:from|based in|stationed in)\s+${PLACE}`, 'u');
/** A movement that may not happen is not a flow ("on alert for possible deployment to Norby"). */
const HYPOTHETICAL = /\b(possible|potential|could|may|might|would|if)\b/i;
const WINDOW_AFTER = 16;
const WINDOW_BEFORE = 8;

/** The flows of the most-reported unit, totals of other flows left out (their parts show them). */
export function flowsOf(facts: Facts): Flow[] {
  const flows = bestPerFigure(countClaims(facts)).map(flowOf).filter((f): f is Flow => !!f);
  const weight = new Map<string, number>();
  for (const f of flows) weight.set(unitFamily(f.claim), (weight.get(unitFamily(f.claim)) ?? 0) + support(f.claim));
  const family = [...weight.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const same = flows.filter((f) => unitFamily(f.claim) === family);
  const ids = new Set(same.map((f) => f.claim.id));
  const totals = new Set(totalsWithParts(same.map((f) => f.claim)).filter(({ parts }) => parts.every((p) => ids.has(p.id))).map(({ total }) => total.id));
  return same.filter((f) => !totals.has(f.claim.id)).sort((a, b) => b.claim.quantity!.value - a.claim.quantity!.value);
}

/** The destination (and origin) most of a claim's sources give near its figure. */
export function flowOf(claim: Claim): Flow | undefined {
  const destinations = new Map<string, number>();
  const origins = new Map<string, number>();
  for (const e of claim.evidence) {
    const found = placesNear(visibleText(e.quote), claim.quantity!.value);
    if (!found) continue;
    destinations.set(found.destination, (destinations.get(found.destination) ?? 0) + 1);
    if (found.origin) origins.set(found.origin, (origins.get(found.origin) ?? 0) + 1);
  }
  const destination = mostCommon(destinations);
  if (!destination) return undefined;
  const origin = mostCommon(origins);
  return origin && origin !== destination ? { claim, origin, destination } : { claim, destination };
}

/** Places around a figure in one sentence, e.g. "1,200 workers from Eastport will move to Halvik". */
export function placesNear(sentence: string, value: number): { origin?: string; destination: string } | undefined {
  const words = sentence.split(/\s+/);
  const at = words.findIndex((w) => figureOf(w) === value);
  if (at < 0) return undefined;
  // After the figure, up to the next figure (another number starts another fact).
  let end = Math.min(words.length, at + 1 + WINDOW_AFTER);
  for (let i = at + 1; i < end; i++) if (figureOf(words[i]!) !== undefined) end = i;
  const after = words.slice(at + 1, end).join(' ');
  const destination = DESTINATION.exec(after);
  if (!destination || HYPOTHETICAL.test(after.slice(0, destination.index))) return undefined;
  const between = after.slice(0, destination.index);
  const before = words.slice(Math.max(0, at - WINDOW_BEFORE), at).join(' ');
  const origin = ORIGIN.exec(between)?.[1] ?? ORIGIN_BEFORE.exec(before)?.[1];
  const place = (p: string): string => p.replace(/[.,;:’']+$/, '');
  return origin ? { origin: place(origin), destination: place(destination[1]!) } : { destination: place(destination[1]!) };
}

/** "1,200" or "1,200," -> 1200; "82nd" or a word -> undefined. */
function figureOf(word: string): number | undefined {
  const m = /^\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[.,;:)]*$/.exec(word);
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
}

/** Evidence of HTML articles is markup: match on its visible words. */
function visibleText(quote: string): string {
  return quote.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
}

function mostCommon(counts: Map<string, number>): string | undefined {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
