/**
 * One indicator over time: bars for one place, lines with markers for
 * several. Periods ("2021", "2023Q1") are placed in time order; a missing
 * period leaves a gap; negative values hang below a visible zero line.
 */
import { scaleBand, scaleLinear, scalePoint } from 'd3';
import type { ScaleLinear } from 'd3';
import { formatCompact, formatValue } from '../format/number.ts';
import { formatPeriod } from '../format/date.ts';
import { drawPeriodAxis, drawUnitCaption, drawValueAxis, periodAxisRows, periodTicks, tickLabelWidth, valueTicks } from './axis.ts';
import type { PeriodTick, Tick } from './axis.ts';
import { buildFigure, cell } from './figure.ts';
import type { Cell, Column } from './figure.ts';
import { drawLine, layoutLines, MARKER_R } from './lines.ts';
import type { LineSeriesGeometry } from './lines.ts';
import { seriesClass } from './palette.ts';
import { extentDomain, orderPeriods, valueAxis, zeroDomain } from './scales.ts';
import type { ValueAxis } from './scales.ts';
import { el, text, tooltip } from './svg.ts';
import { textWidth } from './text.ts';
import { FONT, GAP, LINE, PAD, WIDTH } from './layout.ts';
import type { ChartFigure, IndicatorTimeInput, Period, ValueSeries } from './types.ts';

const PLOT_HEIGHT = 220;

export interface Bar {
  period: Period;
  value: number;
  x: number;
  width: number;
  /** Top edge and height: a negative bar starts at the zero line. */
  y: number;
  height: number;
  /** Compact value label, or '' when the band is too narrow for it. */
  label: string;
  labelY: number;
}

export interface IndicatorTimeGeometry {
  mode: 'bars' | 'lines';
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  periods: Period[];
  axis: ValueAxis;
  yDomain: [number, number];
  yRange: [number, number];
  /** Position of 0, drawn as the baseline, or null when 0 is off the scale (lines). */
  zeroY: number | null;
  ticks: Tick[];
  periodTicks: PeriodTick[];
  bars: Bar[];
  lines: LineSeriesGeometry[];
}

function valueAt(s: ValueSeries, period: Period): number | null {
  const p = s.points.find((q) => q.period === period);
  return p && typeof p.value === 'number' && Number.isFinite(p.value) ? p.value : null;
}

/** Label text on marks: the same compact form as the axis (746亿, 3.5万). */
function markLabel(value: number, axis: ValueAxis, digits = 1): string {
  return formatCompact(value * axis.factor, digits);
}

/** Scales, ticks and marks; null when no series has a value. */
export function indicatorTimeGeometry(input: IndicatorTimeInput): IndicatorTimeGeometry | null {
  const periods = orderPeriods([...(input.periods ?? []), ...input.series.flatMap((s) => s.points.map((p) => p.period))]);
  const values = input.series.flatMap((s) => periods.map((p) => valueAt(s, p))).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  const mode = input.series.length === 1 ? 'bars' : 'lines';
  const axis = valueAxis(input.unit);
  const yDomain = mode === 'bars' ? zeroDomain(values) : extentDomain(values);

  const top = PAD + LINE + GAP;
  const bottom = top + PLOT_HEIGHT;
  // Bars keep a text line free above (and below, for negatives) for value labels.
  const yRange: [number, number] =
    mode === 'bars' ? [bottom - (yDomain[0] < 0 ? LINE : 0), top + LINE] : [bottom, top];
  const y = scaleLinear().domain(yDomain).range(yRange);
  const ticks = valueTicks(y, 5, axis.factor);
  const left = PAD + tickLabelWidth(ticks) + GAP;
  const zeroY = yDomain[0] <= 0 && yDomain[1] >= 0 ? y(0) : null;

  const marks = mode === 'bars' ? barMarks(input.series[0], periods, y, axis, left) : lineMarks(input.series, periods, y, left, top, bottom, input.unit);
  return {
    mode,
    width: WIDTH,
    height: bottom + GAP + periodAxisRows(marks.periodTicks) * LINE + PAD,
    plot: { left, right: marks.right, top, bottom },
    periods,
    axis,
    yDomain,
    yRange,
    zeroY,
    ticks,
    periodTicks: marks.periodTicks,
    bars: marks.bars,
    lines: marks.lines,
  };
}

interface Marks {
  right: number;
  periodTicks: PeriodTick[];
  bars: Bar[];
  lines: LineSeriesGeometry[];
}

function barMarks(s: ValueSeries, periods: Period[], y: ScaleLinear<number, number>, axis: ValueAxis, left: number): Marks {
  const right = WIDTH - PAD;
  const x = scaleBand<Period>().domain(periods).range([left, right]).paddingInner(0.25).paddingOuter(0.15);
  // Cap bar width so one or two bars do not become slabs.
  const width = Math.min(x.bandwidth(), 56);
  const base = y(0);
  const known = periods.flatMap((p) => {
    const v = valueAt(s, p);
    return v === null ? [] : [{ p, v }];
  });
  // Label every bar if the labels fit (rounding to whole numbers if that
  // makes them fit); otherwise only the latest, which readers want first.
  const fitAll = (digits: number) => known.every(({ v }) => textWidth(markLabel(v, axis, digits), FONT) <= x.step() - 2);
  const digits = fitAll(1) ? 1 : fitAll(0) ? 0 : null;
  const bars = known.map(({ p, v }, k): Bar => {
    const vy = y(v);
    const isLast = k === known.length - 1;
    return {
      period: p,
      value: v,
      x: (x(p) ?? 0) + (x.bandwidth() - width) / 2,
      width,
      y: Math.min(vy, base),
      height: Math.abs(base - vy),
      label: digits !== null ? markLabel(v, axis, digits) : isLast ? markLabel(v, axis) : '',
      labelY: v < 0 ? vy + GAP : vy - GAP,
    };
  });
  return { right, periodTicks: periodTicks(periods, (p) => (x(p) ?? 0) + x.bandwidth() / 2, x.step()), bars, lines: [] };
}

