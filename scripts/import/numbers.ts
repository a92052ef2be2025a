/**
 * Numbers as Chinese news writes them: Arabic (1,386, 163.92) or Chinese numerals (八十, 两千,
 * 百), followed by a unit of the content format (亿元, 万吨, 亩 …, and 亿/万 alone for money),
 * with the format's qualifiers (约 近 超 超过 逾 before; 多 余 after the number; 以上 左右
 * after the unit) and ranges (5-8家, 30亿-50亿元).
 */
import { UNIT_NAMES, canonicalUnit } from '../../src/format/units.ts';

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_POWER: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
export const CN_NUMERAL = '[零〇一二两三四五六七八九十百千]+';

/** 八十 → 80, 两千 → 2000, 百 → 100, 一百二十 → 120; undefined when it is not a number. */
export function cnNumber(s: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const c of s) {
    if (c in CN_DIGIT) {
      if (digit !== undefined) return undefined;
      digit = CN_DIGIT[c];
    } else if (c in CN_POWER) {
      total += (digit ?? 1) * CN_POWER[c];
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

export function readNumber(s: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  return cnNumber(s);
}

/** Units longest first, so 万平方米 is not read as 万 + 平方米; money's shorthand last. */
const UNITS = [...UNIT_NAMES, '万亿', '亿', '万'].sort((a, b) => b.length - a.length);
const esc = (s: string) => s.replace(/[%]/g, '\\$&');
export const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|${CN_NUMERAL}`;
const PREFIX = '约|近|超过|超|逾';

/** One quantity in running text. */
export interface Quantity {
  start: number;
  end: number;
  text: string;
  value: number;
  max?: number;
  unit: string;
  qualifier?: string;
  /** Written in Chinese numerals (四家, 百亿). */
  chinese: boolean;
}

const QUANTITY = new RegExp(
  `(${PREFIX})?(${NUM})(?:(万亿|亿|万)?\\s*(?:-|—|–|~|～|至|到)\\s*(${NUM}))?(多|余)?(${UNITS.map(esc).join('|')})(以上|左右)?`,
  'g',
);

export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [all, pre, a, mid, b, infix, unitText, suffix] = m;
    const n = a.replace(/,/g, '');
    const value = readNumber(n);
    const max = b === undefined ? undefined : readNumber(b.replace(/,/g, ''));
    if (value === undefined || (b !== undefined && max === undefined)) continue;
    // A number glued to letters or digits before it (5G, 316国道) is part of a name.
    const before = text[m.index! - 1];
    if (before !== undefined && /[A-Za-z0-9.]/.test(before)) continue;
    // "30亿-50亿元": both ends in the unit written last.
    if (mid && b === undefined) continue;
    const unit = canonicalUnit(unitText)!;
    const chinese = !/\d/.test(n);
    out.push({ start: m.index!, end: m.index! + all.length, text: all, value, ...(max !== undefined ? { max } : {}), unit, ...(pre || infix || suffix ? { qualifier: pre ?? infix ?? suffix } : {}), chinese });
  }
  return out;
}

/** A quantity as the content format writes it: "约800亿元", "4310多亩", "5-8家". */
export function formatValue(q: Pick<Quantity, 'value' | 'max' | 'unit' | 'qualifier'>): string {
  const n = q.max !== undefined ? `${q.value}-${q.max}` : String(q.value);
  const { qualifier: ql } = q;
  if (ql === '多' || ql === '余') return `${n}${ql}${q.unit}`;
  if (ql === '以上' || ql === '左右') return `${n}${q.unit}${ql}`;
  return `${ql ?? ''}${n}${q.unit}`;
}
