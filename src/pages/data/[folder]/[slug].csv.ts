/**
 * /data/<folder>/<slug>.csv: the data of every chart on one page, as one download (a
 * national site has tens of thousands of charts; one file per chart would outnumber pages).
 */
import type { APIRoute } from 'astro';
import { siteModel } from '../../../model/index.ts';
import { pageDataFiles } from '../../../model/views/charts.ts';
import { viewDigest } from '../../../model/views/paths.ts';
import { CSV_BOM, pageDataCsv, type ChartFigure } from '../../../charts/index.ts';

export function getStaticPaths() {
  return pageDataFiles(siteModel()).map(({ folder, slug, figures }) => {
    const data = figures.map((f) => [f.title, f.data]);
    return { params: { folder, slug }, props: { figures }, cacheKey: viewDigest(data) };
  });
}

export const GET: APIRoute = ({ props }) =>
  new Response(CSV_BOM + pageDataCsv(props.figures as ChartFigure[]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
