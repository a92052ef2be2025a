/**
 * The index's binary pieces, shared by the builder and the search page: variable-length
 * integers, posting lists (ascending page numbers) and the term hash that picks a term's file.
 *
 * A posting list is stored as gaps, or as a bitmap when that is smaller: a word on every
 * page of a 16,000-page site then costs 2 KB, not 16,000 gaps.
 */

export class ByteWriter {
  private buf = new Uint8Array(1024);
  length = 0;

  private room(n: number) {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  byte(b: number) {
    this.room(1);
    this.buf[this.length++] = b;
  }

  varint(n: number) {
    while (n >= 0x80) {
      this.byte((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    this.byte(n);
  }

  bytes(b: Uint8Array) {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

export class ByteReader {
  pos = 0;
  readonly buf: Uint8Array;
  constructor(buf: Uint8Array) {
    this.buf = buf;
  }

  get done() {
    return this.pos >= this.buf.length;
  }

  byte(): number {
    if (this.pos >= this.buf.length) throw new Error('search index: unexpected end of data');
    return this.buf[this.pos++];
  }

  varint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 128;
    }
  }

  bytes(n: number): Uint8Array {
    if (this.pos + n > this.buf.length) throw new Error('search index: unexpected end of data');
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

function gapBytes(ids: readonly number[]): number {
  let n = 0;
  let prev = -1;
  for (const id of ids) {
    const gap = id - prev - 1;
    n += gap < 0x80 ? 1 : gap < 0x4000 ? 2 : gap < 0x200000 ? 3 : 4;
    prev = id;
  }
  return n;
}

/** Writes ascending page numbers: a header (count or bitmap size, and which), then the data. */
export function writePostings(w: ByteWriter, ids: readonly number[]) {
  const bitmapSize = ids.length ? (ids[ids.length - 1] >> 3) + 1 : 0;
  if (bitmapSize < gapBytes(ids)) {
    const bits = new Uint8Array(bitmapSize);
    for (const id of ids) bits[id >> 3] |= 1 << (id & 7);
    w.varint(bitmapSize * 2 + 1);
    w.bytes(bits);
    return;
  }
  w.varint(ids.length * 2);
  let prev = -1;
  for (const id of ids) {
    w.varint(id - prev - 1);
    prev = id;
  }
}

export function readPostings(r: ByteReader): number[] {
  const head = r.varint();
  const out: number[] = [];
  if (head & 1) {
    const bits = r.bytes((head - 1) / 2);
    for (let i = 0; i < bits.length; i++) {
      const b = bits[i];
      if (b) for (let j = 0; j < 8; j++) if (b & (1 << j)) out.push(i * 8 + j);
    }
    return out;
  }
  let prev = -1;
  for (let n = head / 2; n > 0; n--) {
    prev += r.varint() + 1;
    out.push(prev);
  }
  return out;
}

/** FNV-1a over UTF-16 code units: the same number in Node and every browser. */
export function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function writeString(w: ByteWriter, s: string) {
  const b = encoder.encode(s);
  w.varint(b.length);
  w.bytes(b);
}

export function readString(r: ByteReader): string {
  return decoder.decode(r.bytes(r.varint()));
}
