/** /data/facts.json: the facts the site was built from, as the pipeline wrote them (schema/facts.schema.json). */
import type { APIRoute } from 'astro';
import { loadFacts } from '../../../lib/data.ts';
import { eventPaths } from '../../../lib/events.ts';

export function getStaticPaths() {
  return eventPaths();
}

export const GET: APIRoute = ({ params }) => new Response(`${JSON.stringify(loadFacts(params.event), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
