/**
 * /sitemap.xml: every page of the site. URLs are absolute when the site's address is known
 * (the `site` option); otherwise they are paths from the base, for the host to complete.
 */
import type { APIRoute } from 'astro';
import { sitePages } from '../lib/sitePages.ts';
import { basePath } from '../lib/siteData.ts';

export const GET: APIRoute = ({ site }) => {
  const urls = sitePages(basePath()).map((path) => (site ? new URL(path, site).href : path));
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${u.replace(/&/g, '&amp;')}</loc></url>`).join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml' } });
};
