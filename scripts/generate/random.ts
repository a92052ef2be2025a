/**
 * Seeded randomness. Every draw comes from a generator seeded by the run's
 * seed and a key naming what is drawn (`rngFor(seed, 'county', '420583')`),
 * so a place's figures do not depend on the order things are generated in or
 * on which other places a scale selects: the same seed gives the same 枝江市
 * at every scale, and the same seed and scale give byte-identical output.
 */

/** A 32-bit hash of a string (xmur3's finaliser): seeds from keys. */
export function hash32(text: string): number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

/** mulberry32: small, fast and good enough for synthetic content. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** Up to `n` distinct items, in the list's order. */
  sample<T>(list: readonly T[], n: number): T[] {
    if (n >= list.length) return [...list];
    const chosen = new Set(this.shuffle(list.map((_, i) => i)).slice(0, n));
    return list.filter((_, i) => chosen.has(i));
  }
}

export function rngFor(seed: number, ...keys: (string | number)[]): Rng {
  return new Rng(hash32(`${seed}|${keys.join('|')}`));
}

/**
 * Picks by weight in O(log n) per draw: briefings are mostly about the
 * stronger places, as real news is.
 */
export class WeightedPicker<T> {
  private readonly items: readonly T[];
  private readonly cumulative: number[] = [];
  private total = 0;

  constructor(items: readonly T[], weight: (item: T) => number) {
    this.items = items;
    for (const item of items) {
      this.total += Math.max(0, weight(item));
      this.cumulative.push(this.total);
    }
  }

  get size(): number {
    return this.items.length;
  }

  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}
