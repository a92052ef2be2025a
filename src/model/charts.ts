/**
 * Which charts each page shows, as specs (a chart's kind, id and input; site-charts.ts): a page
 * gets only the charts its data supports (never an empty one). The chart layer (src/charts)
 * draws each spec into SVG, summary, table and CSV when a page renders.
 */
import { hasMapShapes, type ChartSpec, type RankSeries } from '../charts/index.ts';
import { mainMetricOf, rankMetric } from './main-metric.ts';
import { isQuarter, latestAnnual } from './periods.ts';
import type { Industry, Place, Project, Ranking, Region, SiteModel, Target } from './types.ts';

/**
 * Chart ids are unique on their page (a page's charts come from one call of chartsFor; its data
 * download is one file named by the page): short, as each is written five times per figure.
 */
function chartId(...parts: (string | number)[]): string {
  return parts.join('-').replace(/[^A-Za-z0-9_-]/g, '_');
}

/**
 * A place page draws at most this many rankings in its trajectory chart: more lines than that
 * cannot be told apart, and the rank tables below list every ranking.
 */
export const RANK_LINE_LIMIT = 4;

/**
 * The rankings a place page draws: those the place's targets name, then those listing it in more
 * years, then the larger movement; and how many more it is listed in.
 */
export function chartedRankings(place: Place): { drawn: string[]; more: number } {
  const targeted = new Set(place.targets.map((t) => t.ranking).filter(Boolean));
  const moved = (slug: string) => {
    const list = place.ranks.get(slug)!;
    return Math.abs(list[list.length - 1].rank - list[0].rank);
  };
  const ordered = [...place.ranks.keys()].sort((a, b) => Number(targeted.has(b)) - Number(targeted.has(a)) || place.ranks.get(b)!.length - place.ranks.get(a)!.length || moved(b) - moved(a) || a.localeCompare(b));
  return { drawn: ordered.slice(0, RANK_LINE_LIMIT).sort((a, b) => a.localeCompare(b)), more: Math.max(0, ordered.length - RANK_LINE_LIMIT) };
}

function rankSeries(model: SiteModel, place: Place): (RankSeries & { slug: string })[] {
  return chartedRankings(place).drawn.map((slug) => ({ slug, place: place.name, ranking: model.rankings.get(slug)!.name, points: place.ranks.get(slug)!.map((e) => ({ period: String(e.year), rank: e.rank })) }));
}

/** A place page draws at most this many target progress charts; the targets table lists them all. */
export const TARGET_CHART_LIMIT = 2;

/** Indexes (into place.targets) of the targets a page draws, nearest deadline first, and how many more could be drawn. */
export function chartedTargets(place: Place): { drawn: number[]; more: number } {
  const drawable = place.targets.map((t, i) => ({ t, i })).filter(({ t }) => t.actual && ((t.metric && t.value !== undefined) || (t.ranking && t.rank !== undefined)));
  const ordered = drawable.sort((a, b) => (a.t.year ?? 9999) - (b.t.year ?? 9999) || a.i - b.i).map(({ i }) => i);
  return { drawn: ordered.slice(0, TARGET_CHART_LIMIT).sort((a, b) => a - b), more: Math.max(0, ordered.length - TARGET_CHART_LIMIT) };
}

function targetSpec(model: SiteModel, t: Target, id: string): ChartSpec | undefined {
  const place = model.places.get(t.place)!;
  if (!t.actual) return undefined;
  if (t.metric && t.value !== undefined) {
    const def = model.metrics.get(t.metric)!;
    return { kind: 'target-progress', id, input: { type: 'value', place: place.name, indicator: def.name, unit: def.unit, target: t.value, targetStated: t.stated, deadline: t.year ? String(t.year) : undefined, actual: { period: t.actual.period, value: t.actual.value, stated: t.actual.stated }, title: `${place.name}：${t.label}` } };
  }
  if (t.ranking && t.rank !== undefined) {
    return { kind: 'target-progress', id, input: { type: 'rank', place: place.name, ranking: model.rankings.get(t.ranking)!.name, target: t.rank, deadline: t.year ? String(t.year) : undefined, actual: { period: t.actual.period, rank: t.actual.value }, title: `${place.name}：${t.label}` } };
  }
  return undefined;
}

function projectsSpec(model: SiteModel, owner: string, projects: Project[], id: string, groupBy: 'status' | 'industry'): ChartSpec | undefined {
  const withMoney = projects.filter((p) => p.investment !== undefined);
  if (withMoney.length === 0) return undefined;
  return {
    kind: 'projects',
    id,
    input: {
      owner,
      groupBy,
      projects: withMoney.map((p) => ({
        name: p.name,
        investment: p.investment!,
        investmentStated: p.investmentStated,
        unit: '亿元',
        status: p.status,
        industry: p.industries[0] ? model.industries.get(p.industries[0])!.name : undefined,
      })),
    },
  };
}

/** Places compared by the indicator most of them report; needs two with values. */
export function comparisonSpec(model: SiteModel, slugs: readonly string[], group: string, id: string, metric = mainMetricOf(model, slugs)): ChartSpec | undefined {
  if (!metric) return undefined;
  const def = model.metrics.get(metric)!;
  const items = slugs
    .map((s) => model.places.get(s)!)
    .map((p) => ({ p, o: latestAnnual(p.figures.get(metric)) }))
    .filter((x) => x.o)
    .map(({ p, o }) => ({ label: p.name, value: o!.value, period: o!.period, stated: o!.stated }));
  if (items.length < 2) return undefined;
  return { kind: 'comparison', id, input: { indicator: def.name, unit: def.unit, group, items } };
}

