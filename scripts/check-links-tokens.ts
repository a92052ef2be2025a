/**
 * HTML tokenizer pieces for the link checker's scanner (scripts/check-links-scan.ts), over a
 * page's UTF-8 bytes: every character the syntax looks at is ASCII, so only the attribute
 * values the checker keeps are decoded to strings. Each follows the tokenizer state it names
 * (HTML spec §13.2.5), so what it reads is what parse5 read.
 */
import type { Buffer } from 'node:buffer';
import { parseFragment } from 'parse5';

// Byte values.
const TAB = 9, LF = 10, FF = 12, CR = 13, SPACE = 32, QUOT = 34, APOS = 39, SLASH = 47, EQ = 61, GT = 62;
export const LT = 60;
/** Tab, newline, form feed, space; and carriage return, which the input stream makes a newline. */
export const isSpace = (c: number) => c === SPACE || c === LF || c === TAB || c === FF || c === CR;
export const isAlpha = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** The attributes a Tag keeps (the first of each name on a tag), by slot. */
export const ATTRS = ['id', 'name', 'href', 'src', 'srcset', 'poster', 'data', 'xlink:href', 'encoding', 'color', 'face', 'size'] as const;
export type AttrName = (typeof ATTRS)[number];
export const SLOT = Object.fromEntries(ATTRS.map((a, k) => [a, k])) as Record<AttrName, number>;
/** Slots by name length, to match a name without making a string of it. */
const BY_LENGTH: number[][] = [];
ATTRS.forEach((a, k) => (BY_LENGTH[a.length] ??= []).push(k));

/** Whether bytes [start, start + name.length) spell name, ASCII case-insensitively. */
export function spells(b: Buffer, start: number, name: string): boolean {
  if (start + name.length > b.length) return false;
  for (let k = 0; k < name.length; k++) {
    const e = name.charCodeAt(k);
    const c = b[start + k];
    if (c !== e && !(e >= 97 && e <= 122 && c === e - 32)) return false;
  }
  return true;
}

/**
 * What a caller keeps per tag name (lowercased as the tokenizer does), made once per name by
 * its factory and found again from the bytes without making a string: a small table by hash.
 */
export class Names<T extends { name: string }> {
  private readonly table: (T | undefined)[] = new Array(1024);
  private readonly byName = new Map<string, T>();
  private readonly make: (name: string) => T;
  constructor(make: (name: string) => T) {
    this.make = make;
  }

  /** The entry for a name given as a string. */
  get(name: string): T {
    let entry = this.byName.get(name);
    if (entry === undefined) {
      entry = this.make(name);
      this.byName.set(name, entry);
    }
    return entry;
  }

  /** The entry for the name in bytes [start, end). */
  at(b: Buffer, start: number, end: number): T {
    let h = end - start;
    for (let k = start; k < end; k++) {
      const c = b[k];
      if (c >= 0x80) return this.get(lowerAscii(b.toString('utf8', start, end)));
      h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
    }
    const slot = h & 1023;
    const known = this.table[slot];
    if (known !== undefined && known.name.length === end - start && spells(b, start, known.name)) return known;
    const entry = this.get(lowerAscii(b.toString('latin1', start, end)));
    this.table[slot] = entry;
    return entry;
  }
}

function lowerAscii(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}

/** The tag just read: its name's entry and where the attributes it keeps are. */
export class Tag<T extends { name: string }> {
  element: T;
  selfClosing = false;
  /** Slots set while reading this tag have this generation. */
  private generation = 0;
  private readonly set = new Int32Array(ATTRS.length);
  private readonly starts = new Int32Array(ATTRS.length);
  private readonly ends = new Int32Array(ATTRS.length);
  private readonly quotes = new Uint8Array(ATTRS.length);

  private readonly names: Names<T>;
  constructor(names: Names<T>) {
    this.names = names;
    this.element = names.get('');
  }

