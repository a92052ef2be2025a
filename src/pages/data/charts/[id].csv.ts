import type { APIRoute } from 'astro';
import { siteModel } from '../../../model/index.ts';
import { siteCharts } from '../../../model/site-charts.ts';
import { CSV_BOM, type ChartFigure } from '../../../charts/index.ts';

export function getStaticPaths() {
  const charts = [...siteCharts(siteModel()).values()].flat();
  return charts.map((chart) => ({ params: { id: chart.id }, props: { chart } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(CSV_BOM + (props.chart as ChartFigure).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
