/** /data/model.json: the whole dataset (src/model/open-data.ts). */
import type { APIRoute } from 'astro';
import { siteModel } from '../../model/index.ts';
import { modelJson } from '../../model/open-data.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(modelJson(siteModel())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
