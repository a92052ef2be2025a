/**
 * Text width without a DOM. Build-time code cannot measure glyphs, so widths
 * are estimated: a CJK character (or full-width form) is about 1 em, other
 * characters about 0.6 em. Good enough to reserve label room and to decide
 * when a label must be shortened.
 */

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2026\u2014]/u;

/** Estimated width in em of `s`. */
export function emWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 1 : /\s/.test(ch) ? 0.3 : 0.6;
  return w;
}

/** Estimated width in user units at `fontSize`. */
export function textWidth(s: string, fontSize: number): number {
  return emWidth(s) * fontSize;
}

/**
 * `s` unchanged when it fits in `maxWidth`, else cut and ended with "…".
 * Callers keep the full text in the table and in a <title> tooltip.
 */
export function fitText(s: string, maxWidth: number, fontSize: number): string {
  if (textWidth(s, fontSize) <= maxWidth) return s;
  const room = maxWidth / fontSize - emWidth('…');
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = emWidth(ch);
    if (w + cw > room) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}
