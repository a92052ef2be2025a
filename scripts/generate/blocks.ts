/** Data blocks as YAML, for place files and for briefings' `data` (CONTENT-FORMAT "Data blocks"). */
import { rngFor, type Rng } from './random.ts';
import { signed, written, METRIC, round, LATEST } from './metrics.ts';
import type { Place, Project, Target } from './types.ts';
import { ymap, type YamlMap, type YamlValue } from './yaml.ts';

export function targetYaml(t: Target): YamlMap {
  return ymap([
    ['metric', t.metric],
    ['value', t.value],
    ['ranking', t.ranking],
    ['rank', t.rank],
    ['advance', t.advance],
    ['year', t.year],
    ['industry', t.industry],
    ['label', t.label],
  ]);
}

export function projectYaml(p: Project): YamlMap {
  return ymap([
    ['name', p.name],
    ['investment', p.investment],
    ['status', p.status],
    ['year', p.year],
    ['industries', p.industries],
    ['note', p.note],
  ]);
}

/** Chosen periods of chosen metrics, each value written in one of its forms. */
export function metricsYaml(r: Rng, place: Place, periods: Map<string, string[]>, seed: number): YamlMap {
  const out: YamlMap = new Map();
  for (const [metric, list] of periods) {
    const series = place.figures.get(metric);
    const m: YamlMap = new Map();
    for (const period of list) {
      const v = series?.get(period) ?? quarterValue(place, metric, period, seed);
      m.set(period, written(r, metric, v));
    }
    if (m.size > 0) out.set(metric, m);
  }
  return out;
}

/**
 * A cumulative quarterly figure (2023Q3: January to September), the same whichever briefing
 * states it. Only for level metrics in 亿元.
 */
export function quarterValue(place: Place, metric: string, period: string, seed: number): number {
  const year = period.slice(0, 4);
  const q = Number(period.slice(5));
  const series = place.figures.get(metric)!;
  const annual = series.get(year) ?? series.get(String(LATEST))! * 1.05;
  const r = rngFor(seed, 'quarter', place.slug, metric, period);
  return round((annual * q) / 4 * r.between(0.96, 1.04), METRIC.get(metric)!.decimals);
}

function yearsYaml(r: Rng, years: Map<number, number>, note: string): YamlMap {
  const m: YamlMap = new Map();
  for (const [year, rank] of [...years].sort((a, b) => a[0] - b[0])) m.set(String(year), r.chance(0.03) ? ymap([['value', rank], ['note', note]]) : rank);
  return m;
}

/** A place file's own figures: all five years, ranks, stated changes, targets and projects. */
export function placeBlocks(place: Place, seed: number): [string, YamlValue | undefined][] {
  const r = rngFor(seed, 'written', place.slug);
  const all = new Map([...place.figures].map(([metric, series]) => [metric, [...series.keys()]]));
  const ranks: YamlMap = new Map();
  for (const [ranking, years] of place.ranks) ranks.set(ranking, yearsYaml(r, years, '榜单年份按发布年份计'));
  const changes: YamlMap = new Map();
  for (const [ranking, years] of place.rankChanges) {
    changes.set(ranking, new Map([...years].sort((a, b) => a[0] - b[0]).map(([y, c]) => [String(y), signed(c)])));
  }
  return [
    ['metrics', metricsYaml(r, place, all, seed)],
    ['rankings', ranks],
    ['rank_changes', changes],
    ['targets', place.targets.map(targetYaml)],
    ['projects', place.projects.filter((p) => p.inFile).map(projectYaml)],
  ];
}
