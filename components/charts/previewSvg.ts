/**
 * The social preview card (1200x630, Open Graph's size): the event's title and its headline
 * numbers as bars, as an SVG string that the build turns into a PNG.
 */
import { scaleLinear } from 'd3-scale';
import type { ChartDatum } from '../../scripts/charts/headline.ts';
import { chartLabel } from '../../scripts/charts/labels.ts';
import { countOf, verbFor } from '../../scripts/compose/counting.ts';

const W = 1200;
const H = 630;

export function previewSvg(title: string, data: ChartDatum[] | undefined, sourceCount: number): string {
  const lines = wrap(title, 46).slice(0, 3);
  const top = 70 + lines.length * 52;
  const rows = (data ?? []).slice(0, 4);
  const x = scaleLinear().domain([0, Math.max(1, ...rows.map((d) => d.high ?? d.value))]).range([0, W - 140]);
  const rowH = Math.min(110, (H - top - 60) / Math.max(rows.length, 1));
  const bars = rows.map((d, i) => {
    const y = top + i * rowH;
    const solid = x(d.low ?? d.value);
    const range = d.low !== undefined && d.high !== undefined ? `<rect x="${70 + x(d.low)}" y="${y + 40}" width="${Math.max(x(d.high) - x(d.low), 3)}" height="30" fill="#bae6fd" stroke="#0369a1" stroke-dasharray="6 4"/>` : '';
    return `<text x="70" y="${y + 28}" font-size="28" fill="#0f172a"><tspan font-weight="700">${escapeXml(d.figure)}</tspan> ${escapeXml(chartLabel(d.label, 48).text)}</text><rect x="70" y="${y + 40}" width="${Math.max(solid, 3)}" height="30" fill="#0369a1"/>${range}`;
  }).join('');
  const heading = lines.map((l, i) => `<text x="70" y="${80 + i * 52}" font-size="44" font-weight="700" fill="#0f172a">${escapeXml(l)}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="#ffffff"/>${heading}${bars}<text x="70" y="${H - 30}" font-size="24" fill="#475569">What ${countOf(sourceCount, 'source')} ${verbFor(sourceCount, 'report')}, claim by claim · Corroborate</text></svg>`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) { lines.push(line); line = word; }
    else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
