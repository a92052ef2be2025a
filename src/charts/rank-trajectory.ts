/**
 * Positions in rankings over the years. The y axis is inverted (rank 1 at the
 * top), ticks are whole ranks, a missing year breaks the line, and each line
 * carries its name at its end and its own marker shape.
 */
import { scaleLinear, scalePoint } from 'd3';
import { formatRank, rankMovement } from '../format/number.ts';
import { formatPeriod } from '../format/date.ts';
import { drawPeriodAxis, drawValueAxis, periodAxisRows, periodTicks, rankTicks, tickLabelWidth } from './axis.ts';
import type { PeriodTick, Tick } from './axis.ts';
import { buildFigure, cell } from './figure.ts';
import type { Cell, Column } from './figure.ts';
import { drawLine, layoutLines, MARKER_R } from './lines.ts';
import type { LineSeriesGeometry } from './lines.ts';
import { orderPeriods, rankDomain } from './scales.ts';
import { el, text } from './svg.ts';
import { fitText, textWidth } from './text.ts';
import { FONT, GAP, LINE, PAD, WIDTH } from './layout.ts';
import type { ChartFigure, Period, RankSeries, RankTrajectoryInput } from './types.ts';

const PLOT_HEIGHT = 220;

export interface RankTrajectoryGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  periods: Period[];
  /** [best, worst]: the first maps to the top of the plot. */
  yDomain: [number, number];
  yRange: [number, number];
  ticks: Tick[];
  periodTicks: PeriodTick[];
  lines: LineSeriesGeometry[];
  target: { rank: number; y: number; labelY: number; label: string } | null;
}

/** What tells the series apart: the ranking, the place, or both. */
export function seriesNames(series: readonly RankSeries[]): string[] {
  const onePlace = new Set(series.map((s) => s.place)).size === 1;
  const oneRanking = new Set(series.map((s) => s.ranking)).size === 1;
  return series.map((s) => (onePlace && series.length > 1 ? s.ranking : oneRanking ? s.place : `${s.place}·${s.ranking}`));
}

function rankAt(s: RankSeries, period: Period): number | null {
  const p = s.points.find((q) => q.period === period);
  return p && typeof p.rank === 'number' && Number.isFinite(p.rank) ? p.rank : null;
}

/** Scales, ticks, paths and labels; null when there is no rank at all. */
export function rankTrajectoryGeometry(input: RankTrajectoryInput): RankTrajectoryGeometry | null {
  const periods = orderPeriods([...(input.periods ?? []), ...input.series.flatMap((s) => s.points.map((p) => p.period))]);
  const ranks = input.series.flatMap((s) => periods.map((p) => rankAt(s, p))).filter((r): r is number => r !== null);
  if (ranks.length === 0) return null;
  const yDomain = rankDomain(input.target ? [...ranks, input.target.rank] : ranks);
  const names = seriesNames(input.series);

  const top = PAD + LINE + GAP;
  const bottom = top + PLOT_HEIGHT;
  const y = scaleLinear().domain(yDomain).range([top, bottom]);
  const ticks = rankTicks(y, 5);
  const left = PAD + tickLabelWidth(ticks) + GAP;
  const targetLabel = input.target ? `目标${formatRank(input.target.rank)}` : '';
  // Right margin holds the end labels, capped so the plot keeps most of the width.
  const maxRoom = WIDTH * 0.34;
  const want = Math.max(...names.map((n) => textWidth(n, FONT)), textWidth(targetLabel, FONT));
  const labelRoom = Math.min(maxRoom, want);
  const right = WIDTH - PAD - labelRoom - GAP - MARKER_R;
  const x = scalePoint<Period>().domain(periods).range([left, right]).padding(0.4);
  const step = periods.length > 1 ? x.step() : right - left;
  const pTicks = periodTicks(periods, (p) => x(p) ?? 0, step);

  const single = input.series.length === 1;
  const targetY = input.target ? y(input.target.rank) : null;
  const { lines, extraY } = layoutLines(
    input.series.map((s, i) => ({
      name: names[i],
      points: periods.map((p) => {
        const r = rankAt(s, p);
        return { period: p, x: x(p) ?? 0, y: r === null ? null : y(r), label: single && r !== null ? String(r) : undefined, tip: r === null ? undefined : `${names[i]} ${formatPeriod(p)}：${formatRank(r)}` };
      }),
    })),
    { labelRoom, top, bottom, extra: targetY === null ? [] : [{ y: targetY }] },
  );
  return {
    width: WIDTH,
    height: bottom + GAP + periodAxisRows(pTicks) * LINE + PAD,
    plot: { left, right, top, bottom },
    periods,
    yDomain,
    yRange: [top, bottom],
    ticks,
    periodTicks: pTicks,
    lines,
    target:
      input.target && targetY !== null
        ? { rank: input.target.rank, y: targetY, labelY: extraY[0] ?? targetY, label: fitText(targetLabel, labelRoom, FONT) }
        : null,
  };
}

