/**
 * Maps the facts support. A flow map when figures move between places the gazetteer can
 * place without doubt ("1,000 nurses from Portugal to Spain"); else a locator map when
 * figures are reported in one to a few such places ("12 people died in Tokyo"). A place
 * that does not resolve is left out (and counted); no resolvable place, no map.
 */
import type { Claim, Facts } from '../contracts/facts.ts';
import { bestPerFigure, countClaims, toDatum, type ChartDatum } from './headline.ts';
import { flowsOf } from './flows.ts';
import { resolvePlace, resolvePlaces, type Place } from './places/resolvePlace.ts';

export interface MapFlow {
  datum: ChartDatum;
  /** As the sources name it; absent when none does. */
  originName?: string;
  origin?: Place;
  destinationName: string;
  /** More than one when a figure goes to "Portugal and Spain" together. */
  destinations: Place[];
}

export interface MapMarker {
  place: Place;
  /** The figures reported there. */
  data: ChartDatum[];
}

export interface PlaceMap {
  style: 'flows' | 'locator';
  /** Movements with both ends placed, widest first (flow maps only). */
  flows: MapFlow[];
  /** Places marked with figures: a locator's places, or where a flow with no origin goes. */
  markers: MapMarker[];
  /** Figures near a place name that could not be placed without doubt. */
  leftOut: number;
}

/** A locator map marks at most this many places: more is a list, not a place. */
const MAX_PLACES = 6;
/** "12 people were killed in Tokyo", "in Halvik, 40 homes": the place right by the figure. */
const PLACE = String.raw`((?:the\s+)?[A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*)*(?:(?:,\s*|\s+\()[A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*)*\)?)?)`;
const IN_AFTER = new RegExp(String.raw`^\S*(?:\s+\S+){0,5}?\s+(?:in|at|near|outside)\s+${PLACE}`, 'u');
const IN_BEFORE = new RegExp(String.raw`\b(?:In|At|Near)\s+${PLACE},\s*$`, 'u');
const HYPOTHETICAL = /\b(possible|potential|could|may|might|would|if|plans?|planned)\b/i;
/**
 * A place name ends its phrase: punctuation, the end, or a function word follows ("in Tokyo
 * on Monday", "in the UK are born"); a noun after it makes it a modifier ("at Metro
 * stations", "in the Mexico state community of ..."), not where the figure is.
 */
const PHRASE_END = /^(?:$|[\s]*[,.;:!?)"”’]|\s+(?:and|or|but|on|in|at|for|to|from|with|by|after|before|since|during|last|this|that|which|who|where|when|while|as|is|are|was|were|has|have|had|will|would|said|says|overnight|earlier|later|alone|itself|each|every|a|an|the)\b)/;
/** Ages, spans of time and distances are not figures reported in a place. */
const NOT_THERE = /^(?:years?(?: old)?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|mi|miles?|km|kilometres?|kilometers?|feet|ft|metres?|meters?|m|%|percent)$/i;

/** The map of an event, or undefined when no place in its facts resolves. */
export function mapOf(facts: Facts): PlaceMap | undefined {
  const order = new Map(facts.sources.map((s, i) => [s.id, i]));
  const flows: MapFlow[] = [];
  const markers = new Map<string, MapMarker>();
  let leftOut = 0;
  const mark = (place: Place, datum: ChartDatum): void => {
    const key = place.point.join();
    const m = markers.get(key) ?? { place, data: [] };
    m.data.push(datum);
    markers.set(key, m);
  };
  for (const f of flowsOf(facts)) {
    const contexts = f.claim.evidence.map((e) => visibleText(e.quote));
    const destinations = resolvePlaces(f.destination, contexts);
    const origin = f.origin ? resolvePlace(f.origin, contexts) : undefined;
    const datum = toDatum(f.claim, order);
    if (!destinations || (f.origin && !origin)) leftOut++;
    else if (origin) flows.push({ datum, originName: f.origin, origin, destinationName: f.destination, destinations });
    else {
      flows.push({ datum, destinationName: f.destination, destinations });
      for (const d of destinations) mark(d, datum);
    }
  }
  if (flows.some((f) => f.origin)) return { style: 'flows', flows, markers: [...markers.values()], leftOut };

  markers.clear();
  leftOut = 0;
  for (const claim of bestPerFigure(countClaims(facts))) {
    if (NOT_THERE.test(claim.quantity!.unit) || /^[A-Z]{3}$/.test(claim.quantity!.unit)) continue;
    const found = placeOfFigure(claim);
    if (found === undefined) continue;
    if (found === null) leftOut++;
    else mark(found, toDatum(claim, order));
  }
  const located = [...markers.values()];
  // One country and one figure is not worth a map: a reader can place "Yemen".
  const worth = located.some((m) => m.place.kind === 'city') || located.flatMap((m) => m.data).length >= 2;
  if (!located.length || located.length > MAX_PLACES || !worth) return undefined;
  return { style: 'locator', flows: [], markers: located, leftOut };
}

/**
 * Where a claim's figure is reported, when its sources agree: the place, null when a place
 * is named but not placed (or the sources differ), undefined when none is named.
 */
export function placeOfFigure(claim: Claim): Place | null | undefined {
  const contexts = claim.evidence.map((e) => visibleText(e.quote));
  const names = new Set<string>();
  for (const sentence of contexts) {
    const at = figureIndex(sentence, claim.quantity!.value);
    if (at < 0) continue;
    const after = sentence.slice(at);
    const inAfter = IN_AFTER.exec(after);
    const m = inAfter && PHRASE_END.test(after.slice(inAfter.index + inAfter[0].length)) ? inAfter : IN_BEFORE.exec(sentence.slice(0, at));
    if (!m || HYPOTHETICAL.test(m[0])) continue;
    names.add(m[1]!.replace(/^the\s+/, '').replace(/[.,;:’']+$/, ''));
  }
  if (!names.size) return undefined;
  const places = [...names].map((n) => resolvePlace(n, contexts));
  if (places.some((p) => !p)) return null;
  const points = new Set(places.map((p) => p!.point.join()));
  return points.size === 1 ? places[0]! : null;
}

/** Offset of the figure in the sentence ("1,200" for 1200), or -1. */
function figureIndex(sentence: string, value: number): number {
  for (const m of sentence.matchAll(/\d{1,3}(?:,\d{3})+|\d+/g)) if (Number(m[0].replace(/,/g, '')) === value) return m.index;
  return -1;
}

function visibleText(quote: string): string {
  return quote.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
}
