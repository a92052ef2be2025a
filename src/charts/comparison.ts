/**
 * Members of a region (or places of an industry) ranked by one indicator:
 * horizontal bars sorted descending, each labelled with its name and value,
 * negatives to the left of a visible zero line. No value axis: every bar
 * carries its number, which reads better on a phone than gridlines.
 */
import { formatFigure } from '../format/number.ts';
import { formatPeriod } from '../format/date.ts';
import { drawBars, layoutBars } from './bars.ts';
import type { BarLayout } from './bars.ts';
import { buildFigure, cell } from './figure.ts';
import type { Cell, Column } from './figure.ts';
import { seriesClass } from './palette.ts';
import { noteOf } from './stated.ts';
import { PAD, WIDTH } from './layout.ts';
import type { ChartFigure, ComparisonInput, ComparisonItem } from './types.ts';

export interface ComparisonGeometry extends BarLayout {
  width: number;
  height: number;
  /** True when items come from different periods: each value then names its period. */
  showPeriods: boolean;
  /** Items in drawing order (largest first). */
  items: ComparisonItem[];
}

/** Items sorted by value, largest first; ties keep name order for stable output. */
export function sortItems<T extends { value: number; label: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'zh-CN'));
}

function valueText(i: ComparisonItem, unit: string, showPeriods: boolean): string {
  return formatFigure(i.value, unit, i.stated) + (showPeriods ? `（${formatPeriod(i.period)}）` : '');
}

/** Geometry of labelled horizontal bars; null when there are no items. */
export function comparisonGeometry(input: ComparisonInput): ComparisonGeometry | null {
  const items = sortItems(input.items.filter((i) => Number.isFinite(i.value)));
  if (items.length === 0) return null;
  const showPeriods = new Set(items.map((i) => i.period)).size > 1;
  const layout = layoutBars(
    items.map((i) => ({ label: i.label, value: i.value, valueLabel: valueText(i, input.unit, showPeriods), className: seriesClass(0) })),
    PAD,
  );
  return { ...layout, width: WIDTH, height: layout.bottom + PAD, showPeriods, items };
}

function summaryOf(input: ComparisonInput, g: ComparisonGeometry): string {
  const fmt = (i: ComparisonItem) => valueText(i, input.unit, g.showPeriods);
  const items = g.items;
  const when = g.showPeriods ? '' : formatPeriod(items[0].period);
  if (items.length === 1) return `${when}${items[0].label}${input.indicator}${fmt(items[0])}。`;
  const top = items[0];
  const low = items[items.length - 1];
  const mixed = g.showPeriods ? '（各地数据时期不同）' : '';
  return `${when}${input.group ?? ''}${items.length}地${input.indicator}${mixed}最高为${top.label}${fmt(top)}，最低为${low.label}${fmt(low)}。`;
}

function titleOf(input: ComparisonInput): string {
  if (input.title) return input.title;
  return input.group ? `${input.group}各地${input.indicator}` : `${input.indicator}比较`;
}

export function comparisonChart(input: ComparisonInput, id: string): ChartFigure {
  const g = comparisonGeometry(input);
  if (!g) throw new Error(`comparison chart "${id}" has no items: do not render an empty chart`);
  const title = titleOf(input);
  const columns: Column[] = [
    { label: '名次' },
    { label: '名称' },
    { label: input.indicator, csv: `${input.indicator}（${input.unit}）` },
    { label: '时期', csv: '期间' },
  ];
  const rows: Cell[][] = g.items.map((item, k) => [
    cell(String(k + 1), k + 1),
    cell(item.label),
    cell(formatFigure(item.value, input.unit, item.stated), item.value),
    cell(formatPeriod(item.period), item.period),
  ]);
  return buildFigure({
    kind: 'comparison',
    id,
    title,
    summary: summaryOf(input, g),
    width: g.width,
    height: g.height,
    body: drawBars(g),
    caption: title,
    columns,
    rows,
    notes: g.items.map((item) => noteOf(item.value, input.unit, item.stated)),
  });
}
