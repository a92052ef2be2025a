/**
 * Colours are CSS classes defined in charts.css (pages run under a CSP
 * without 'unsafe-inline', so no style attributes). This module only hands
 * out class names and marker shapes; shapes keep series apart without colour.
 */
import { pathRound, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye } from 'd3';
import type { SymbolType } from 'd3';
import { DIGITS } from './svg.ts';

/** Number of categorical colours in charts.css (Okabe–Ito hues, adjusted for contrast). */
export const SERIES_COLOURS = 6;

/** Class that sets the series colour (`--chart-c`) for everything inside. */
export function seriesClass(i: number): string {
  return `chart-s${i % SERIES_COLOURS}`;
}

const SHAPES: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye, symbolCross];

/**
 * A marker path centred on x,y; `area` is in square units. The shape is drawn
 * in place rather than moved by a transform: a line of five markers is then
 * five short paths, with nothing repeated but the shape's commands.
 */
export function markerPath(i: number, x: number, y: number, area = 64): string {
  const path = pathRound(DIGITS);
  SHAPES[i % SHAPES.length].draw(
    {
      moveTo: (px, py) => path.moveTo(px + x, py + y),
      lineTo: (px, py) => path.lineTo(px + x, py + y),
      arc: (cx, cy, r, a0, a1, ccw) => path.arc(cx + x, cy + y, r, a0, a1, ccw),
      closePath: () => path.closePath(),
      bezierCurveTo: (c1x, c1y, c2x, c2y, px, py) => path.bezierCurveTo(c1x + x, c1y + y, c2x + x, c2y + y, px + x, py + y),
      quadraticCurveTo: (cx, cy, px, py) => path.quadraticCurveTo(cx + x, cy + y, px + x, py + y),
      arcTo: (x1, y1, x2, y2, r) => path.arcTo(x1 + x, y1 + y, x2 + x, y2 + y, r),
      rect: (rx, ry, w, h) => path.rect(rx + x, ry + y, w, h),
      ellipse: () => {
        throw new Error('d3 symbols draw no ellipses');
      },
    },
    area,
  );
  return path.toString();
}

/** Number of sequential classes for the map (low → high; every class ≥ 3:1 on the page). */
export const SEQUENTIAL_CLASSES = 4;

export function sequentialClass(i: number): string {
  return `chart-q${i}`;
}

/** Project statuses in life-cycle order; anything else is "未注明". */
export const STATUSES = ['谋划', '签约', '在建', '投产', '竣工'] as const;
export const UNKNOWN_STATUS = '未注明';

export function normaliseStatus(status: string | undefined): string {
  const s = status?.trim() ?? '';
  return (STATUSES as readonly string[]).includes(s) ? s : UNKNOWN_STATUS;
}

/** Fixed colour per status, so a status looks the same on every page. */
export function statusClass(status: string): string {
  const i = (STATUSES as readonly string[]).indexOf(status);
  return i < 0 ? 'chart-muted' : seriesClass(i);
}
