/** /data/model.json: the whole dataset (src/model/open-data.ts). */
import type { APIRoute } from 'astro';
import { siteModel } from '../../model/index.ts';
import { modelJsonText } from '../../model/open-data.ts';
import { absoluteUrl } from '../../lib/absolute.ts';

export const GET: APIRoute = ({ site }) => new Response(modelJsonText(siteModel(), (p) => absoluteUrl(p, site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
