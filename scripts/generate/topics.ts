/**
 * What a briefing is about, one function per topic: its year, title, lead
 * paragraph, the data block it reports for its first subject, and the chart
 * an .mdx version places (only one the data can draw, or the check fails).
 */
import { metricsYaml, projectYaml, quarterValue, targetYaml } from './blocks.ts';
import { METRIC, YEARS, signed, num } from './metrics.ts';
import { targetText } from './plans.ts';
import type { Rng } from './random.ts';
import { fmt, QUARTERS } from './text.ts';
import type { Place, Ranking } from './types.ts';
import { ymap, type YamlMap } from './yaml.ts';

export interface TopicContext {
  places: Map<string, Place>;
  rankings: Map<string, Ranking>;
  seed: number;
}

export interface Story {
  year: number;
  /** Months the briefing may be dated in (1–12), in `year`. */
  months: [number, number];
  title: string;
  lead: string;
  data?: YamlMap;
  chart: string;
}

export type Topic = (r: Rng, p: Place, ctx: TopicContext) => Story | undefined;

const list = (slugs: string[]) => `{[${slugs.map((s) => JSON.stringify(s)).join(', ')}]}`;
export const mainMetric = (p: Place) => (p.kind === 'park' ? 'industrial_output' : 'gdp');
const indicatorChart = (p: Place) => `<IndicatorChart places=${list([p.slug])} metric="${mainMetric(p)}" />`;

/** An annual story's chart: a prefecture compares its counties; others show their series, some for recent years only. */
function annualChart(r: Rng, p: Place, ctx: TopicContext): string {
  const counties = p.children.filter((s) => ctx.places.get(s)!.kind === 'county');
  if (p.tier === 'prefecture' && counties.length >= 2 && r.chance(0.6)) return `<CompareChart region="${p.slug}" metric="gdp" />`;
  if (r.chance(0.3)) return `<IndicatorChart places=${list([p.slug])} metric="${mainMetric(p)}" periods=${list(YEARS.slice(-3).map(String))} />`;
  return indicatorChart(p);
}

const annual: Topic = (r, p, ctx) => {
  const year = r.pick(YEARS);
  const metrics = [...p.figures.keys()].filter((m) => p.figures.get(m)!.has(String(year)));
  const chosen = [mainMetric(p), ...r.sample(metrics.filter((m) => m !== mainMetric(p)), r.int(1, 2))].filter((m) => p.figures.has(m));
  if (chosen.length === 0) return undefined;
  const periods = new Map(chosen.map((m) => [m, r.chance(0.3) ? [String(year - 1), String(year)].filter((y) => p.figures.get(m)!.has(y)) : [String(year)]]));
  const said = chosen.map((m) => `${METRIC.get(m)!.name}${fmt(p.figures.get(m)!.get(String(year))!, METRIC.get(m)!.unit)}`);
  const main = METRIC.get(chosen[0])!;
  return {
    year: year + 1,
    months: [1, 4],
    title: `${p.name}${year}年${main.name}${r.pick(['达到', '实现', '为'])}${fmt(p.figures.get(chosen[0])!.get(String(year))!, main.unit)}`,
    lead: `${year}年，${p.name}${said.join('，')}。`,
    data: ymap([['metrics', metricsYaml(r, p, periods, ctx.seed)]]),
    chart: annualChart(r, p, ctx),
  };
};

const quarter: Topic = (r, p, ctx) => {
  if (p.kind === 'park' || !p.figures.has('gdp')) return undefined;
  const year = r.int(2020, 2024);
  const q = r.int(1, 3);
  const period = `${year}Q${q}`;
  const v = quarterValue(p, 'gdp', period, ctx.seed);
  return {
    year,
    months: [q * 3 + 1, q * 3 + 2],
    title: `${p.name}${year}年${QUARTERS[q]}地区生产总值${fmt(v, '亿元')}`,
    lead: `${year}年${QUARTERS[q]}，${p.name}实现地区生产总值${fmt(v, '亿元')}，经济运行稳中向好。`,
    data: ymap([['metrics', metricsYaml(r, p, new Map([['gdp', [period]]]), ctx.seed)]]),
    chart: indicatorChart(p),
  };
};

