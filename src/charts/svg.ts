/**
 * Tiny helpers that build SVG markup as text. Every piece of text and every
 * attribute value goes through `esc`, and every coordinate through `num`, so
 * output is safe to inline and byte-stable between builds.
 */

/** Escapes text for XML element content and attribute values alike. */
export function esc(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Decimals kept in coordinates: a tenth of a unit is under 0.15 px at the widest
 * the SVG is drawn, and every digit more repeats on every mark of every page.
 */
export const DIGITS = 1;

/** A coordinate rounded to DIGITS decimals, without "-0" or trailing zeros. */
export function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite coordinate: ${n}`);
  const r = Math.round(n * 10 ** DIGITS) / 10 ** DIGITS;
  return Object.is(r, -0) ? '0' : String(r);
}

export type AttrValue = string | number | null | undefined | false;
export type Attrs = Readonly<Record<string, AttrValue>>;

/** Attributes in the order given; numbers are rounded, null/undefined/false dropped. */
export function attrs(a: Attrs): string {
  let out = '';
  for (const [key, value] of Object.entries(a)) {
    if (value === null || value === undefined || value === false) continue;
    out += ` ${key}="${typeof value === 'number' ? num(value) : esc(value)}"`;
  }
  return out;
}

/** An element whose children are already-built markup (never raw text). */
export function el(tag: string, a: Attrs = {}, children: readonly string[] = []): string {
  const inner = children.join('');
  return inner === '' ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${inner}</${tag}>`;
}

/** A <text> element; `content` is plain text and gets escaped here. */
export function text(x: number, y: number, content: string, a: Attrs = {}): string {
  return `<text${attrs({ x, y, ...a })}>${esc(content)}</text>`;
}

/** A <title> child, for the full text of a truncated label on hover. */
export function tooltip(content: string): string {
  return `<title>${esc(content)}</title>`;
}
