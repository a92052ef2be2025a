/**
 * The chart an MDX chart component stands for, as a spec: made from the model when the briefing
 * is checked (checkBriefingCharts in mdx-charts.ts), under an id made of the briefing, the
 * component and its props, so the page finds it again for the same tag. It is drawn when the
 * page renders.
 */
import { mainMetricOf } from './main-metric.ts';
import { comparisonSpec } from './charts.ts';
import type { ChartSpec } from '../charts/index.ts';
import type { Place, SiteModel } from './types.ts';

export interface MdxProblem {
  field: string;
  message: string;
  hint?: string;
}

/** A prop that may be one value or a list, as a list. */
export const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** FNV-1a of the canonical props: the same chart gets the same id in validation and rendering. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

function canonical(props: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(props).sort().map((k) => [k, props[k]]));
}

export function mdxChartId(briefing: string, component: string, props: Record<string, unknown>): string {
  return `briefings-${briefing}-${component.toLowerCase()}-${hash(canonical(props))}`;
}

/** The chart's spec; a problem when the data cannot draw it (never an empty chart). */
export function mdxChartSpec(model: SiteModel, briefing: string, use: { component: string; props: Record<string, unknown> }): ChartSpec | MdxProblem {
  const id = mdxChartId(briefing, use.component, use.props);
  const p = use.props;
  const places = asList(p.places ?? p.place).map((s) => model.places.get(String(s))!) as Place[];
  const title = typeof p.title === 'string' ? p.title : undefined;
  const empty = (what: string): MdxProblem => ({ field: `<${use.component}>`, message: `没有可画的数据：${what} the chart would be empty`, hint: '先在简报的 data 或地点文件中写上这些数据，或换一组地点/指标' });
  switch (use.component) {
    case 'RankChart': {
      const ranking = typeof p.ranking === 'string' ? p.ranking : undefined;
      const series = places.flatMap((pl) =>
        [...pl.ranks.entries()]
          .filter(([slug]) => !ranking || slug === ranking)
          .map(([slug, entries]) => ({ place: pl.name, ranking: model.rankings.get(slug)!.name, points: entries.map((e) => ({ period: String(e.year), rank: e.rank })) })),
      );
      if (series.length === 0) return empty(`${places.map((x) => x.name).join('、')} 没有${ranking ? `“${model.rankings.get(ranking)!.name}”的` : ''}位次`);
      const t = places.length === 1 && ranking ? places[0].targets.find((x) => x.ranking === ranking && x.rank) : undefined;
      return { kind: 'rank-trajectory', id, input: { series, title, target: t ? { rank: t.rank!, deadline: t.year ? String(t.year) : undefined } : undefined } };
    }
    case 'IndicatorChart': {
      const metric = String(p.metric);
      const def = model.metrics.get(metric)!;
      const periods = p.periods === undefined ? undefined : asList(p.periods).map(String);
      const series = places
        .map((pl) => ({ place: pl.name, points: (pl.figures.get(metric) ?? []).filter((o) => !periods || periods.includes(o.period)).map((o) => ({ period: o.period, value: o.value, stated: o.stated })) }))
        .filter((s) => s.points.length > 0);
      if (series.length === 0) return empty(`${places.map((x) => x.name).join('、')} 没有“${def.name}”${periods ? `（${periods.join('、')}）` : ''}的数据`);
      return { kind: 'indicator-time', id, input: { indicator: def.name, unit: def.unit, series, periods, title } };
    }
    case 'CompareChart': {
      let slugs: string[];
      let group: string;
      if (p.region !== undefined) {
        const r = model.regions.find((x) => x.slug === p.region)!;
        slugs = r.members.filter((s) => model.places.get(s)!.kind === 'county');
        if (slugs.length < 2) slugs = r.members;
        group = r.name;
      } else if (p.industry !== undefined) {
        const ind = model.industries.get(String(p.industry))!;
        slugs = ind.places.map((x) => x.slug);
        group = ind.name;
      } else {
        slugs = asList(p.places).map(String);
        group = '';
      }
      const metric = typeof p.metric === 'string' ? p.metric : mainMetricOf(model, slugs);
      const spec = metric ? comparisonSpec(model, slugs, group, id, metric) : undefined;
      if (spec?.kind !== 'comparison') return empty(`少于两个地点有${metric ? `“${model.metrics.get(metric)!.name}”` : '共同指标'}的数据`);
      return title ? { ...spec, input: { ...spec.input, title } } : spec;
    }
    case 'TargetChart': {
      const pl = places[0];
      const t = pl.targets.find((x) => x.actual && ((p.metric && x.metric === p.metric) || (p.ranking && x.ranking === p.ranking && x.rank) || (!p.metric && !p.ranking && (x.value !== undefined || x.rank !== undefined))));
      if (!t) return empty(`${pl.name} 没有带最新实际值的${p.metric ? `“${model.metrics.get(String(p.metric))!.name}”` : ''}目标`);
      if (t.metric) {
        const def = model.metrics.get(t.metric)!;
        return { kind: 'target-progress', id, input: { type: 'value', place: pl.name, indicator: def.name, unit: def.unit, target: t.value!, targetStated: t.stated, deadline: t.year ? String(t.year) : undefined, actual: { period: t.actual!.period, value: t.actual!.value, stated: t.actual!.stated }, title: title ?? `${pl.name}：${t.label}` } };
      }
      return { kind: 'target-progress', id, input: { type: 'rank', place: pl.name, ranking: model.rankings.get(t.ranking!)!.name, target: t.rank!, deadline: t.year ? String(t.year) : undefined, actual: { period: t.actual!.period, rank: t.actual!.value }, title: title ?? `${pl.name}：${t.label}` } };
    }
    case 'ProjectsChart': {
      const projects = places.flatMap((pl) => pl.projects).filter((x) => x.investment !== undefined);
      if (projects.length === 0) return empty(`${places.map((x) => x.name).join('、')} 没有写明投资额的项目`);
      return {
        kind: 'projects',
        id,
        input: {
          owner: places.map((x) => x.name).join('、'),
          groupBy: p.by === 'industry' ? 'industry' : 'status',
          title,
          projects: projects.map((x) => ({ name: x.name, investment: x.investment!, investmentStated: x.investmentStated, unit: '亿元', status: x.status, industry: x.industries[0] ? model.industries.get(x.industries[0])!.name : undefined })),
        },
      };
    }
  }
  return { field: `<${use.component}>`, message: 'unknown component' };
}

export function isSpec(x: ChartSpec | MdxProblem): x is ChartSpec {
  return 'input' in x;
}
