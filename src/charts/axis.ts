/**
 * Axes drawn by hand: d3-axis needs a DOM, so ticks come from scale.ticks()
 * and are written as plain SVG lines and text here.
 */
import type { ScaleLinear } from 'd3';
import { formatCompact } from '../format/number.ts';
import { formatPeriod } from '../format/date.ts';
import { el, num, text } from './svg.ts';
import { FONT, GAP, LINE } from './layout.ts';
import { textWidth } from './text.ts';
import type { Period } from './types.ts';

export interface Tick {
  value: number;
  /** Position along the axis, in user units. */
  pos: number;
  label: string;
}

/** Ticks of a value scale; labels read the Chinese way (3.5万, 746亿, 1.2万亿). */
export function valueTicks(scale: ScaleLinear<number, number>, count: number, factor = 1): Tick[] {
  return scale.ticks(count).map((value) => ({ value, pos: scale(value), label: formatCompact(value * factor) }));
}

/** Whole-number rank ticks (no "第2.5位"). */
export function rankTicks(scale: ScaleLinear<number, number>, count: number): Tick[] {
  const ticks = scale.ticks(count).filter((v) => Number.isInteger(v) && v >= 1);
  return ticks.map((value) => ({ value, pos: scale(value), label: String(value) }));
}

/** Width needed by the widest tick label. */
export function tickLabelWidth(ticks: readonly Tick[]): number {
  return Math.max(0, ...ticks.map((t) => textWidth(t.label, FONT)));
}

/**
 * Horizontal gridlines across [x0, x1] with labels right-aligned left of x0.
 * The gridlines are one path and the labels share their attributes on a group:
 * a county page draws a dozen axes, and per-tick markup was a third of its charts.
 */
export function drawValueAxis(ticks: readonly Tick[], x0: number, x1: number): string {
  if (ticks.length === 0) return '';
  const grid = ticks.map((t) => `M${num(x0)} ${num(t.pos)}H${num(x1)}`).join('');
  const labels = ticks.map((t) => text(x0 - GAP, t.pos, t.label, { dy: '0.35em' }));
  return el('g', { class: 'chart-axis chart-axis-y' }, [
    el('path', { class: 'chart-grid', d: grid }),
    el('g', { class: 'chart-axis-label', 'text-anchor': 'end' }, labels),
  ]);
}

export interface PeriodTick {
  period: Period;
  pos: number;
  /** First line, and a second line for the year of a quarter. */
  lines: string[];
}

const QUARTER = /^(\d{4})Q([1-4])$/;

/**
 * Period labels along the bottom, thinned so they never overlap: "2021年",
 * or "一季度" with the year underneath where the year changes.
 */
export function periodTicks(periods: readonly Period[], pos: (p: Period) => number, step: number): PeriodTick[] {
  const long = (p: Period): string => {
    const q = QUARTER.exec(p);
    return q ? formatPeriod(p).slice(5) : formatPeriod(p);
  };
  // Bare years ("2021") when "2021年" would force thinning: every year stays labelled.
  const short = (p: Period): string => (/^\d{4}$/.test(p) ? p : long(p));
  const widest = (f: (p: Period) => string) => Math.max(0, ...periods.map((p) => textWidth(f(p), FONT)));
  const fits = (f: (p: Period) => string) => step <= 0 || widest(f) + GAP <= step;
  const main = fits(long) || !fits(short) ? long : short;
  const every = step > 0 ? Math.max(1, Math.ceil((widest(main) + GAP) / step)) : 1;
  // Keep the newest period labelled: readers look for the latest year first.
  const last = periods.length - 1;
  const shown = periods.filter((_, i) => (last - i) % every === 0);
  let year = '';
  return shown.map((p) => {
    const q = QUARTER.exec(p);
    const lines = [main(p)];
    if (q && q[1] !== year) lines.push(`${q[1]}年`);
    if (q) year = q[1];
    return { period: p, pos: pos(p), lines };
  });
}

/** Period labels centred under their positions, first baseline at `y`. */
export function drawPeriodAxis(ticks: readonly PeriodTick[], y: number): string {
  const labels = ticks.flatMap((t) => t.lines.map((line, i) => text(t.pos, y + i * LINE, line, { dy: '0.7em' })));
  return el('g', { class: 'chart-axis chart-axis-x' }, [el('g', { class: 'chart-axis-label', 'text-anchor': 'middle' }, labels)]);
}

/** Rows of text the period axis takes (2 when a quarter shows its year). */
export function periodAxisRows(ticks: readonly PeriodTick[]): number {
  return Math.max(1, ...ticks.map((t) => t.lines.length));
}

/** "单位：元" in the top-left corner. */
export function drawUnitCaption(unit: string, x: number, y: number): string {
  return text(x, y, `单位：${unit}`, { class: 'chart-note', dy: '0.7em' });
}
