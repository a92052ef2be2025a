/**
 * One indicator over time: bars for one place, lines with markers for
 * several. Periods ("2021", "2023Q1") are placed in time order; a missing
 * period leaves a gap; negative values hang below a visible zero line.
 */
import { scaleBand, scaleLinear, scalePoint } from 'd3';
import type { ScaleLinear } from 'd3';
import { formatCompact, formatFigure } from '../format/number.ts';
import type { Stated } from '../format/number.ts';
import { formatPeriod } from '../format/date.ts';
import { drawPeriodAxis, drawUnitCaption, drawValueAxis, periodAxisRows, periodTicks, tickLabelWidth, valueTicks } from './axis.ts';
import type { PeriodTick, Tick } from './axis.ts';
import { buildFigure, cell } from './figure.ts';
import type { Cell, Column } from './figure.ts';
import { drawLine, layoutLines, MARKER_R } from './lines.ts';
import type { LineSeriesGeometry } from './lines.ts';
import { seriesClass } from './palette.ts';
import { isQualified, noteOf } from './stated.ts';
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
  /** How the source stated the value; a qualified value is labelled as stated. */
  stated?: Stated;
  x: number;
  width: number;
  /** Top edge and height: a negative bar starts at the zero line. */
  y: number;
  height: number;
  /** Compact value label (a qualified value as stated), or '' when there is no room for it. */
  label: string;
  /** Centre of the label: the bar's centre, unless a wide stated label had to move inside the chart. */
  labelX: number;
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

/** A period's value with how the source stated it. */
interface Known {
  v: number;
  stated?: Stated;
}

function pointAt(s: ValueSeries, period: Period): Known | null {
  const p = s.points.find((q) => q.period === period);
  return p && typeof p.value === 'number' && Number.isFinite(p.value) ? { v: p.value, stated: p.stated } : null;
}

function valueAt(s: ValueSeries, period: Period): number | null {
  return pointAt(s, period)?.v ?? null;
}

/**
 * Label text on marks: the same compact form as the axis (746亿, 3.5万); a
 * qualified figure as the source stated it (约800亿元), whatever the digits.
 */
