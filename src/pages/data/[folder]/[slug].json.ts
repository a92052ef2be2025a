/** /data/<counties|parks|regions>/<slug>.json: one place's record (src/model/open-data.ts). */
import type { APIRoute } from 'astro';
import { siteModel } from '../../../model/index.ts';
import { placeRecord } from '../../../model/open-data.ts';
import { viewDigest } from '../../../model/views/paths.ts';
import { absoluteUrl } from '../../../lib/absolute.ts';

// Keyed by a digest of the record, which is built again when the route renders: thousands of
// records are not held in memory while pages are written.
export function getStaticPaths() {
  const model = siteModel();
  return [...model.places.values()].map((p) => ({ params: { folder: p.folder, slug: p.slug }, cacheKey: viewDigest(placeRecord(model, p)) }));
}

export const GET: APIRoute = ({ params, site }) => {
  const model = siteModel();
  const place = model.places.get(params.slug ?? '');
  if (!place || place.folder !== params.folder) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(placeRecord(model, place, (p) => absoluteUrl(p, site))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
