/**
 * Line series shared by the rank and indicator charts: a path that breaks at
 * missing periods (no interpolation across a gap), a marker per point, and a
 * direct label at the series' last point.
 */
import { line } from 'd3';
import { DIGITS, el, text, tooltip } from './svg.ts';
import { markerPath, seriesClass } from './palette.ts';
import { dodge } from './labels.ts';
import { fitText } from './text.ts';
import { FONT, GAP, LINE } from './layout.ts';
import type { Period } from './types.ts';

export interface LinePoint {
  period: Period;
  x: number;
  /** null where the period has no value: the line breaks there. */
  y: number | null;
  /** Text next to the marker (single-series charts), if any. */
  label?: string;
  /** Exact value shown on hover (an SVG <title>), e.g. "枝江市 2021年：第98位". */
  tip?: string;
}

export interface LineSeriesGeometry {
  /** Full series label (table header, tooltip). */
  name: string;
  /** Series index: picks colour class and marker shape. */
  index: number;
  points: LinePoint[];
  /** SVG path data; empty when no two neighbouring points exist. */
  path: string;
  /** Label at the last defined point, after dodging; null for an empty series. */
  end: { x: number; y: number; labelY: number; text: string } | null;
}

const MARKER_AREA = 64;
/** Marker radius, roughly, for label offsets. */
export const MARKER_R = 5;

/** Paths and end labels for several series over the same x positions. */
export function layoutLines(
  series: readonly { name: string; points: LinePoint[] }[],
  opts: { labelRoom: number; top: number; bottom: number; extra?: { y: number }[] },
): { lines: LineSeriesGeometry[]; extraY: number[] } {
  const path = line<LinePoint>()
    .defined((p) => p.y !== null)
    .x((p) => p.x)
    .y((p) => p.y ?? 0)
    .digits(DIGITS);
  const lines: LineSeriesGeometry[] = series.map((s, index) => {
    const defined = s.points.filter((p) => p.y !== null);
    const last = defined.at(-1);
    return {
      name: s.name,
      index,
      points: s.points,
      path: defined.length > 1 ? (path(s.points) ?? '') : '',
      end: last ? { x: last.x, y: last.y ?? 0, labelY: last.y ?? 0, text: fitText(s.name, opts.labelRoom, FONT) } : null,
    };
  });
  // Labels that end at the same x compete for room; dodge each such group.
  const extra = opts.extra ?? [];
  const rightmost = Math.max(...lines.map((l) => l.end?.x ?? -Infinity));
  const groups = new Map<number, LineSeriesGeometry[]>();
  for (const l of lines) if (l.end) groups.set(l.end.x, [...(groups.get(l.end.x) ?? []), l]);
  let extraY = extra.map((e) => e.y);
  for (const [x, group] of groups) {
    const withExtra = x === rightmost;
    const ys = [...group.map((l) => l.end?.y ?? 0), ...(withExtra ? extraY : [])];
    const placed = dodge(ys, LINE, opts.top, opts.bottom);
    group.forEach((l, k) => {
      if (l.end) l.end.labelY = placed[k];
    });
    if (withExtra) extraY = placed.slice(group.length);
  }
  return { lines, extraY };
}

/** Markup for one series: path, markers (+ point labels), end label. */
export function drawLine(l: LineSeriesGeometry): string {
  const parts: string[] = [];
  if (l.path) parts.push(el('path', { class: 'chart-line', d: l.path }));
  for (const p of l.points) {
    if (p.y === null) continue;
    parts.push(el('path', { class: 'chart-marker', d: markerPath(l.index, p.x, p.y, MARKER_AREA) }, p.tip ? [tooltip(p.tip)] : []));
    if (p.label) parts.push(text(p.x, p.y - MARKER_R - GAP, p.label, { class: 'chart-point-label chart-halo', 'text-anchor': 'middle' }));
  }
  if (l.end) {
    const lx = l.end.x + MARKER_R + GAP;
    if (Math.abs(l.end.labelY - l.end.y) > 2) {
      // Leader from the marker to a label that had to move away from it.
      parts.push(el('line', { class: 'chart-leader', x1: l.end.x + MARKER_R, y1: l.end.y, x2: lx - 2, y2: l.end.labelY }));
    }
    const label = text(lx, l.end.labelY, l.end.text, { class: 'chart-end-label chart-halo', dy: '0.35em' });
    parts.push(l.end.text === l.name ? label : el('g', {}, [tooltip(l.name), label]));
  }
  return el('g', { class: `chart-series ${seriesClass(l.index)}` }, parts);
}
