/**
 * Every chart of the site, keyed by page URL, computed once per model:
 * pages read their charts here, and /data/<folder>/<slug>.csv holds each page's together.
 */
import { placeCharts, industryCharts, rankingCharts } from './charts.ts';
import type { ChartFigure } from '../charts/index.ts';
import type { SiteModel } from './types.ts';

// On globalThis: the build script and Astro's bundle each load their own copy of this module,
// and the build script lets go of the charts once Astro has written the pages (forgetCharts).
const KEY = Symbol.for('county-site.site-charts');
const g = globalThis as unknown as Record<symbol, WeakMap<SiteModel, Map<string, ChartFigure[]>> | undefined>;
const cache = (g[KEY] ??= new WeakMap());

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

/**
 * Drops the model's charts (a quarter of a GB at national scale): after Astro has written the
 * pages and their data, the steps that follow (the Traditional edition, the link check) read
 * the built files, not the charts.
 */
export function forgetCharts(model: SiteModel): void {
  cache.delete(model);
}

export function chartsFor(model: SiteModel, url: string): ChartFigure[] {
  return siteCharts(model).get(url) ?? [];
}
