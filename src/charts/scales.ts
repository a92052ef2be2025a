/** Domains and orderings shared by the chart kinds. */
import { scaleLinear } from 'd3';
import { periodKey } from '../format/date.ts';
import { UNITS } from '../format/units.ts';
import type { Period } from './types.ts';

/** Nice [min, max] that always includes 0, so bar lengths stay honest. */
export function zeroDomain(values: readonly number[], ticks = 5): [number, number] {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  if (lo === hi) return [0, 1];
  const [a, b] = scaleLinear().domain([lo, hi]).nice(ticks).domain();
  return [a, b];
}

/** Nice extent of the values, for lines, where 0 need not be shown. */
export function extentDomain(values: readonly number[], ticks = 5): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!Number.isFinite(lo)) return [0, 1];
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const [a, b] = scaleLinear().domain([lo, hi]).nice(ticks).domain();
  return [a, b];
}

/**
 * [best, worst] ranks to show, padded a little and never above rank 1.
 * Used with a range [top, bottom], so rank 1 is drawn at the top.
 */
export function rankDomain(ranks: readonly number[]): [number, number] {
  const lo = Math.min(...ranks);
  const hi = Math.max(...ranks);
  if (!Number.isFinite(lo)) return [1, 10];
  const pad = Math.max(2, Math.ceil((hi - lo) * 0.1));
  const [a, b] = scaleLinear().domain([lo - pad, hi + pad]).nice(5).domain();
  return [Math.max(1, Math.floor(a)), Math.ceil(b)];
}

/** Distinct periods in time order ("2022" < "2023Q1" < "2023Q2" < "2024"). */
export function orderPeriods(periods: Iterable<Period>): Period[] {
  return [...new Set(periods)].sort((a, b) => periodKey(a) - periodKey(b));
}

/**
 * How values of `unit` are shown on axes and mark labels: converted to the
 * dimension's base unit (亿元 → 元, 万人 → 人) so that formatCompact can
 * write them the Chinese way (746亿, 1.2万亿) with "单位：元" once.
 */
export interface ValueAxis {
  factor: number;
  unit: string;
}

const BASE: Readonly<Record<string, string>> = { money: '元', people: '人', mass: '吨' };

export function valueAxis(unit: string): ValueAxis {
  const def = UNITS[unit];
  const base = def ? BASE[def.dimension] : undefined;
  if (def && base) return { factor: def.factor / UNITS[base].factor, unit: base };
  return { factor: 1, unit };
}