  /** Whether the tag has the attribute. */
  has(slot: number): boolean {
    return this.set[slot] === this.generation;
  }

  /** The attribute's value with character references decoded, or null. */
  value(b: Buffer, slot: number): string | null {
    if (this.set[slot] !== this.generation) return null;
    const start = this.starts[slot], end = this.ends[slot];
    if (start === end) return '';
    // Newlines and NULs as the tokenizer's input stream has them.
    let raw = b.toString('utf8', start, end);
    if (raw.includes('\r')) raw = raw.replace(/\r\n?/g, '\n');
    if (raw.includes('\0')) raw = raw.replace(/\0/g, '\ufffd');
    return decodeAttribute(raw, this.quotes[slot]);
  }

  private keep(b: Buffer, nameStart: number, nameEnd: number, start: number, end: number, quote: number): void {
    const candidates = BY_LENGTH[nameEnd - nameStart];
    if (!candidates) return;
    for (const slot of candidates) {
      if (!spells(b, nameStart, ATTRS[slot])) continue;
      if (this.set[slot] !== this.generation) { // the first one wins
        this.set[slot] = this.generation;
        this.starts[slot] = start;
        this.ends[slot] = end;
        this.quotes[slot] = quote;
      }
      return;
    }
  }

  /**
   * Reads a tag from its name (just after "<" or "</") to its ">": the tag name, before/after
   * attribute name, attribute value and self-closing states. Returns the index after ">", or
   * -1 at the end of the page (an unfinished tag is dropped).
   */
  read(b: Buffer, from: number): number {
    const n = b.length;
    let i = from;
    while (i < n) {
      const c = b[i];
      if (isSpace(c) || c === SLASH || c === GT) break;
      i++;
    }
    this.element = this.names.at(b, from, i);
    this.selfClosing = false;
    this.generation++;
    while (i < n) {
      let c = b[i];
      if (isSpace(c)) { i++; continue; }
      if (c === GT) return i + 1;
      if (c === SLASH) {
        if (b[i + 1] === GT) { this.selfClosing = true; return i + 2; }
        i++;
        continue;
      }
      // An attribute name: a leading "=" belongs to it.
      const nameStart = i;
      i++;
      while (i < n) {
        c = b[i];
        if (isSpace(c) || c === SLASH || c === GT || c === EQ) break;
        i++;
      }
      const nameEnd = i;
      while (i < n && isSpace(b[i])) i++;
      if (b[i] !== EQ) { this.keep(b, nameStart, nameEnd, i, i, 0); continue; }
      i++;
      while (i < n && isSpace(b[i])) i++;
      c = b[i];
      const quoted = c === QUOT || c === APOS;
      const start = quoted ? i + 1 : i;
      i = start;
      if (quoted) while (i < n && b[i] !== c) i++;
      else while (i < n && !isSpace(b[i]) && b[i] !== GT) i++;
      if (i >= n) return -1;
      this.keep(b, nameStart, nameEnd, start, i, quoted ? c : 0);
      if (quoted) i++;
    }
    return -1;
  }
}

