/**
 * Every chart of the site, keyed by page URL, computed once per model:
 * pages read their charts here, and /data/charts/<id>.csv lists them all.
 */
import { placeCharts, industryCharts, rankingCharts } from './charts.ts';
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
  // Briefing charts were built once when checked (checkBriefingCharts).
  for (const b of model.briefings) all.set(b.url, b.charts.flatMap((c) => (c.figure ? [c.figure] : [])));
  cache.set(model, all);
  return all;
}

export function chartsFor(model: SiteModel, url: string): ChartFigure[] {
  return siteCharts(model).get(url) ?? [];
}
