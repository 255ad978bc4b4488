/** /data/facts.json: the facts the site was built from, as the pipeline wrote them (schema/facts.schema.json). */
import type { APIRoute } from 'astro';
import { loadFacts } from '../../lib/data.ts';

export const GET: APIRoute = () => new Response(`${JSON.stringify(loadFacts(), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
