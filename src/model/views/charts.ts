/** Charts as a page shows them: each figure with the site path of its page's data download. */
import type { ChartFigure } from '../../charts/index.ts';
import { chartDataPages, chartsFor } from '../site-charts.ts';
import type { SiteModel } from '../types.ts';

export interface PageChart {
  figure: ChartFigure;
  csvUrl: string;
  /**
   * Where the page already shows this chart's data as a table (a section's heading id and
   * name): the chart links there instead of repeating the table.
   */
  tableAt?: { id: string; label: string };
}

/** A page's charts download together from /data/<folder>/<slug>.csv (src/pages/data/[folder]/[slug].csv.ts). */
export function pageDataUrl(pageUrl: string): string {
  return `/data${pageUrl.replace(/\/$/, '')}.csv`;
}

/** A place's own record as JSON: /data/<folder>/<slug>.json (src/pages/data/[folder]/[slug].json.ts). */
export function pageJsonUrl(pageUrl: string): string {
  return `/data${pageUrl.replace(/\/$/, '')}.json`;
}

export function pageChart(figure: ChartFigure, pageUrl: string): PageChart {
  return { figure, csvUrl: pageDataUrl(pageUrl) };
}

/** The charts of one page, by its site path (site-charts.ts). */
export function pageCharts(model: SiteModel, url: string): PageChart[] {
  return chartsFor(model, url).map((f) => pageChart(f, url));
}

/** Every page with charts, as the folder and slug of its data download and a digest of that data. */
export function pageDataFiles(model: SiteModel): { folder: string; slug: string; url: string; digest: string }[] {
  return chartDataPages(model).map(({ url, digest }) => {
    const [, folder, slug] = url.split('/');
    return { folder, slug, url, digest };
  });
}
