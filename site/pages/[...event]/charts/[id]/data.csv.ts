/** [/<event>]/charts/<id>/data.csv: the chart's data table as CSV. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../../lib/siteData.ts';
import { eventParams } from '../../../../lib/events.ts';
import { toCsv } from '../../../../../scripts/charts/csv.ts';

export function getStaticPaths() {
  return eventParams().flatMap(({ event }) => siteData(event).charts.map((chart) => ({ params: { event, id: chart.id } })));
}

export const GET: APIRoute = ({ params }) => {
  const chart = siteData(params.event).charts.find((c) => c.id === params.id)!;
  return new Response(toCsv(chart.table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
