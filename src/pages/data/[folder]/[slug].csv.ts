/**
 * /data/<folder>/<slug>.csv: the data of every chart on one page, as one download (a
 * national site has tens of thousands of charts; one file per chart would outnumber pages).
 */
import type { APIRoute } from 'astro';
import { siteModel } from '../../../model/index.ts';
import { pageDataFiles } from '../../../model/views/charts.ts';
import { chartsFor } from '../../../model/site-charts.ts';
import { CSV_BOM, pageDataCsv } from '../../../charts/index.ts';

// Keyed by a digest of the page's chart specs (what the drawing is made from); the charts are
// drawn only when the route renders, so no page's charts are held while the site is written.
export function getStaticPaths() {
  return pageDataFiles(siteModel()).map(({ folder, slug, url, digest }) => ({ params: { folder, slug }, props: { url }, cacheKey: digest }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(CSV_BOM + pageDataCsv(chartsFor(siteModel(), props.url as string)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
