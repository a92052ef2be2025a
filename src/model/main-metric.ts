/**
 * The main indicators, in reading order, and the indicator a group of places is compared by:
 * shared by the charts (src/model/charts.ts, mdx-chart-figures.ts) and the views' tables.
 */
import { latestAnnual } from './periods.ts';
import type { SiteModel } from './types.ts';

export const MAIN_METRICS = ['gdp', 'industrial_output', 'main_business_revenue', 'tax_revenue'];

/** A metric's place in the reading order: the main indicators first, in their order. */
export function rankMetric(key: string): number {
  const i = MAIN_METRICS.indexOf(key);
  return i < 0 ? MAIN_METRICS.length : i;
}

/**
 * The indicator most of these places report, preferring GDP and output; none unless at least
 * two report it (one place's figure does not make a comparison or a sort order).
 */
export function mainMetricOf(model: SiteModel, slugs: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of slugs) for (const [k, list] of model.places.get(s)!.figures) if (latestAnnual(list)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || rankMetric(a[0]) - rankMetric(b[0]) || a[0].localeCompare(b[0]));
  return best && best[1] >= 2 ? best[0] : undefined;
}