const ranking: Topic = (r, p, ctx) => {
  if (p.ranks.size === 0) return undefined;
  const slug = r.pick([...p.ranks.keys()]);
  const years = p.ranks.get(slug)!;
  const year = r.pick([...years.keys()]);
  const rank = years.get(year)!;
  const before = years.get(year - 1);
  const name = ctx.rankings.get(slug)!.name;
  const earlier = [...years.keys()].some((y) => y < year);
  const move = before === undefined ? (earlier ? '重回榜单' : '首次上榜') : before > rank ? `较上年上升${before - rank}位` : before < rank ? `较上年下降${rank - before}位` : '与上年持平';
  const yearsYaml: YamlMap = new Map();
  if (before !== undefined && r.chance(0.5)) yearsYaml.set(String(year - 1), before);
  yearsYaml.set(String(year), rank);
  return {
    year,
    months: [7, 12],
    title: `${p.name}位列${year}年${name}第${rank}位`,
    lead: `${year}年${name}发布，${p.name}位列第${rank}位，${move}。`,
    data: ymap([['rankings', new Map([[slug, yearsYaml]])]]),
    chart: `<RankChart places=${list([p.slug])} ranking="${slug}" />`,
  };
};

const rankChange: Topic = (r, p, ctx) => {
  if (p.rankChanges.size === 0) return undefined;
  const slug = r.pick([...p.rankChanges.keys()]);
  const [year, change] = r.pick([...p.rankChanges.get(slug)!]);
  const name = ctx.rankings.get(slug)!.name;
  const moved = change > 0 ? `上升了${change}个名次` : `下降了${-change}个名次`;
  return {
    year,
    months: [3, 6],
    title: `${p.name}在${name}中${moved}`,
    lead: `在${year}年${name}中，${p.name}${moved}。`,
    data: ymap([['rank_changes', new Map([[slug, new Map([[String(year), signed(change)]])]])]]),
    chart: p.ranks.has(slug) ? `<RankChart places=${list([p.slug])} ranking="${slug}" />` : indicatorChart(p),
  };
};

const projects: Topic = (r, p) => {
  if (p.projects.length === 0) return undefined;
  const year = p.projects[0].year!;
  const priced = p.projects.filter((x) => x.investment !== undefined);
  const said = p.projects.map((x) => `${x.name}${x.investment === undefined ? '' : `（投资${typeof x.investment === 'number' ? `${num(x.investment)}亿元` : x.investment}）`}`);
  const status = p.projects[0].status ?? '推进';
  return {
    year,
    months: [2, 11],
    title: `${p.name}${p.projects.length}个重点项目集中${status === '签约' ? '签约' : status === '谋划' ? '谋划' : '推进'}`,
    lead: `${year}年，${p.name}${r.pick(['重点项目建设提速', '项目建设跑出加速度', '招商引资成效明显'])}：${said.join('、')}。`,
    data: ymap([['projects', p.projects.map(projectYaml)]]),
    chart: priced.length > 0 ? `<ProjectsChart places=${list([p.slug])} by="${r.pick(['status', 'industry'])}" />` : indicatorChart(p),
  };
};

const targets: Topic = (r, p, ctx) => {
  if (p.targets.length === 0) return undefined;
  const rankingName = (s: string) => ctx.rankings.get(s)!.name;
  const t = p.targets[0];
  const charted = p.targets.find((x) => x.chartable && (x.metric || x.rank));
  const chart = !charted ? indicatorChart(p) : charted.metric ? `<TargetChart place="${p.slug}" metric="${charted.metric}" />` : `<TargetChart place="${p.slug}" ranking="${charted.ranking}" />`;
  return {
    year: r.int(2021, 2024),
    months: [1, 12],
    title: `${p.name}提出${t.year ? `到${t.year}年` : ''}${targetText(t, rankingName)}`,
    lead: `${p.name}提出，${p.targets.map((x) => `${x.year ? `到${x.year}年` : ''}${targetText(x, rankingName)}`).join('；')}。`,
    data: ymap([['targets', p.targets.map(targetYaml)]]),
    chart,
  };
};

const industry: Topic = (r, p) => {
  if (p.industries.length === 0) return undefined;
  return {
    year: r.int(2020, 2024),
    months: [1, 12],
    title: `${p.name}${r.pick(['做大做强', '加快培育', '全力打造'])}特色产业集群`,
    lead: `${p.name}${r.pick(['坚持工业强县', '坚持产业立市', '坚持园区兴业'])}，推动主导产业集群化发展。`,
    chart: indicatorChart(p),
  };
};

export const TOPICS: [Topic, number][] = [
  [annual, 0.3],
  [quarter, 0.1],
  [ranking, 0.15],
  [rankChange, 0.05],
  [projects, 0.15],
  [targets, 0.1],
  [industry, 0.15],
];

/** A story for the place: a topic by weight, falling back to ones its data supports. */
export function storyFor(r: Rng, p: Place, ctx: TopicContext): Story {
  let x = r.next();
  let first = TOPICS.length - 1;
  for (let i = 0; i < TOPICS.length; i++) if ((x -= TOPICS[i][1]) < 0) { first = i; break; }
  for (let k = 0; k < TOPICS.length; k++) {
    const s = TOPICS[(first + k) % TOPICS.length][0](r, p, ctx);
    if (s) return s;
  }
  return annual(r, p, ctx)!;
}
