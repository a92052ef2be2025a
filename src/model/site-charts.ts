/**
 * A page's charts, by page URL, as specs (kind, id and input: plain data, cheap to build) and,
 * when a page or its data download renders, drawn. Nothing is kept: the site's drawn charts
 * are a quarter of a GB at national scale. Cache keys digest specs, so keying every page of a
 * build draws no chart; a cold build draws each chart twice (its page, its data download), a
 * rebuild only those of the pages it renders.
 */
import { createHash } from 'node:crypto';
import { placeChartSpecs, industryChartSpecs, rankingChartSpecs } from './charts.ts';
import { drawChart, type ChartFigure, type ChartSpec } from '../charts/index.ts';
import type { SiteModel } from './types.ts';

/** The chart specs of the page at `url` (a place, industry, ranking or briefing page). */
export function chartSpecsFor(model: SiteModel, url: string): ChartSpec[] {
  const [, folder, slug] = url.split('/');
  if (folder === 'industries') {
    const ind = model.industries.get(slug);
    return ind ? industryChartSpecs(model, ind) : [];
  }
  if (folder === 'rankings') {
    const r = model.rankings.get(slug);
    return r ? rankingChartSpecs(model, r) : [];
  }
  if (folder === 'briefings') {
    // A briefing's charts were made from its MDX tags when the briefing was checked (checkBriefingCharts).
    const b = model.briefingBySlug.get(slug);
    return b ? b.charts.flatMap((c) => (c.spec ? [c.spec] : [])) : [];
  }
  const p = model.places.get(slug);
  return p && p.folder === folder ? placeChartSpecs(model, p) : [];
}

/** The charts of the page at `url`, drawn now. */
export function chartsFor(model: SiteModel, url: string): ChartFigure[] {
  return chartSpecsFor(model, url).map(drawChart);
}

/** A digest of specs: what their drawing, and so the page's data download, is made from. */
export const specDigest = (specs: readonly ChartSpec[]) => createHash('sha256').update(JSON.stringify(specs)).digest('base64url').slice(0, 22);

/** Every page URL that can have charts, in a stable order. */
function chartPageUrls(model: SiteModel): string[] {
  return [
    ...[...model.places.values()].map((p) => p.url),
    ...[...model.industries.values()].map((i) => i.url),
    ...[...model.rankings.values()].map((r) => r.url),
    ...model.briefings.map((b) => b.url),
  ];
}

/** The pages with charts and the digest of their charts' specs. */
export function chartDataPages(model: SiteModel): { url: string; digest: string }[] {
  const out: { url: string; digest: string }[] = [];
  for (const url of chartPageUrls(model)) {
    const specs = chartSpecsFor(model, url);
    if (specs.length > 0) out.push({ url, digest: specDigest(specs) });
  }
  return out;
}
