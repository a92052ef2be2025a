import type { APIRoute } from 'astro';
import { siteModel } from '../../model/index.ts';
import { observationsCsv } from '../../model/csv.ts';

export const GET: APIRoute = () =>
  new Response(observationsCsv(siteModel()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
