/**
 * Metrics (metrics.yaml) and five years of figures per place. Every figure is
 * one canonical number per place, metric and period, drawn from a generator
 * keyed by them, so a briefing restating a figure gives the same value as the
 * place file (no conflict), however it writes it (740.1, "约740.1亿元").
 */
import { rngFor, type Rng } from './random.ts';
import type { Place } from './types.ts';
import { Raw, ymap, type YamlValue } from './yaml.ts';

export interface MetricDef {
  key: string;
  name: string;
  unit: string;
  description?: string;
  /** Decimal places of canonical values. */
  decimals: number;
}

export const METRICS: MetricDef[] = [
  { key: 'gdp', name: '地区生产总值', unit: '亿元', decimals: 1 },
  { key: 'gdp_growth', name: '地区生产总值增速', unit: '%', description: '按不变价格计算的同比增长率', decimals: 1 },
  { key: 'industrial_output', name: '规模以上工业总产值', unit: '亿元', decimals: 1 },
  { key: 'general_budget_revenue', name: '一般公共预算收入', unit: '亿元', decimals: 2 },
  { key: 'retail_sales', name: '社会消费品零售总额', unit: '亿元', decimals: 1 },
  { key: 'resident_population', name: '常住人口', unit: '万人', decimals: 1 },
  { key: 'per_capita_disposable_income', name: '居民人均可支配收入', unit: '元', decimals: 0 },
  { key: 'rd_spending', name: '研发经费投入', unit: '万元', decimals: 0 },
  { key: 'above_scale_enterprises', name: '规模以上工业企业', unit: '家', decimals: 0 },
  { key: 'grain_output', name: '粮食总产量', unit: '万吨', decimals: 1 },
  { key: 'projects_started', name: '新开工项目', unit: '个', decimals: 0 },
  { key: 'tax_revenue', name: '税收收入', unit: '亿元', decimals: 2 },
  { key: 'enterprises', name: '入驻企业', unit: '户', decimals: 0 },
  { key: 'high_tech_enterprises', name: '高新技术企业', unit: '家', decimals: 0 },
  { key: 'developed_land', name: '已开发面积', unit: '亩', description: '园区已开发建设的土地面积', decimals: 0 },
  { key: 'fixed_asset_investment_growth', name: '固定资产投资增速', unit: '%', description: '同比增长率', decimals: 1 },
];
export const METRIC = new Map(METRICS.map((m) => [m.key, m]));

export const YEARS = [2019, 2020, 2021, 2022, 2023];
export const LATEST = YEARS[YEARS.length - 1];

/** A metric as a ratio of size (levels), or a rate around a mean (percentages). */
interface Rule {
  metric: string;
  /** Chance a place has it at all; 1 = always. */
  p: number;
  level?: (r: Rng, size: number) => number;
  rate?: [mean: number, sd: number];
  /** Mean yearly growth of a level. */
  growth?: number;
}

const COUNTY_RULES: Rule[] = [
  { metric: 'gdp', p: 1, level: (_, s) => s, growth: 0.06 },
  { metric: 'gdp_growth', p: 1, rate: [5.5, 2] },
  { metric: 'industrial_output', p: 1, level: (r, s) => s * r.between(0.5, 1.8), growth: 0.07 },
  { metric: 'general_budget_revenue', p: 1, level: (r, s) => s * r.between(0.04, 0.09), growth: 0.05 },
  { metric: 'retail_sales', p: 0.8, level: (r, s) => s * r.between(0.3, 0.5), growth: 0.05 },
  { metric: 'resident_population', p: 1, level: (r, s) => s / r.between(5, 12), growth: -0.003 },
  { metric: 'per_capita_disposable_income', p: 0.3, level: (r) => r.between(20000, 55000), growth: 0.06 },
  { metric: 'rd_spending', p: 0.2, level: (r, s) => s * r.between(80, 250), growth: 0.1 },
  { metric: 'above_scale_enterprises', p: 0.3, level: (r, s) => s * r.between(0.3, 0.8), growth: 0.04 },
  { metric: 'grain_output', p: 0.2, level: (r) => r.between(5, 80), growth: 0.01 },
  { metric: 'fixed_asset_investment_growth', p: 0.2, rate: [6, 5] },
];
const PARK_RULES: Rule[] = [
  { metric: 'industrial_output', p: 1, level: (_, s) => s, growth: 0.08 },
  { metric: 'tax_revenue', p: 1, level: (r, s) => s * r.between(0.03, 0.07), growth: 0.06 },
  { metric: 'enterprises', p: 1, level: (r, s) => 20 + s * r.between(0.5, 1.5), growth: 0.05 },
  { metric: 'developed_land', p: 0.6, level: (r, s) => 500 + s * r.between(15, 40), growth: 0.04 },
  { metric: 'high_tech_enterprises', p: 0.4, level: (r, s) => 3 + s * r.between(0.05, 0.2), growth: 0.08 },
  { metric: 'projects_started', p: 0.3, level: (r, s) => 3 + s * r.between(0.02, 0.1), growth: 0.02 },
  { metric: 'rd_spending', p: 0.2, level: (r, s) => s * r.between(100, 300), growth: 0.1 },
];
/** Regions sum these over their children or members; the growth rate is their own. */
export const SUMMED = ['gdp', 'industrial_output', 'general_budget_revenue', 'resident_population'];