/** "从2021年的第98位上升至2023年的第85位" for one series. */
function movement(s: RankSeries, periods: readonly Period[]): string {
  const known = periods.map((p) => ({ p, r: rankAt(s, p) })).filter((d): d is { p: Period; r: number } => d.r !== null);
  if (known.length === 0) return '暂无位次';
  const first = known[0];
  const last = known[known.length - 1];
  if (known.length === 1) return `${formatPeriod(last.p)}位列${formatRank(last.r)}`;
  const delta = first.r - last.r;
  if (delta === 0) return `${formatPeriod(first.p)}和${formatPeriod(last.p)}均为${formatRank(last.r)}`;
  const verb = delta > 0 ? '上升至' : '下降至';
  return `从${formatPeriod(first.p)}的${formatRank(first.r)}${verb}${formatPeriod(last.p)}的${formatRank(last.r)}（${rankMovement(delta).words}）`;
}

function summaryOf(input: RankTrajectoryInput, periods: readonly Period[]): string {
  const s = input.series;
  const onePlace = new Set(s.map((x) => x.place)).size === 1;
  const oneRanking = new Set(s.map((x) => x.ranking)).size === 1;
  const shown = s.slice(0, 4);
  let body: string;
  if (onePlace) {
    body = `${s[0].place}${shown.map((x) => `在${x.ranking}中${movement(x, periods)}`).join('；')}`;
  } else if (oneRanking) {
    body = `在${s[0].ranking}中，${shown.map((x) => `${x.place}${movement(x, periods)}`).join('，')}`;
  } else {
    body = shown.map((x) => `${x.place}在${x.ranking}中${movement(x, periods)}`).join('；');
  }
  if (s.length > shown.length) body += `等${s.length}条位次线`;
  const t = input.target;
  const target = t ? `，目标为${t.deadline ? `${formatPeriod(t.deadline)}达到` : ''}${formatRank(t.rank)}` : '';
  return `${body}${target}。`;
}

function titleOf(input: RankTrajectoryInput): string {
  if (input.title) return input.title;
  const s = input.series;
  const onePlace = new Set(s.map((x) => x.place)).size === 1;
  const oneRanking = new Set(s.map((x) => x.ranking)).size === 1;
  if (onePlace && oneRanking) return `${s[0].place}在${s[0].ranking}中的位次`;
  if (onePlace) return `${s[0].place}的榜单位次`;
  if (oneRanking) return `${s[0].ranking}位次变化`;
  return '榜单位次变化';
}

/** The figure; throws when there is no rank at all (pages should not ask). */
export function rankTrajectoryChart(input: RankTrajectoryInput, id: string): ChartFigure {
  const g = rankTrajectoryGeometry(input);
  if (!g) throw new Error(`rank-trajectory chart "${id}" has no ranks: do not render an empty chart`);
  const title = titleOf(input);
  const { left, right, bottom } = g.plot;
  const body = [
    text(PAD, PAD, '位次', { class: 'chart-note', dy: '0.7em' }),
    drawValueAxis(g.ticks, left, right),
    g.target
      ? el('g', { class: 'chart-target' }, [
          el('line', { class: 'chart-target-line', x1: left, x2: right + MARKER_R, y1: g.target.y, y2: g.target.y, 'stroke-dasharray': '6 4' }),
          text(right + MARKER_R + GAP, g.target.labelY, g.target.label, { class: 'chart-target-label chart-halo', dy: '0.35em' }),
        ])
      : '',
    ...g.lines.map(drawLine),
    drawPeriodAxis(g.periodTicks, bottom + GAP),
  ];
  const names = g.lines.map((l) => l.name);
  const columns: Column[] = [{ label: '年份', csv: '期间' }, ...names.map((n) => ({ label: n, csv: `${n}（位次）` }))];
  const rows: Cell[][] = g.periods.map((p) => [
    cell(formatPeriod(p), p),
    ...input.series.map((s) => {
      const r = rankAt(s, p);
      return r === null ? cell('—', null) : cell(formatRank(r), r);
    }),
  ]);
  return buildFigure({
    kind: 'rank-trajectory',
    id,
    title,
    summary: summaryOf(input, g.periods),
    width: g.width,
    height: g.height,
    body: body.join(''),
    caption: title,
    columns,
    rows,
  });
}
