/** /data/metrics.csv: the data dictionary, one row per metric of content/metrics.yaml. */
import type { APIRoute } from 'astro';
import { siteModel } from '../../model/index.ts';
import { CSV_BOM, toCsv } from '../../format/csv.ts';

export const GET: APIRoute = () => {
  const rows = [...siteModel().metrics.values()].map((m) => [m.key, m.name, m.unit, m.description ?? '']);
  return new Response(CSV_BOM + toCsv(['key', 'name', 'unit', 'description'], rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
