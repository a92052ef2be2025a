/** Charts as a page shows them: each figure with the site path of its data as CSV. */
import type { ChartFigure } from '../../charts/index.ts';
import { chartsFor } from '../site-charts.ts';
import type { SiteModel } from '../types.ts';

export interface PageChart {
  figure: ChartFigure;
  csvUrl: string;
}

/** Each chart's data downloads from /data/charts/<id>.csv (src/pages/data/charts/[id].csv.ts). */
export function pageChart(figure: ChartFigure): PageChart {
  return { figure, csvUrl: `/data/charts/${figure.id}.csv` };
}

/** The charts of one page, by its site path (site-charts.ts). */
export function pageCharts(model: SiteModel, url: string): PageChart[] {
  return chartsFor(model, url).map(pageChart);
}
