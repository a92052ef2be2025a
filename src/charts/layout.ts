/**
 * Shared sizes, in SVG user units. The SVG is drawn at 100% of the column:
 * about 330 px on a 360 px phone, so 440 units shrink by 0.75 there and a
 * 14-unit font renders at 10.5 px; capped at ~640 px on desktop it is ~20 px.
 */
export const WIDTH = 440;
export const FONT = 14;
/** Baseline-to-baseline distance for stacked text lines. */
export const LINE = 18;
/** Gap between a mark and its label. */
export const GAP = 6;
/** Room around the plot area for the outermost labels. */
export const PAD = 8;
