/**
 * Latest actual against a target. A value target shows a progress bar and
 * the share reached ("已完成目标的61.7%"); a rank target places the latest
 * rank and the target rank on an inverted rank line (better to the right)
 * and states the gap in places, with no share.
 */
import { scaleLinear } from 'd3';
import { formatFigure, formatRank, formatShare, trimDecimal } from '../format/number.ts';
import { formatPeriod } from '../format/date.ts';
import { rankTicks } from './axis.ts';
import type { Tick } from './axis.ts';
import { buildFigure, cell } from './figure.ts';
import type { Cell, Column } from './figure.ts';
import { seriesClass } from './palette.ts';
import { rankDomain } from './scales.ts';
import { noteOf } from './stated.ts';
import { el, text } from './svg.ts';
import { textWidth } from './text.ts';
import { FONT, GAP, LINE, PAD, WIDTH } from './layout.ts';
import type { ChartFigure, RankTargetInput, TargetProgressInput, ValueTargetInput } from './types.ts';

const BAR = 24;
const NO_ACTUAL = '该目标尚无已公布的实际值';

/** A label kept inside the chart: start-anchored at x unless it would overflow. */
export interface Label {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export function labelWithin(x: number, y: number, s: string, min = PAD, max = WIDTH - PAD): Label {
  const w = textWidth(s, FONT);
  if (x - w / 2 >= min && x + w / 2 <= max) return { x, y, text: s, anchor: 'middle' };
  if (x + w / 2 > max) return { x: Math.max(Math.min(x, max), min + w), y, text: s, anchor: 'end' };
  return { x: Math.min(Math.max(x, min), max - w), y, text: s, anchor: 'start' };
}

export interface ValueProgressGeometry {
  type: 'value';
  width: number;
  height: number;
  xDomain: [number, number];
  xRange: [number, number];
  /** Share of the target reached (actual / target), or null when it has no meaning. */
  share: number | null;
  track: { x: number; y: number; width: number; height: number };
  bar: { x: number; y: number; width: number; height: number } | null;
  targetX: number;
  labels: Label[];
}

export interface RankProgressGeometry {
  type: 'rank';
  width: number;
  height: number;
  /** [worst, best]: better ranks lie to the right. */
  xDomain: [number, number];
  xRange: [number, number];
  lineY: number;
  targetX: number;
  actual: { x: number; rank: number } | null;
  /** Places still to climb (positive), or 0 once reached. */
  gap: number | null;
  ticks: Tick[];
  labels: Label[];
}

export type TargetProgressGeometry = ValueProgressGeometry | RankProgressGeometry;

function shareOf(input: ValueTargetInput): number | null {
  if (!input.actual || input.target <= 0 || input.actual.value < 0) return null;
  return input.actual.value / input.target;
}

/** Against a range target ("5-8家") the share is of its lower bound, and says so. */
function shareWords(share: number, range = false): string {
  const goal = range ? '目标下限' : '目标';
  return share >= 1 ? `已达到${goal}（完成${formatShare(share)}）` : `已完成${goal}的${formatShare(share)}`;
}

function isRange(input: ValueTargetInput): boolean {
  return input.targetStated?.max !== undefined;
}

/** The target as the source stated it: "1000亿元", "超1000亿元", "5-8家". */
function targetText(input: ValueTargetInput): string {
  return formatFigure(input.target, input.unit, input.targetStated);
}

function targetWords(deadline: string | undefined, what: string): string {
  return deadline ? `${formatPeriod(deadline)}目标${what}` : `目标${what}`;
}

function valueGeometry(input: ValueTargetInput): ValueProgressGeometry {
  const a = input.actual;
  const left = PAD;
  const right = WIDTH - PAD;
  const xDomain: [number, number] = [Math.min(0, a?.value ?? 0), Math.max(input.target, a?.value ?? 0, 0) || 1];
  const x = scaleLinear().domain(xDomain).range([left, right]);
  const top = PAD + LINE + GAP;
  const zero = x(0);
  const share = shareOf(input);
  // A range target is drawn at its lower bound and labelled with the whole range.
  const labels: Label[] = [labelWithin(x(input.target), PAD, targetWords(input.deadline, targetText(input)))];
  const below = top + BAR + GAP;
  if (a) {
    labels.push({ x: left, y: below, text: `${formatPeriod(a.period)}实际${formatFigure(a.value, input.unit, a.stated)}`, anchor: 'start' });
    if (share !== null) labels.push({ x: left, y: below + LINE, text: shareWords(share, isRange(input)), anchor: 'start' });
  } else {
    labels.push({ x: left, y: below, text: NO_ACTUAL, anchor: 'start' });
  }
  return {
    type: 'value',
    width: WIDTH,
    height: below + (labels.length - 1) * LINE + PAD,
    xDomain,
    xRange: [left, right],
    share,
    track: { x: left, y: top, width: right - left, height: BAR },
    bar: a ? { x: Math.min(zero, x(a.value)), y: top, width: Math.abs(x(a.value) - zero), height: BAR } : null,
    targetX: x(input.target),
    labels,
  };
}

function rankGeometry(input: RankTargetInput): RankProgressGeometry {
  const a = input.actual;
  const [best, worst] = rankDomain(a ? [input.target, a.rank] : [input.target]);
  const left = PAD + 12;
  const right = WIDTH - PAD - 12;
  const x = scaleLinear().domain([worst, best]).range([left, right]);
  const lineY = PAD + LINE + GAP + 12;
  const targetX = x(input.target);
  const labels: Label[] = [labelWithin(targetX, PAD, targetWords(input.deadline, formatRank(input.target)))];
  const actualRow = lineY + 12 + GAP;
  if (a) labels.push(labelWithin(x(a.rank), actualRow, `${formatPeriod(a.period)}${formatRank(a.rank)}`));
  else labels.push({ x: left, y: actualRow, text: NO_ACTUAL, anchor: 'start' });
  const ticks = rankTicks(x, 5).map((t) => ({ ...t, label: formatRank(t.value) }));
  return {
    type: 'rank',
    width: WIDTH,
    height: actualRow + 2 * LINE + GAP + PAD,
    xDomain: [worst, best],
    xRange: [left, right],
    lineY,
    targetX,
    actual: a ? { x: x(a.rank), rank: a.rank } : null,
    gap: a ? Math.max(0, a.rank - input.target) : null,
    ticks: ticks.filter((_, i) => i === 0 || i === ticks.length - 1 || ticks.length <= 6),
    labels,
  };
}

/** Geometry for either kind of target. */
export function targetProgressGeometry(input: TargetProgressInput): TargetProgressGeometry {
  return input.type === 'value' ? valueGeometry(input) : rankGeometry(input);
}

function drawLabel(l: Label, cls: string): string {
  return text(l.x, l.y, l.text, { class: cls, 'text-anchor': l.anchor === 'start' ? undefined : l.anchor, dy: '0.7em' });
}

function drawValue(g: ValueProgressGeometry): string {
  const [targetLabel, ...rest] = g.labels;
  return [
    el('rect', { class: 'chart-track', ...g.track }),
    g.bar ? el('g', { class: seriesClass(0) }, [el('rect', { class: 'chart-bar', ...g.bar })]) : '',
    el('line', { class: 'chart-target-line', x1: g.targetX, x2: g.targetX, y1: g.track.y - GAP, y2: g.track.y + g.track.height + 2 }),
    drawLabel(targetLabel, 'chart-target-label'),
    ...rest.map((l, i) => drawLabel(l, i === 1 ? 'chart-emphasis' : 'chart-value-label')),
  ].join('');
}

function drawRank(g: RankProgressGeometry): string {
  const [targetLabel, actualLabel] = g.labels;
  const tickY = actualLabel.y + LINE + GAP;
  return [
    el('line', { class: 'chart-axis-line', x1: g.xRange[0], x2: g.xRange[1], y1: g.lineY, y2: g.lineY }),
    ...g.ticks.map((t) =>
      el('g', { class: 'chart-tick' }, [
        el('line', { class: 'chart-axis-line', x1: t.pos, x2: t.pos, y1: g.lineY, y2: g.lineY + 4 }),
        drawLabel(labelWithin(t.pos, tickY, t.label), 'chart-axis-label'),
      ]),
    ),
    g.actual ? el('line', { class: 'chart-gap', x1: g.actual.x, x2: g.targetX, y1: g.lineY, y2: g.lineY }) : '',
    el('line', { class: 'chart-target-line', x1: g.targetX, x2: g.targetX, y1: g.lineY - 12, y2: g.lineY + 12, 'stroke-dasharray': '4 3' }),
    g.actual ? el('g', { class: seriesClass(0) }, [el('circle', { class: 'chart-marker', cx: g.actual.x, cy: g.lineY, r: 7 })]) : '',
    drawLabel(targetLabel, 'chart-target-label'),
    drawLabel(actualLabel, g.actual ? 'chart-value-label' : 'chart-note'),
    text(g.xRange[1], tickY + LINE, '越靠右位次越前', { class: 'chart-note', 'text-anchor': 'end', dy: '0.7em' }),
  ].join('');
}

function summaryOf(input: TargetProgressInput, g: TargetProgressGeometry): string {
  if (input.type === 'value') {
    const goal = `${input.place}${input.indicator}目标为${input.deadline ? `${formatPeriod(input.deadline)}达到` : ''}${targetText(input)}`;
    if (!input.actual) return `${goal}，${NO_ACTUAL}。`;
    const share = g.type === 'value' ? g.share : null;
    const done = share === null ? '' : `，${shareWords(share, isRange(input))}`;
    return `${goal}，${formatPeriod(input.actual.period)}实际为${formatFigure(input.actual.value, input.unit, input.actual.stated)}${done}。`;
  }
  const goal = `${input.place}在${input.ranking}中的目标为${input.deadline ? `${formatPeriod(input.deadline)}达到` : ''}${formatRank(input.target)}`;
  if (!input.actual) return `${goal}，${NO_ACTUAL}。`;
  const gap = input.actual.rank - input.target;
  const state = gap > 0 ? `还差${gap}位` : gap === 0 ? '已达到目标' : `已超过目标${-gap}位`;
  return `${goal}，${formatPeriod(input.actual.period)}位列${formatRank(input.actual.rank)}，${state}。`;
}

function titleOf(input: TargetProgressInput): string {
  if (input.title) return input.title;
  return input.type === 'value' ? `${input.place}${input.indicator}目标进度` : `${input.place}${input.ranking}位次目标`;
}

function tableOf(input: TargetProgressInput, g: TargetProgressGeometry): { columns: Column[]; rows: Cell[][]; notes?: string[] } {
  const dl = input.deadline;
  const when = (p: string | undefined): Cell => (p ? cell(formatPeriod(p), p) : cell('—', null));
  if (input.type === 'value') {
    const a = input.actual;
    const u = input.unit;
    const rows: Cell[][] = [
      [cell('目标'), when(dl), cell(targetText(input), input.target), cell(u)],
      a ? [cell('最新实际'), when(a.period), cell(formatFigure(a.value, u, a.stated), a.value), cell(u)] : [cell('最新实际'), when(undefined), cell('暂无', null), cell(u)],
    ];
    const notes = [noteOf(input.target, u, input.targetStated), a ? noteOf(a.value, u, a.stated) : ''];
    const share = g.type === 'value' ? g.share : null;
    if (share !== null) {
      rows.push([cell(isRange(input) ? '完成比例（按目标下限）' : '完成比例'), when(a?.period), cell(formatShare(share), Number(trimDecimal(share * 100, 4))), cell('%')]);
      notes.push('');
    }
    return { columns: [{ label: '项目' }, { label: '时期', csv: '期间' }, { label: '数值' }, { label: '单位' }], rows, notes };
  }
  const a = input.actual;
  return {
    columns: [{ label: '项目' }, { label: '时期', csv: '期间' }, { label: '位次' }],
    rows: [
      [cell('目标'), when(dl), cell(formatRank(input.target), input.target)],
      a ? [cell('最新位次'), when(a.period), cell(formatRank(a.rank), a.rank)] : [cell('最新位次'), when(undefined), cell('暂无', null)],
    ],
  };
}

export function targetProgressChart(input: TargetProgressInput, id: string): ChartFigure {
  const g = targetProgressGeometry(input);
  const title = titleOf(input);
  const { columns, rows, notes } = tableOf(input, g);
  return buildFigure({
    kind: 'target-progress',
    id,
    title,
    summary: summaryOf(input, g),
    width: g.width,
    height: g.height,
    body: g.type === 'value' ? drawValue(g) : drawRank(g),
    caption: title,
    columns,
    rows,
    notes,
  });
}
