/**
 * Numbers the Chinese way: 万 and 亿 instead of thousands separators,
 * money in 亿元 or 万亿元, counts with their measure word.
 */
import { UNITS } from '../model/units.ts';

/** Plain decimal with at most `digits` decimals and no trailing zeros. */
export function trimDecimal(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return '';
  const fixed = n.toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** Decimals that keep about three significant figures for small numbers. */
function digitsFor(abs: number): number {
  if (abs >= 100) return abs >= 1000 ? 1 : 2;
  return 2;
}

/**
 * A compact number for axes and cards: 1200 → "1200", 12000 → "1.2万",
 * 350000000 → "3.5亿". Keeps up to `digits` decimals.
 */
export function formatCompact(n: number, digits = 1): string {
  const abs = Math.abs(n);
  if (abs >= 1e12) return `${trimDecimal(n / 1e12, digits)}万亿`;
  if (abs >= 1e8) return `${trimDecimal(n / 1e8, digits)}亿`;
  if (abs >= 1e4) return `${trimDecimal(n / 1e4, digits)}万`;
  return trimDecimal(n, abs < 10 ? Math.max(digits, 2) : digits);
}

const MONEY = ['万亿元', '亿元', '万元', '元'] as const;

/**
 * A value with its unit, choosing the money unit that reads best:
 * 12000 亿元 → "1.2万亿元", 0.5 亿元 → "5000万元", 795.29 亿元 → "795.29亿元".
 */
export function formatValue(value: number, unit: string): string {
  const def = UNITS[unit];
  if (def?.dimension === 'money') {
    const yuan = value * def.factor;
    const abs = Math.abs(yuan);
    const target = abs >= 1e12 ? '万亿元' : abs >= 1e8 || abs === 0 ? '亿元' : abs >= 1e4 ? '万元' : '元';
    const inTarget = yuan / UNITS[target].factor;
    return `${trimDecimal(inTarget, digitsFor(Math.abs(inTarget)))}${target}`;
  }
  if (unit === '%') return `${trimDecimal(value, 2)}%`;
  if (Math.abs(value) >= 1e5 && !unit.startsWith('万') && def && def.dimension !== 'area') {
    return `${trimDecimal(value / 1e4, 2)}万${unit}`;
  }
  return `${trimDecimal(value, 2)}${unit}`;
}

export { MONEY as MONEY_UNITS };

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
