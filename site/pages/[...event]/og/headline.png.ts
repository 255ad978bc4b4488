/** /og/headline.png: the Open Graph and Twitter preview image, the headline chart drawn by resvg at build time. */
import type { APIRoute } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { siteData } from '../../../lib/siteData.ts';
import { eventPaths } from '../../../lib/events.ts';
import { previewSvg } from '../../../../components/charts/previewSvg.ts';

export function getStaticPaths() {
  return eventPaths();
}

export const GET: APIRoute = ({ params }) => {
  const { facts, charts, independent } = siteData(params.event);
  const headline = charts.find((c) => c.id === 'headline');
  const title = facts.sources.find((s) => s.title)?.title ?? 'What the sources report';
  const svg = previewSvg(title, headline?.kind === 'bars' ? headline.data : undefined, independent);
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