function lineMarks(series: readonly ValueSeries[], periods: Period[], y: ScaleLinear<number, number>, left: number, top: number, bottom: number, unit: string): Marks {
  const labelRoom = Math.min(WIDTH * 0.3, Math.max(...series.map((s) => textWidth(s.place, FONT))));
  const right = WIDTH - PAD - labelRoom - GAP - MARKER_R;
  const x = scalePoint<Period>().domain(periods).range([left, right]).padding(0.4);
  const { lines } = layoutLines(
    series.map((s) => ({
      name: s.place,
      points: periods.map((p) => {
        const v = valueAt(s, p);
        return { period: p, x: x(p) ?? 0, y: v === null ? null : y(v), tip: v === null ? undefined : `${s.place} ${formatPeriod(p)}：${formatValue(v, unit)}` };
      }),
    })),
    { labelRoom, top, bottom },
  );
  return { right, periodTicks: periodTicks(periods, (p) => x(p) ?? 0, periods.length > 1 ? x.step() : right - left), bars: [], lines };
}

function changeWords(from: number, to: number): string {
  return to > from ? '增至' : to < from ? '降至' : '持平于';
}

function summaryOf(input: IndicatorTimeInput, periods: readonly Period[]): string {
  const fmt = (v: number) => formatValue(v, input.unit);
  if (input.series.length === 1) {
    const s = input.series[0];
    const known = periods.flatMap((p) => {
      const v = valueAt(s, p);
      return v === null ? [] : [{ p, v }];
    });
    const last = known[known.length - 1];
    if (known.length === 1) return `${formatPeriod(last.p)}${s.place}${input.indicator}${fmt(last.v)}。`;
    const first = known[0];
    return `${s.place}${input.indicator}从${formatPeriod(first.p)}的${fmt(first.v)}${changeWords(first.v, last.v)}${formatPeriod(last.p)}的${fmt(last.v)}。`;
  }
  // Several places: compare them in the latest period that has values.
  const latest = [...periods].reverse().find((p) => input.series.some((s) => valueAt(s, p) !== null)) ?? periods[periods.length - 1];
  const at = input.series
    .map((s) => ({ place: s.place, v: valueAt(s, latest) }))
    .filter((d): d is { place: string; v: number } => d.v !== null)
    .sort((a, b) => b.v - a.v);
  const listed = at.slice(0, 4).map((d) => `${d.place}${fmt(d.v)}`).join('，');
  const more = at.length > 4 ? `等${at.length}地` : '';
  return `${formatPeriod(latest)}${input.indicator}：${listed}${more}。`;
}

function titleOf(input: IndicatorTimeInput): string {
  if (input.title) return input.title;
  return input.series.length === 1 ? `${input.series[0].place}${input.indicator}` : `${input.indicator}变化`;
}

export function indicatorTimeChart(input: IndicatorTimeInput, id: string): ChartFigure {
  const g = indicatorTimeGeometry(input);
  if (!g) throw new Error(`indicator-time chart "${id}" has no values: do not render an empty chart`);
  const title = titleOf(input);
  const { left, right, bottom } = g.plot;
  const marks =
    g.mode === 'bars'
      ? el(
          'g',
          { class: `chart-series ${seriesClass(0)}` },
          g.bars.flatMap((b) => [
            el('rect', { class: 'chart-bar', x: b.x, y: b.y, width: b.width, height: Math.max(b.height, 0.5) }, [tooltip(`${formatPeriod(b.period)}：${formatValue(b.value, input.unit)}`)]),
            b.label
              ? text(b.x + b.width / 2, b.labelY, b.label, {
                  class: 'chart-value-label',
                  'text-anchor': 'middle',
                  dy: b.value < 0 ? '0.7em' : undefined,
                })
              : '',
          ]),
        )
      : g.lines.map(drawLine).join('');
  const body = [
    drawUnitCaption(g.axis.unit, PAD, PAD),
    drawValueAxis(g.ticks, left, right),
    g.zeroY === null ? '' : el('line', { class: 'chart-zero', x1: left, x2: right, y1: g.zeroY, y2: g.zeroY }),
    marks,
    drawPeriodAxis(g.periodTicks, bottom + GAP),
  ];
  const columns: Column[] = [
    { label: '时期', csv: '期间' },
    ...input.series.map((s) => ({ label: s.place, csv: `${s.place}（${input.unit}）` })),
  ];
  const rows: Cell[][] = g.periods.map((p) => [
    cell(formatPeriod(p), p),
    ...input.series.map((s) => {
      const v = valueAt(s, p);
      return v === null ? cell('—', null) : cell(formatValue(v, input.unit), v);
    }),
  ]);
  return buildFigure({
    kind: 'indicator-time',
    id,
    title,
    summary: summaryOf(input, g.periods),
    width: g.width,
    height: g.height,
    body: body.join(''),
    caption: `${title}（${input.unit}）`,
    columns,
    rows,
  });
}
