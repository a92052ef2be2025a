/**
 * Labelled horizontal bars, shared by the comparison and projects charts:
 * names in a right-aligned column, bars from a visible zero line, the value
 * at the end of each bar (left of it for negatives).
 */
import { scaleLinear } from 'd3';
import { el, text, tooltip } from './svg.ts';
import { fitText, textWidth } from './text.ts';
import { FONT, GAP, PAD, WIDTH } from './layout.ts';

export const ROW = 26;
const BAR = 16;
/** The bars keep at least this much width, whatever the labels take. */
const MIN_PLOT = 140;

export interface BarItem {
  label: string;
  value: number;
  /** Text at the bar's end, already formatted. */
  valueLabel: string;
  /** Colour class for the row (palette.ts). */
  className: string;
}

export interface BarRow {
  item: BarItem;
  /** Name as drawn, shortened with "…" only when it cannot fit. */
  name: string;
  y: number;
  bar: { x: number; y: number; width: number; height: number };
  labelX: number;
  labelAnchor: 'start' | 'end';
}

export interface BarLayout {
  xDomain: [number, number];
  xRange: [number, number];
  zeroX: number;
  nameRight: number;
  top: number;
  bottom: number;
  rows: BarRow[];
}

/** Room the name column wants, capped at a third of the width. */
export function nameRoomFor(labels: readonly string[]): number {
  return Math.min(WIDTH * 0.34, Math.max(0, ...labels.map((l) => textWidth(l, FONT))));
}

/** Lays out bars in the given order, the first row at `top`. */
export function layoutBars(items: readonly BarItem[], top: number, nameRoomWanted = nameRoomFor(items.map((i) => i.label))): BarLayout {
  const posRoom = Math.max(0, ...items.filter((i) => i.value >= 0).map((i) => textWidth(i.valueLabel, FONT) + GAP));
  const negRoom = Math.max(0, ...items.filter((i) => i.value < 0).map((i) => textWidth(i.valueLabel, FONT) + GAP));
  const nameRoom = Math.max(2 * FONT, Math.min(nameRoomWanted, WIDTH - 2 * PAD - GAP - posRoom - negRoom - MIN_PLOT));
  const nameRight = PAD + nameRoom;
  const values = items.map((i) => i.value);
  const xDomain: [number, number] = [Math.min(0, ...values), Math.max(0, ...values)];
  if (xDomain[0] === xDomain[1]) xDomain[1] = 1;
  const xRange: [number, number] = [nameRight + GAP + negRoom, WIDTH - PAD - posRoom];
  const x = scaleLinear().domain(xDomain).range(xRange);
  const zeroX = x(0);
  const rows = items.map((item, k): BarRow => {
    const y = top + k * ROW;
    const end = x(item.value);
    const neg = item.value < 0;
    return {
      item,
      name: fitText(item.label, nameRoom, FONT),
      y,
      bar: { x: Math.min(zeroX, end), y: y + (ROW - BAR) / 2, width: Math.max(Math.abs(end - zeroX), 0.5), height: BAR },
      labelX: neg ? end - GAP : end + GAP,
      labelAnchor: neg ? 'end' : 'start',
    };
  });
  return { xDomain, xRange, zeroX, nameRight, top, bottom: top + items.length * ROW, rows };
}

/**
 * Markup for a bar layout: names, bars, values and the zero line. Names are
 * never links: the SVG has role="img", which must hold nothing interactive.
 */
export function drawBars(layout: BarLayout): string {
  const parts = layout.rows.map((r) => {
    const mid = r.y + ROW / 2;
    const name = text(layout.nameRight, mid, r.name, { class: 'chart-bar-name', 'text-anchor': 'end', dy: '0.35em' });
    return el('g', { class: `chart-row ${r.item.className}` }, [
      r.name === r.item.label ? '' : tooltip(r.item.label),
      name,
      el('rect', { class: 'chart-bar', ...r.bar }, [tooltip(`${r.item.label}：${r.item.valueLabel}`)]),
      text(r.labelX, mid, r.item.valueLabel, { class: 'chart-value-label', 'text-anchor': r.labelAnchor === 'end' ? 'end' : undefined, dy: '0.35em' }),
    ]);
  });
  const zero = el('line', { class: 'chart-zero', x1: layout.zeroX, x2: layout.zeroX, y1: layout.top, y2: layout.bottom });
  return parts.join('') + zero;
}