export const round = (v: number, decimals: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;

/** Five years of a rule's figures for a place. */
function series(place: Place, rule: Rule, seed: number): Map<string, number> {
  const r = rngFor(seed, 'figures', place.slug, rule.metric);
  const def = METRIC.get(rule.metric)!;
  const out = new Map<string, number>();
  if (rule.rate) {
    for (const y of YEARS) out.set(String(y), round(rule.rate[0] + rule.rate[1] * r.normal() - (y === 2020 ? 3 : 0), def.decimals));
    return out;
  }
  let v = rule.level!(r, place.size);
  const values: number[] = [];
  for (let i = YEARS.length - 1; i >= 0; i--) {
    values[i] = v;
    v /= 1 + rule.growth! + 0.03 * r.normal();
  }
  YEARS.forEach((y, i) => out.set(String(y), Math.max(round(values[i], def.decimals), 10 ** -def.decimals)));
  return out;
}

export function generateFigures(place: Place, seed: number): void {
  const rules = place.kind === 'park' ? PARK_RULES : COUNTY_RULES;
  for (const rule of rules) {
    if (rule.metric === 'grain_output' && place.type === '市辖区') continue;
    if (rule.p < 1 && !rngFor(seed, 'has', place.slug, rule.metric).chance(rule.p)) continue;
    place.figures.set(rule.metric, series(place, rule, seed));
  }
}

/** A region's figures: sums over what lies below it (or its members), and its own growth rate. */
export function sumFigures(region: Place, parts: Place[], seed: number): void {
  for (const metric of SUMMED) {
    const def = METRIC.get(metric)!;
    const have = parts.filter((p) => p.figures.has(metric));
    if (have.length === 0) continue;
    region.figures.set(metric, new Map(YEARS.map((y) => [String(y), round(have.reduce((s, p) => s + p.figures.get(metric)!.get(String(y))!, 0), def.decimals)])));
  }
  if (region.figures.size === 0) generateFigures(region, seed);
  else region.figures.set('gdp_growth', series(region, COUNTY_RULES[1], seed));
}

const NOTES = ['初步核算数', '统计快报数', '据当地统计公报', '年度数据以统计年鉴为准', '期别据发布日期推定'];

/** Formats a canonical number without float noise. */
export const num = (v: number) => String(v);

/**
 * How a file writes a canonical value: mostly the number, sometimes with the unit, the
 * source's qualifier (约, 多, 以上 …), money shorthand or the long form { value, note }.
 * Every form reads back as the same number, so restatements never conflict.
 */
export function written(r: Rng, metric: string, v: number): YamlValue {
  const { unit } = METRIC.get(metric)!;
  const x = r.next();
  const whole = Number.isInteger(v);
  if (x < 0.84) return v;
  if (x < 0.89) return `${num(v)}${unit}`;
  if (x < 0.93) {
    if (unit === '%') return `${num(v)}%左右`;
    if (whole && unit !== '元') return `${num(v)}多${unit}`;
    return `${r.pick(['约', '近', '超', '逾'])}${num(v)}${unit}`;
  }
  if (x < 0.95 && unit === '亿元') return `${num(v)}亿`;
  if (x < 0.96 && unit === '亿元') return `${Math.round(v * 100) * 100}万元`;
  if (x < 0.97) return `${num(v)}${unit}以上`;
  return ymap([['value', x < 0.985 ? v : `${num(v)}${unit}`], ['note', r.pick(NOTES)]]);
}

/** A signed change as YAML (+24, -3). */
export const signed = (n: number) => new Raw(n > 0 ? `+${n}` : String(n));
