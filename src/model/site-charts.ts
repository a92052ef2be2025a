/**
 * Every chart of the site, keyed by page URL, computed once per model:
 * pages read their charts here, and /data/charts/<id>.csv lists them all.
 */
import { placeCharts, industryCharts, rankingCharts } from './charts.ts';
import { isFigure, mdxChartFigure } from './mdx-charts.ts';
import type { ChartFigure } from '../charts/index.ts';
import type { SiteModel } from './types.ts';

const cache = new WeakMap<SiteModel, Map<string, ChartFigure[]>>();

export function siteCharts(model: SiteModel): Map<string, ChartFigure[]> {
  let all = cache.get(model);
  if (all) return all;
  all = new Map();
  for (const p of model.places.values()) all.set(p.url, placeCharts(model, p));
  for (const i of model.industries.values()) all.set(i.url, industryCharts(model, i));
  for (const r of model.rankings.values()) all.set(r.url, rankingCharts(model, r));
  for (const b of model.briefings) {
    // One figure per distinct chart: the same props give the same id.
    const figures = new Map<string, ChartFigure>();
    for (const use of b.charts) {
      const fig = mdxChartFigure(model, b.slug, use);
      if (isFigure(fig)) figures.set(fig.id, fig);
    }
    all.set(b.url, [...figures.values()]);
  }
  cache.set(model, all);
  return all;
}

export function chartsFor(model: SiteModel, url: string): ChartFigure[] {
  return siteCharts(model).get(url) ?? [];
}
