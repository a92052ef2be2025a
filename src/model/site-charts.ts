/**
 * A page's charts, by page URL, drawn when asked for and not kept: the site's charts are a
 * quarter of a GB at national scale. Every build draws each page's charts for its cache key
 * (its view holds them), and again for each page and data file it renders. What is kept per
 * page is small: the digest of its charts' data, the cache key of /data/<folder>/<slug>.csv,
 * which holds the page's charts together.
 */
import { createHash } from 'node:crypto';
import { placeCharts, industryCharts, rankingCharts } from './charts.ts';
import type { ChartFigure } from '../charts/index.ts';
import type { SiteModel } from './types.ts';

// On globalThis: Vite may bundle this module into more than one chunk, and all copies must share it.
const KEY = Symbol.for('county-site.chart-data-digests');
const g = globalThis as unknown as Record<symbol, WeakMap<SiteModel, Map<string, string | null>> | undefined>;
const digests = (g[KEY] ??= new WeakMap());

/** The charts of the page at `url` (a place, industry, ranking or briefing page), drawn now. */
export function chartsFor(model: SiteModel, url: string): ChartFigure[] {
  const [, folder, slug] = url.split('/');
  let figures: ChartFigure[] = [];
  if (folder === 'industries') {
    const ind = model.industries.get(slug);
    if (ind) figures = industryCharts(model, ind);
  } else if (folder === 'rankings') {
    const r = model.rankings.get(slug);
    if (r) figures = rankingCharts(model, r);
  } else if (folder === 'briefings') {
    // Briefing charts were drawn once, when checked (checkBriefingCharts).
    const b = model.briefingBySlug.get(slug);
    if (b) figures = b.charts.flatMap((c) => (c.figure ? [c.figure] : []));
  } else {
    const p = model.places.get(slug);
    if (p && p.folder === folder) figures = placeCharts(model, p);
  }
  let known = digests.get(model);
  if (!known) digests.set(model, (known = new Map()));
  known.set(url, figures.length > 0 ? dataDigest(figures) : null);
  return figures;
}

/** What the page's data download holds: each chart's title and rows. */
const dataDigest = (figures: ChartFigure[]) =>
  createHash('sha256').update(JSON.stringify(figures.map((f) => [f.title, f.data]))).digest('base64url').slice(0, 22);

/** Every page URL that can have charts, in a stable order. */
function chartPageUrls(model: SiteModel): string[] {
  return [
    ...[...model.places.values()].map((p) => p.url),
    ...[...model.industries.values()].map((i) => i.url),
    ...[...model.rankings.values()].map((r) => r.url),
    ...model.briefings.map((b) => b.url),
  ];
}

/**
 * The pages with charts and the digest of their data: read from the pages' own drawing when
 * they were keyed first, drawn (and let go) otherwise.
 */
export function chartDataPages(model: SiteModel): { url: string; digest: string }[] {
  const out: { url: string; digest: string }[] = [];
  for (const url of chartPageUrls(model)) {
    if (!digests.get(model)?.has(url)) chartsFor(model, url);
    const digest = digests.get(model)!.get(url);
    if (digest) out.push({ url, digest });
  }
  return out;
}