function markLabel(k: Known, axis: ValueAxis, unit: string, digits = 1): string {
  return isQualified(k.stated) ? formatFigure(k.v, unit, k.stated) : formatCompact(k.v * axis.factor, digits);
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

  const marks = mode === 'bars' ? barMarks(input.series[0], periods, y, axis, input.unit, left) : lineMarks(input.series, periods, y, left, top, bottom, input.unit);
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

function barMarks(s: ValueSeries, periods: Period[], y: ScaleLinear<number, number>, axis: ValueAxis, unit: string, left: number): Marks {
  const right = WIDTH - PAD;
  const x = scaleBand<Period>().domain(periods).range([left, right]).paddingInner(0.25).paddingOuter(0.15);
  // Cap bar width so one or two bars do not become slabs.
  const width = Math.min(x.bandwidth(), 56);
  const base = y(0);
  const known = periods.flatMap((p) => {
    const at = pointAt(s, p);
    return at === null ? [] : [{ p, ...at }];
  });
  // Label every bar if the labels fit (rounding to whole numbers if that
  // makes them fit); otherwise only the latest, which readers want first.
  // Labels as stated (约800亿元) are wider and are fitted afterwards.
  const fitAll = (digits: number) => known.every((kn) => isQualified(kn.stated) || textWidth(markLabel(kn, axis, unit, digits), FONT) <= x.step() - 2);
  const digits = fitAll(1) ? 1 : fitAll(0) ? 0 : null;
  const bars = known.map((kn, k): Bar => {
    const { p, v } = kn;
    const vy = y(v);
    const isLast = k === known.length - 1;
    const bx = (x(p) ?? 0) + (x.bandwidth() - width) / 2;
    return {
      period: p,
      value: v,
      ...(kn.stated ? { stated: kn.stated } : {}),
      x: bx,
      width,
      y: Math.min(vy, base),
      height: Math.abs(base - vy),
      label: digits !== null ? markLabel(kn, axis, unit, digits) : isLast ? markLabel(kn, axis, unit) : '',
      labelX: bx + width / 2,
      labelY: v < 0 ? vy + GAP : vy - GAP,
    };
  });
  fitStatedLabels(bars, left, right);
  return { right, periodTicks: periodTicks(periods, (p) => (x(p) ?? 0) + x.bandwidth() / 2, x.step()), bars, lines: [] };
}

/**
 * Makes room for labels written as stated, which are wider than the compact
 * ones: each stays inside [left, right], and where it would touch a
 * neighbour's label, the latest bar's label wins, else the stated label gives
 * way (its figure stays in the hover title and the table). Plain labels are
 * left as they are.
 */
function fitStatedLabels(bars: Bar[], left: number, right: number): void {
  const w = (b: Bar) => textWidth(b.label, FONT);
  const clash = (a: Bar, b: Bar) => b.label !== '' && Math.abs(a.labelX - b.labelX) - 2 < (w(a) + w(b)) / 2;
  const last = bars.length - 1;
  const order = bars.map((_, k) => last - k).filter((k) => bars[k].label !== '' && isQualified(bars[k].stated));
  for (const k of order) {
    const b = bars[k];
    b.labelX = Math.min(Math.max(b.labelX, left + w(b) / 2), right - w(b) / 2);
    for (const n of [bars[k - 1], bars[k + 1]]) {
      if (!n || !clash(b, n)) continue;
      if (k === last) n.label = '';
      else b.label = '';
    }
  }
}

function lineMarks(series: readonly ValueSeries[], periods: Period[], y: ScaleLinear<number, number>, left: number, top: number, bottom: number, unit: string): Marks {
  const labelRoom = Math.min(WIDTH * 0.3, Math.max(...series.map((s) => textWidth(s.place, FONT))));
  const right = WIDTH - PAD - labelRoom - GAP - MARKER_R;
  const x = scalePoint<Period>().domain(periods).range([left, right]).padding(0.4);
  const { lines } = layoutLines(
    series.map((s) => ({
      name: s.place,
      points: periods.map((p) => {
        const at = pointAt(s, p);
        return { period: p, x: x(p) ?? 0, y: at === null ? null : y(at.v), tip: at === null ? undefined : `${s.place} ${formatPeriod(p)}：${formatFigure(at.v, unit, at.stated)}` };
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
  const fmt = (k: Known) => formatFigure(k.v, input.unit, k.stated);
  if (input.series.length === 1) {
    const s = input.series[0];
    const known = periods.flatMap((p) => {
      const at = pointAt(s, p);
      return at === null ? [] : [{ p, ...at }];
    });
    const last = known[known.length - 1];
    if (known.length === 1) return `${formatPeriod(last.p)}${s.place}${input.indicator}${fmt(last)}。`;
    const first = known[0];
    return `${s.place}${input.indicator}从${formatPeriod(first.p)}的${fmt(first)}${changeWords(first.v, last.v)}${formatPeriod(last.p)}的${fmt(last)}。`;
  }
  // Several places: compare them in the latest period that has values.
  const latest = [...periods].reverse().find((p) => input.series.some((s) => valueAt(s, p) !== null)) ?? periods[periods.length - 1];
  const at = input.series
    .flatMap((s) => {
      const k = pointAt(s, latest);
      return k === null ? [] : [{ place: s.place, ...k }];
    })
    .sort((a, b) => b.v - a.v);
  const listed = at.slice(0, 4).map((d) => `${d.place}${fmt(d)}`).join('，');
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
          // The value labels' anchor is set once here; rects ignore it.
          { class: `chart-series ${seriesClass(0)}`, 'text-anchor': 'middle' },
          g.bars.flatMap((b) => [
            el('rect', { class: 'chart-bar', x: b.x, y: b.y, width: b.width, height: Math.max(b.height, 0.5) }, [tooltip(`${formatPeriod(b.period)}：${formatFigure(b.value, input.unit, b.stated)}`)]),
            b.label
              ? text(b.labelX, b.labelY, b.label, {
                  class: 'chart-value-label',
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
      const at = pointAt(s, p);
      return at === null ? cell('—', null) : cell(formatFigure(at.v, input.unit, at.stated), at.v);
    }),
  ]);
  // One note per period: the stated figures, named by place when there are several.
  const notes = g.periods.map((p) =>
    input.series
      .flatMap((s) => {
        const at = pointAt(s, p);
        const note = at === null ? '' : noteOf(at.v, input.unit, at.stated);
        return note === '' ? [] : [input.series.length === 1 ? note : `${s.place}：${note}`];
      })
      .join('；'),
  );
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
    notes,
  });
}