/**
 * A place page draws at most this many indicators over time, in the figures table's order (main ones first);
 * the figures table lists every indicator. Ten charts made a county page 80 KB.
 */
export const INDICATOR_CHART_LIMIT = 4;

/** The indicators a place page draws, and how many more it has series for. */
export function chartedIndicators(place: Place): { drawn: string[]; more: number } {
  const withSeries = [...place.figures.entries()].filter(([, list]) => list.filter((o) => !isQuarter(o.period)).length >= 2 || list.filter((o) => isQuarter(o.period)).length >= 2).map(([k]) => k);
  const ordered = withSeries.sort((a, b) => rankMetric(a) - rankMetric(b) || a.localeCompare(b));
  return { drawn: ordered.slice(0, INDICATOR_CHART_LIMIT), more: Math.max(0, ordered.length - INDICATOR_CHART_LIMIT) };
}

export function placeChartSpecs(model: SiteModel, place: Place): ChartSpec[] {
  const out: (ChartSpec | undefined)[] = [];
  const series = rankSeries(model, place);
  if (series.length > 0) {
    const target = series.length === 1 ? place.targets.find((t) => t.ranking === series[0].slug && t.rank) : undefined;
    out.push({ kind: 'rank-trajectory', id: chartId('fig', 'ranks'), input: { series, target: target ? { rank: target.rank!, deadline: target.year ? String(target.year) : undefined } : undefined } });
  }
  for (const metric of chartedIndicators(place).drawn) {
    const list = place.figures.get(metric)!;
    const def = model.metrics.get(metric)!;
    // Years and quarters are drawn apart: a quarter is not comparable with a year.
    for (const [kind, points] of [['annual', list.filter((o) => !isQuarter(o.period))], ['quarterly', list.filter((o) => isQuarter(o.period))]] as const) {
      if (points.length < 2) continue;
      out.push({
        kind: 'indicator-time',
        id: chartId('fig', 'metric', metric, ...(kind === 'quarterly' ? ['q'] : [])),
        input: { indicator: def.name, unit: def.unit, series: [{ place: place.name, points: points.map((o) => ({ period: o.period, value: o.value, stated: o.stated })) }], title: kind === 'quarterly' ? `${place.name}${def.name}（季度）` : undefined },
      });
    }
  }
  for (const i of chartedTargets(place).drawn) out.push(targetSpec(model, place.targets[i], chartId('fig', 'target', i + 1)));
  out.push(projectsSpec(model, place.name, place.projects, chartId('fig', 'projects'), 'status'));
  if (place.kind === 'region') {
    const region = place as Region;
    const counties = region.members.filter((s) => model.places.get(s)!.kind === 'county');
    const parks = region.members.filter((s) => model.places.get(s)!.kind === 'park');
    out.push(comparisonSpec(model, counties, region.name, chartId('fig', 'compare-counties')));
    out.push(comparisonSpec(model, parks, region.name, chartId('fig', 'compare-parks')));
    const features = model.boundaries.get(region.slug);
    if (features) {
      const metric = mainMetricOf(model, counties);
      if (metric) {
        const def = model.metrics.get(metric)!;
        const members = counties
          .map((s) => model.places.get(s)!)
          .filter((p) => p.adcode)
          .map((p) => {
            const o = latestAnnual(p.figures.get(metric));
            return { adcode: p.adcode!, name: p.name, value: o?.value ?? null, period: o?.period, stated: o?.stated };
          });
        if (hasMapShapes({ features, members })) out.push({ kind: 'region-map', id: chartId('fig', 'map'), input: { region: region.name, indicator: def.name, unit: def.unit, features, members } });
      }
    }
  }
  return out.filter((c): c is ChartSpec => Boolean(c));
}

export function industryChartSpecs(model: SiteModel, ind: Industry): ChartSpec[] {
  const slugs = ind.places.map((p) => p.slug);
  const out = [
    comparisonSpec(model, slugs.filter((s) => model.places.get(s)!.kind === 'county'), ind.name, chartId('fig', 'compare-counties')),
    comparisonSpec(model, slugs.filter((s) => model.places.get(s)!.kind === 'park'), ind.name, chartId('fig', 'compare-parks')),
    projectsSpec(model, ind.name, ind.projects, chartId('fig', 'projects'), 'status'),
  ];
  return out.filter((c): c is ChartSpec => Boolean(c));
}

/** The trajectories of the places that moved most, else of every listed place (at most eight). */
export function rankingChartSpecs(model: SiteModel, r: Ranking): ChartSpec[] {
  const movers = r.movers.slice(0, 5).map((m) => m.place);
  const listed = [...new Set(r.years.flatMap((y) => y.entries.map((e) => e.place)))];
  const slugs = movers.length > 0 ? movers : listed.slice(0, 8);
  if (slugs.length === 0) return [];
  const series = slugs.map((s) => {
    const p = model.places.get(s)!;
    return { place: p.name, ranking: r.name, points: (p.ranks.get(r.slug) ?? []).map((e) => ({ period: String(e.year), rank: e.rank })) };
  });
  const periods = [...r.years.map((y) => String(y.year))].reverse();
  return [{ kind: 'rank-trajectory', id: chartId('fig', 'trajectories'), input: { series, periods, title: movers.length > 0 ? `${r.name}：位次变化最大的地点` : `${r.name}：上榜地点的位次` } }];
}

