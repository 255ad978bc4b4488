/**
 * Geometry of a map, computed at build time with d3-geo: an azimuthal equal-area projection
 * centred on the places and fitted to them (a few hundred kilometres around each), country
 * borders (US states when a place is in the US), arcs whose width grows with the figure, and
 * marks. A pure function from the map's data to SVG path strings rounded to 0.1 px, so the
 * page ships no map data or projection code.
 */
import { geoAzimuthalEqualArea, geoCentroid, geoCircle, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
import type { FeatureCollection, Geometry } from 'geojson';
import type { ChartDatum } from '../../scripts/charts/headline.ts';
import { chartLabel } from '../../scripts/charts/labels.ts';
import type { PlaceMap } from '../../scripts/charts/maps.ts';
import type { Place } from '../../scripts/charts/places/resolvePlace.ts';
import { coarseCountries, gazetteer } from '../../scripts/charts/places/gazetteer.ts';
import { placeLabels, type Box, type LabelRequest } from './placeLabels.ts';

export interface MapArc { d: string; width: number; head: string; datum: ChartDatum; from: [number, number]; to: [number, number]; control: [number, number] }
export interface MapMark { x: number; y: number; place: Place; data: ChartDatum[] }
/** A text on the map: a place's name, or the figures (with their sources) of an arc or a mark. */
export type MapText = { x: number; y: number; anchor: 'start' | 'middle' | 'end' } & ({ kind: 'place'; text: string; data: ChartDatum[]; stacked: boolean } | { kind: 'figures'; data: ChartDatum[] });

/** Space between a stacked label's lines. */
export const LINE_GAP = 18;
export interface MapLayout { width: number; height: number; land: string; borders: string; arcs: MapArc[]; marks: MapMark[]; texts: MapText[] }

/** Font sizes of the map's texts (the SVG is scaled to the page; 440 wide becomes about 345 at 360 px). */
export const MAP_TEXT = { place: 14, figure: 15, cite: 11 };

// The bars' drawing width: 13px text stays legible when a phone scales the SVG down.
const WIDTH = 440;
const MIN_HEIGHT = 240;
const MAX_HEIGHT = 420;
const PAD = 24;
/** Degrees of context around each place (about 450 km). */
const AROUND = 2.5;
/** Above this span (radians, about 2,500 km) the coarse 1:110m borders are enough. */
const COARSE = 0.4;

/** cite(d) is the source numbers drawn after a figure ("[1][3]"), to size its label. */
export function mapLayout(map: PlaceMap, cite: (d: ChartDatum) => string): MapLayout {
  const places = [...map.flows.flatMap((f) => [...(f.origin ? [f.origin] : []), ...f.destinations]), ...map.markers.map((m) => m.place)];
  let geometry = geometries.get(map);
  if (!geometry) geometries.set(map, (geometry = mapGeometry(places)));
  const { height, land, borders, projection } = geometry;
  const xy = (p: Place): [number, number] => projection(p.point)!.map(round) as [number, number];

  const max = Math.max(...map.flows.map((f) => f.datum.value));
  const width = scaleSqrt().domain([0, max]).range([0, 9]);
  const arcs: MapArc[] = [];
  for (const f of map.flows) {
    if (!f.origin) continue;
    for (const d of f.destinations) arcs.push(arc(xy(f.origin), xy(d), Math.max(1.5, round(width(f.datum.value))), f.datum));
  }
  const marks = map.markers.map((m) => ({ ...point(xy(m.place)), place: m.place, data: m.data }));
  const texts = labelsOf(map, places, arcs, marks, xy, cite, height);
  return { width: WIDTH, height, land, borders, arcs, marks, texts };
}

interface MapGeometry { height: number; land: string; borders: string; projection: GeoProjection }

/**
 * Each map's projection and outlines, once per build: the explainer and the chart's own page
 * draw the same map (the event's charts are made once, site/lib/siteData.ts), and projecting the
 * land is most of a map's cost (about 50 ms a time, measured on the bundled event).
 */
const geometries = new WeakMap<PlaceMap, MapGeometry>();

function mapGeometry(places: Place[]): MapGeometry {
  const circles: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: places.map((p) => ({ type: 'Feature', properties: {}, geometry: geoCircle().center(p.point).radius(AROUND)() })) };
  const centre = geoCentroid({ type: 'MultiPoint', coordinates: places.map((p) => p.point) });
  const projection = geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).clipAngle(90);
  projection.fitWidth(WIDTH - 2 * PAD, circles);
  const [[, y0], [, y1]] = geoPath(projection).bounds(circles);
  const height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, y1 - y0 + 2 * PAD)));
  projection.fitExtent([[PAD, PAD], [WIDTH - PAD, height - PAD]], circles).clipExtent([[0, 0], [WIDTH, height]]);
  const path = geoPath(projection).digits(1);
  const span = Math.max(...places.flatMap((a) => places.map((b) => geoDistance(a.point, b.point))));
  const land = path(span > COARSE ? coarseCountries() : gazetteer().countries) ?? '';
  const inUs = places.some((p) => p.kind === 'state' || p.within.endsWith('United States of America'));
  const borders = inUs && span <= COARSE ? path(gazetteer().states) ?? '' : '';
  return { height, land, borders, projection };
}

