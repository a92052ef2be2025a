/**
 * Figures as their source stated them (CONTENT-FORMAT 1.1): when a value reads
 * differently from its plain number, what the CSV's note says about it, and
 * how a sum of qualified figures is qualified.
 */
import { formatFigure, formatValue } from '../format/number.ts';
import type { Qualifier, Stated } from '../format/number.ts';

/** True when the source qualified the figure or gave a range: it then reads as stated, not as its plain number. */
export function isQualified(stated: Stated | undefined): stated is Stated {
  return stated !== undefined && (stated.qualifier !== undefined || stated.max !== undefined);
}

/** The CSV note for one value: the figure as stated ("约800亿元", "5-8家"), or '' for a plain figure. */
export function noteOf(value: number, unit: string, stated: Stated | undefined): string {
  return isQualified(stated) ? formatFigure(value, unit, stated) : '';
}

/** Qualifiers that put the true figure above the number written. */
const ABOVE: ReadonlySet<Qualifier> = new Set<Qualifier>(['超过', '超', '逾', '多', '余', '以上']);

/**
 * The qualifier a sum of figures earns (always one written before the number): none when every part is plain; 超 when
 * every qualified part is "more than" (the sum is then a lower bound); 近 when
 * every qualified part is 近; 约 for any other mix, and for ranges.
 */
export function sumQualifier(parts: readonly (Stated | undefined)[]): Qualifier | undefined {
  const qualified = parts.filter(isQualified);
  if (qualified.length === 0) return undefined;
  if (qualified.every((s) => s.max === undefined && s.qualifier !== undefined && ABOVE.has(s.qualifier))) return '超';
  if (qualified.every((s) => s.max === undefined && s.qualifier === '近')) return '近';
  return '约';
}

/**
 * A sum written with the qualifier its parts earn: "223.2亿元", "约223.2亿元".
 * No source wrote the sum, so it reads as formatValue gives it, qualifier first.
 */
export function formatSum(total: number, unit: string, qualifier: Qualifier | undefined): string {
  return `${qualifier ?? ''}${formatValue(total, unit)}`;
}
