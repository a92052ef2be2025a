/**
 * Direct labels at line ends, moved apart vertically so they never overlap
 * (series are told apart by these labels and by marker shapes, not colour).
 */

export interface Placed {
  /** Where the label wants to be. */
  y: number;
  /** Where it ends up. */
  labelY: number;
}

/**
 * Spreads `ys` so neighbours are at least `gap` apart, staying inside
 * [top, bottom] when there is room; keeps the input order of the array.
 */
export function dodge(ys: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const out = order.map((o) => o.y);
  // Push down past the one above, then pull everything back up from the bottom.
  for (let k = 0; k < out.length; k++) out[k] = Math.max(out[k], k === 0 ? top : out[k - 1] + gap);
  for (let k = out.length - 1; k >= 0; k--) out[k] = Math.min(out[k], k === out.length - 1 ? bottom : out[k + 1] - gap);
  for (let k = 0; k < out.length; k++) out[k] = Math.max(out[k], k === 0 ? top : out[k - 1] + gap);
  const result = new Array<number>(ys.length);
  order.forEach((o, k) => (result[o.i] = out[k]));
  return result;
}
