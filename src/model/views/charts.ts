/**
 * Charts as a page shows them: each chart's spec with the site path of its page's data
 * download. The spec is drawn when the page renders (Chart.astro), not when its view is keyed.
 */
import type { ChartSpec } from '../../charts/index.ts';
import { chartDataPages, chartSpecsFor } from '../site-charts.ts';
import type { SiteModel } from '../types.ts';

export interface PageChart {
  spec: ChartSpec;
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

export function pageChart(spec: ChartSpec, pageUrl: string): PageChart {
  return { spec, csvUrl: pageDataUrl(pageUrl) };
}

/** The charts of one page, by its site path (site-charts.ts). */
export function pageCharts(model: SiteModel, url: string): PageChart[] {
  return chartSpecsFor(model, url).map((s) => pageChart(s, url));
}

/** Every page with charts, as the folder and slug of its data download and a digest of its chart specs. */
export function pageDataFiles(model: SiteModel): { folder: string; slug: string; url: string; digest: string }[] {
  return chartDataPages(model).map(({ url, digest }) => {
    const [, folder, slug] = url.split('/');
    return { folder, slug, url, digest };
  });
}