/** The references our pages use: &amp; &quot; &apos; &lt; &gt; &nbsp; and numbers. */
const SIMPLE_REF = /&(?:(amp|quot|apos|lt|gt|nbsp)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
/** An "&" that may start a reference SIMPLE_REF does not cover. */
const OTHER_REF = /&(?!(?:amp|quot|apos|lt|gt|nbsp|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)[a-zA-Z0-9#]/;
/** Numbers the tokenizer keeps (it replaces NUL, C1 controls, surrogates and numbers beyond Unicode). */
const kept = (cp: number) => cp !== 0 && (cp < 0x80 || cp > 0x9f) && (cp < 0xd800 || cp > 0xdfff) && cp <= 0x10ffff;

/**
 * An attribute value with its character references decoded: the usual ones here, anything
 * else (legacy names without ";", the 2,000-odd other names, replaced numbers) by parse5
 * itself on a one-attribute tag written with the same quote, so the value is the one parse5
 * gave. quote is the character code of the value's quote, or 0 when it had none.
 */
export function decodeAttribute(raw: string, quote: number): string {
  if (!raw.includes('&')) return raw;
  if (!OTHER_REF.test(raw)) {
    let exact = true;
    const out = raw.replace(SIMPLE_REF, (m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (name) return NAMED[name];
      const cp = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
      if (!kept(cp)) exact = false;
      return exact ? String.fromCodePoint(cp) : m;
    });
    if (exact) return out;
  }
  const q = quote === APOS ? "'" : quote === QUOT ? '"' : '';
  const el = parseFragment(`<i x=${q}${raw}${q}>`).childNodes[0] as { attrs?: { value: string }[] };
  return el.attrs?.[0]?.value ?? raw;
}

/** Index just after a comment that starts at "<!--" (comment start, comment end states). */
export function commentEnd(b: Buffer, lt: number): number {
  const body = lt + 4;
  if (b[body] === GT) return body + 1; // <!-->
  if (b[body] === 45 && b[body + 1] === GT) return body + 2; // <!--->
  const x = b.indexOf('-->', body);
  const y = b.indexOf('--!>', body);
  if (x < 0 && y < 0) return b.length;
  return x >= 0 && (y < 0 || x < y) ? x + 3 : y + 4;
}

/** Index just after a bogus comment (<?…>, <!…>, </…>) or a DOCTYPE: its first ">". */
export function bogusEnd(b: Buffer, from: number): number {
  const gt = b.indexOf(GT, from);
  return gt < 0 ? b.length : gt + 1;
}

/** Whether "</name" (or "<name" when open) and a space, "/" or ">" start at i, ASCII case-insensitively. */
function tagAt(b: Buffer, i: number, name: string, open = false): boolean {
  if (b[i] !== LT) return false;
  const at = open ? i + 1 : i + 2;
  if (!open && b[i + 1] !== SLASH) return false;
  if (!spells(b, at, name)) return false;
  const c = b[at + name.length];
  return isSpace(c) || c === SLASH || c === GT;
}

/** Index of the end tag that closes RAWTEXT or RCDATA (an "appropriate end tag"), or -1. */
export function rawTextEnd(b: Buffer, from: number, name: string): number {
  for (let i = b.indexOf('</', from); i >= 0; i = b.indexOf('</', i + 2)) if (tagAt(b, i, name)) return i;
  return -1;
}

/** Index of the "</script" that ends script data, through its "<!--" escapes, or -1. */
export function scriptEnd(b: Buffer, from: number): number {
  let state: 'data' | 'escaped' | 'double' = 'data';
  let i = from;
  for (;;) {
    if (state === 'data') {
      const lt = b.indexOf(LT, i);
      if (lt < 0) return -1;
      if (b[lt + 1] === 33 && b[lt + 2] === 45 && b[lt + 3] === 45) { state = 'escaped'; i = lt + 2; continue; } // <!--
      if (tagAt(b, lt, 'script')) return lt;
      i = lt + 1;
      continue;
    }
    // Escaped text ends at "-->"; in it "<script" starts double escaping, and "</script" ends that.
    const dashes = b.indexOf('-->', i);
    let lt = b.indexOf(LT, i);
    for (; lt >= 0 && (dashes < 0 || lt < dashes); lt = b.indexOf(LT, lt + 1)) {
      if (state === 'escaped' && tagAt(b, lt, 'script')) return lt;
      if (tagAt(b, lt, 'script', state === 'escaped')) break;
    }
    if (lt >= 0 && (dashes < 0 || lt < dashes)) {
      i = lt + (state === 'escaped' ? 7 : 8);
      state = state === 'escaped' ? 'double' : 'escaped';
      continue;
    }
    if (dashes < 0) return -1;
    state = 'data';
    i = dashes + 3;
  }
}
