/**
 * Colours are CSS classes defined in charts.css (pages run under a CSP
 * without 'unsafe-inline', so no style attributes). This module only hands
 * out class names and marker shapes; shapes keep series apart without colour.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye } from 'd3';
import type { SymbolType } from 'd3';

/** Number of categorical colours in charts.css (Okabe–Ito hues, adjusted for contrast). */
export const SERIES_COLOURS = 6;

/** Class that sets the series colour (`--chart-c`) for everything inside. */
export function seriesClass(i: number): string {
  return `chart-s${i % SERIES_COLOURS}`;
}

const SHAPES: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye, symbolCross];

/** A marker path centred on 0,0; `area` is in square units. */
export function markerPath(i: number, area = 64): string {
  return symbol(SHAPES[i % SHAPES.length], area).digits(2)() ?? '';
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
