/** /data/<counties|parks|regions>/<slug>.json: one place's record (src/model/open-data.ts). */
import type { APIRoute } from 'astro';
import { siteModel } from '../../../model/index.ts';
import { placeRecord } from '../../../model/open-data.ts';
import { viewDigest } from '../../../model/views/paths.ts';

export function getStaticPaths() {
  const model = siteModel();
  return [...model.places.values()].map((p) => {
    const record = placeRecord(model, p);
    return { params: { folder: p.folder, slug: p.slug }, props: { record }, cacheKey: viewDigest(record) };
  });
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.record), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
