/**
 * Numbers the Chinese way: 万 and 亿 instead of thousands separators,
 * money in 亿元 or 万亿元, counts with their measure word.
 *
 * Rule for every scaled number: round in a candidate unit first, then move to
 * the next larger unit when the rounded figure reaches it, so 9999.95 reads
 * "1万" and 9999.99 亿元 reads "1万亿元", never "10000" or "10000亿元".
 */
import { convert, clean, INFIX_QUALIFIERS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS, UNITS, type Qualifier } from './units.ts';
export type { Qualifier } from './units.ts';

/** Plain decimal with at most `digits` decimals and no trailing zeros. */
export function trimDecimal(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return '';
  const fixed = n.toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** One rung of a unit ladder: divide by `factor`, then write `suffix`. */
interface Rung {
  factor: number;
  suffix: string;
}

/**
 * Writes `n` in the largest rung whose rounded figure is at least 1: starts
 * from the rung the raw size suggests and moves up while rounding carried the
 * figure into the next rung (9999.95 → "10000" → "1万").
 */
function scaled(n: number, ladder: readonly Rung[], decimals: (x: number, rung: number) => number): string {
  const abs = Math.abs(n);
  let i = 0;
  while (i + 1 < ladder.length && abs >= ladder[i + 1].factor) i++;
  for (;;) {
    const x = abs / ladder[i].factor;
    const text = trimDecimal(x, decimals(x, i));
    const next = ladder[i + 1];
    if (next && Number(text) >= next.factor / ladder[i].factor) {
      i++;
      continue;
    }
    return `${n < 0 && text !== '0' ? '-' : ''}${text}${ladder[i].suffix}`;
  }
}

const COMPACT: readonly Rung[] = [
  { factor: 1, suffix: '' },
  { factor: 1e4, suffix: '万' },
  { factor: 1e8, suffix: '亿' },
  { factor: 1e12, suffix: '万亿' },
];

/** Decimals that keep two significant figures of a number below 1 (0.004 → 3, 0.045 → 4). */
function smallDecimals(x: number): number {
  return x > 0 && x < 1 ? 1 - Math.floor(Math.log10(x)) : 0;
}

/**
 * A compact number for axes and cards: 1200 → "1200", 12000 → "1.2万",
 * 350000000 → "3.5亿", 0.004 → "0.004". Keeps up to `digits` decimals once
 * scaled; unscaled numbers below 10 keep at least two, and numbers below 1
 * their first two significant figures.
 */
export function formatCompact(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return '';
  return scaled(n, COMPACT, (x, rung) => (rung > 0 ? digits : x < 10 ? Math.max(digits, 2, smallDecimals(x)) : digits));
}

const MONEY: readonly Rung[] = ['元', '万元', '亿元', '万亿元'].map((u) => ({ factor: UNITS[u].factor, suffix: u }));

/** Units that read with 万 and 亿 in front when large: counts, people, visits, mass, power, energy, containers; not area, length or %. */
const SCALED_DIMENSIONS = new Set(['people', 'visits', 'households', 'mass', 'power', 'energy', 'containers', 'count-ge', 'count-jia', 'count-xiang']);

/** The unit with factor 1 of a dimension (万人 → 人, 万吨 → 吨). */
function baseUnit(dimension: string): string | undefined {
  return Object.keys(UNITS).find((u) => UNITS[u].dimension === dimension && UNITS[u].factor === 1);
}

/**
 * A value with its unit, in the unit that reads best:
 * 12000 亿元 → "1.2万亿元", 0.5 亿元 → "5000万元", 795.29 亿元 → "795.29亿元",
 * 1.5e8 人 → "1.5亿人", 12000 万人 → "1.2亿人", 220000 吨 → "22万吨".
 * Area units and % stay as they are.
 */
export function formatValue(value: number, unit: string): string {
  const def = UNITS[unit];
  if (def?.dimension === 'money') {
    // Zero has no natural size: it reads in the metric's own unit (0万元, not 0亿元).
    if (value === 0) return `0${unit}`;
    // Money keeps about four significant figures: one decimal from 1000 up, two below.
    return scaled(value * def.factor, MONEY, (x) => (x >= 1000 ? 1 : 2));
  }
  const base = def && SCALED_DIMENSIONS.has(def.dimension) ? baseUnit(def.dimension) : undefined;
  if (base !== undefined && value !== 0) {
    const ladder = [
      { factor: 1, suffix: base },
      { factor: 1e4, suffix: `万${base}` },
      { factor: 1e8, suffix: `亿${base}` },
    ];
    return scaled(value * def!.factor, ladder, () => 2);
  }
  return `${trimDecimal(value, 2)}${unit}`;
}

/** "第98位" */
export function formatRank(rank: number): string {
  return `第${rank}位`;
}

/**
 * Movement between two ranks, where a smaller rank is better.
 * `delta` is previous − current: positive means the place moved up.
 */
export function rankMovement(delta: number | undefined): { arrow: string; words: string } {
  // Unknown, not "new": the content may simply not hold the previous year.
  if (delta === undefined) return { arrow: '—', words: '无上年位次' };
  if (delta > 0) return { arrow: `↑${delta}`, words: `上升${delta}位` };
  if (delta < 0) return { arrow: `↓${-delta}`, words: `下降${-delta}位` };
  return { arrow: '＝', words: '位次不变' };
}

/** Share as a percentage string: 0.6166 → "61.7%". */
export function formatShare(share: number): string {
  return `${trimDecimal(share * 100, 1)}%`;
}

/**
 * How the source stated a figure, beyond its number: the qualifier, the unit it was
 * written in, and for a target's range ("5-8家") the upper bound. `max` is in the same
 * unit as the value it goes with.
 */
export interface Stated {
  qualifier?: Qualifier;
  /** The unit as written (亿 already read as 亿元); figures with a qualifier or a range are shown in it. */
  unit?: string;
  /** Upper bound of a range. */
  max?: number;
}

/** Plain decimal with every stated digit (no rounding beyond binary noise). */
function exact(n: number): string {
  return trimDecimal(clean(n), 8);
}

/**
 * A figure as its source states it: 约800亿元, 4310多亩, 30余万平方米, 1000亿元以上, 5-8家.
 * `value` (and `stated.max`) are in `unit`. A plain figure reads as formatValue gives it; a
 * qualified figure or a range keeps the number and unit the source wrote, because "1.2多亿元"
 * or a rescaled "约8万亿元" would say something the source did not.
 */
export function formatFigure(value: number, unit: string, stated?: Stated): string {
  if (!stated || (stated.qualifier === undefined && stated.max === undefined)) return formatValue(value, unit);
  const shown = stated.unit && convert(1, stated.unit, unit) !== undefined ? stated.unit : unit;
  const inShown = (v: number) => exact(convert(v, unit, shown) ?? v);
  const q = stated.qualifier;
  const pre = q && (PREFIX_QUALIFIERS as readonly string[]).includes(q) ? q : '';
  const mid = q && (INFIX_QUALIFIERS as readonly string[]).includes(q) ? q : '';
  const post = q && (SUFFIX_QUALIFIERS as readonly string[]).includes(q) ? q : '';
  const num = stated.max === undefined ? inShown(value) : `${inShown(value)}-${inShown(stated.max)}`;
  return `${pre}${num}${mid}${shown}${post}`;
}