/** Place names beside their points (a mark's figures after its name), then each arc's figure along it. */
function labelsOf(map: PlaceMap, places: Place[], arcs: MapArc[], marks: MapMark[], xy: (p: Place) => [number, number], cite: (d: ChartDatum) => string, height: number): MapText[] {
  const unique = [...new Map(places.map((p) => [p.point.join(), p])).values()];
  const obstacles: Box[] = [
    ...marks.map((m) => ({ x0: m.x - 6, y0: m.y - 6, x1: m.x + 6, y1: m.y + 6 })),
    ...arcs.map((a) => ({ x0: a.to[0] - 8, y0: a.to[1] - 8, x1: a.to[0] + 8, y1: a.to[1] + 8 })),
    ...unique.map(xy).map(([x, y]) => ({ x0: x - 3, y0: y - 3, x1: x + 3, y1: y + 3 })),
    // The arcs themselves, as a chain of small boxes, so names and figures sit beside them.
    ...arcs.flatMap((a) => Array.from({ length: 19 }, (_, k) => bezier(a.from, a.control, a.to, (k + 1) / 20)).map(([x, y]) => ({ x0: x - a.width / 2, y0: y - a.width / 2, x1: x + a.width / 2, y1: y + a.width / 2 }))),
  ];
  const line = (d: ChartDatum): number => d.figure.length + 1 + (map.style === 'locator' ? 1 + shortLabel(d).length : 0) + cite(d).length * (MAP_TEXT.cite / MAP_TEXT.figure);
  const figures = (data: ChartDatum[]): number => data.map(line).reduce((a, b) => a + b + 3, 0);
  // A locator's figures go one a line under its place's name; a flow map's few stay on the name's line.
  const stacked = map.style === 'locator';
  // A mark's figures follow its place's name ("Portugal 300 [2][5]"), so they read as reported there.
  const dataAt = new Map(marks.map((m) => [m.place.point.join(), m.data]));
  const requests: LabelRequest[] = [
    ...unique.map((p) => {
      const [x, y] = xy(p);
      const s = MAP_TEXT.place;
      const data = dataAt.get(p.point.join());
      const lines = stacked && data ? data.length : 0;
      const chars = lines ? Math.max(p.name.length, ...data!.map((d) => line(d) * (MAP_TEXT.figure / s))) : p.name.length + (data ? 1 + figures(data) * (MAP_TEXT.figure / s) : 0);
      const up = lines * LINE_GAP;
      return { text: p.name, chars, size: s, more: { lines, gap: LINE_GAP }, at: [
        { x: x + 7, y: y + s * 0.35, anchor: 'start' as const }, { x: x - 7, y: y + s * 0.35, anchor: 'end' as const },
        { x, y: y - 8 - up, anchor: 'middle' as const }, { x, y: y + s + 6, anchor: 'middle' as const },
        { x: x + 6, y: y - 6 - up, anchor: 'start' as const }, { x: x - 6, y: y - 6 - up, anchor: 'end' as const },
        { x: x + 6, y: y + s + 4, anchor: 'start' as const }, { x: x - 6, y: y + s + 4, anchor: 'end' as const },
      ] };
    }),
    ...arcs.map((a) => {
      const at = [0.5, 0.35, 0.65, 0.2, 0.8].flatMap((t) => {
        const [x, y] = bezier(a.from, a.control, a.to, t);
        return [{ x, y: y - a.width / 2 - 4, anchor: 'middle' as const }, { x, y: y + a.width / 2 + MAP_TEXT.figure, anchor: 'middle' as const }];
      });
      return { text: a.datum.figure, chars: figures([a.datum]), size: MAP_TEXT.figure, at };
    }),
  ];
  const placed = placeLabels(requests, obstacles, WIDTH, height);
  let i = 0;
  return [
    ...unique.map((p): MapText => ({ ...placed[i++]!, kind: 'place', text: p.name, data: dataAt.get(p.point.join()) ?? [], stacked })),
    ...arcs.map((a): MapText => ({ ...placed[i++]!, kind: 'figures', data: [a.datum] })),
  ];
}

/** What a locator's figure counts, short enough for a map ("people", "rocket-launching sites"). */
export function shortLabel(d: ChartDatum): string {
  return chartLabel(d.label, 22).text;
}

function bezier(a: [number, number], c: [number, number], b: [number, number], t: number): [number, number] {
  const u = 1 - t;
  return [u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]];
}

/** A curve bowed to the left of the line from a to b, with an arrowhead at b. */
function arc(a: [number, number], b: [number, number], width: number, datum: ChartDatum): MapArc {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const c: [number, number] = [(a[0] + b[0]) / 2 + dy * 0.2, (a[1] + b[1]) / 2 - dx * 0.2];
  // The head points along the curve's last tangent (from the control point to b).
  const [tx, ty] = [b[0] - c[0], b[1] - c[1]];
  const n = Math.hypot(tx, ty) || 1;
  const [ux, uy] = [tx / n, ty / n];
  const size = 6 + width;
  const base: [number, number] = [b[0] - ux * size, b[1] - uy * size];
  const head = `M${round(b[0])},${round(b[1])}L${round(base[0] - uy * size * 0.5)},${round(base[1] + ux * size * 0.5)}L${round(base[0] + uy * size * 0.5)},${round(base[1] - ux * size * 0.5)}Z`;
  return { d: `M${round(a[0])},${round(a[1])}Q${round(c[0])},${round(c[1])} ${round(base[0])},${round(base[1])}`, width, head, datum, from: a, to: b, control: c };
}

function point([x, y]: [number, number]): { x: number; y: number } {
  return { x, y };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
