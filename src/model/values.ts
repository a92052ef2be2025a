/**
 * Checks and converts the values of data blocks: periods, ranks and
 * quantities with units. Each function reports into Diagnostics and
 * returns undefined for a value that cannot be used.
 */
import { show, type Diagnostics } from './diagnostics.ts';
import { convert, parseQuantity, UNIT_NAMES, UNITS } from './units.ts';

/**
 * The years content may name, everywhere: periods, targets' and projects'
 * years, parks' `established` (schema.ts) and briefing dates. The earliest
 * figures of the People's Republic; development zones date from 1984.
 */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;

/** "2021" or "2023Q1"; full-width digits are accepted. */
export function checkPeriod(raw: string, file: string, field: string, diags: Diagnostics): string | undefined {
  const p = raw.normalize('NFKC').trim().toUpperCase();
  const m = /^(\d{4})(Q([1-4]))?$/.exec(p);
  if (!m) {
    diags.error(file, field, `期“${raw}”不是年份或季度 not a year or quarter`, '写成年份 2021 或季度 2023Q1 write a year (2021) or a quarter (2023Q1)');
    return undefined;
  }
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    diags.error(file, field, `年份 ${year} 不合理 year out of range`, `年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间`);
    return undefined;
  }
  return p;
}

export function checkYear(raw: string | number, file: string, field: string, diags: Diagnostics): number | undefined {
  const p = String(raw).normalize('NFKC').trim();
  if (!/^\d{4}$/.test(p) || Number(p) < MIN_YEAR || Number(p) > MAX_YEAR) {
    diags.error(file, field, `“${raw}”不是有效的年份 not a valid year`, `写成四位年份，如 2021（${MIN_YEAR}–${MAX_YEAR}）`);
    return undefined;
  }
  return Number(p);
}

/** A rank is a whole number from 1; full-width digits are accepted. */
export function checkRank(raw: unknown, file: string, field: string, diags: Diagnostics): number | undefined {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw.normalize('NFKC')) ? Number(raw.normalize('NFKC')) : NaN;
  if (!Number.isInteger(n) || n < 1) {
    diags.error(file, field, `名次必须是从 1 开始的整数（现为 found ${show(raw)}）a rank is a whole number from 1`, '第1位写 1；榜单上的名次没有 0 和小数 rank 1 is the best; no 0, no fractions');
    return undefined;
  }
  return n;
}

/**
 * A value in `unit`: a number is taken as already in that unit, a string
 * with a unit is converted. A unit of another dimension is an error.
 */
export function checkQuantity(raw: unknown, unit: string, file: string, field: string, diags: Diagnostics): number | undefined {
  if (typeof raw !== 'number' && typeof raw !== 'string') {
    diags.error(file, field, `必须是数值或带单位的文字（现为 found ${show(raw)}）must be a number or a string with a unit`, `如 740.1 或 "800亿元"`);
    return undefined;
  }
  const q = parseQuantity(raw);
  if (!q.ok) {
    if (q.reason === 'unknown-unit') {
      diags.error(file, field, `不认识的单位“${q.unit}”（现为 found ${show(raw)}）unknown unit`, `可用的单位 allowed: ${UNIT_NAMES.join(' ')}；或只写数字，单位为 ${unit}`);
    } else {
      diags.error(file, field, `不是数值（现为 found ${show(raw)}）not a number`, `写成数字，如 740.1，或带单位，如 "340亿元"（单位 ${unit}）`);
    }
    return undefined;
  }
  if (q.unit === undefined) return q.value;
  const value = convert(q.value, q.unit, unit);
  if (value === undefined) {
    const same = UNIT_NAMES.filter((u) => UNITS[u].dimension === UNITS[unit]?.dimension);
    diags.error(file, field, `单位“${q.unit}”无法换算成指标的单位“${unit}”（现为 found ${show(raw)}）cannot convert ${q.unit} to ${unit}`, `用 ${same.join('、')} 之一，或换一个单位为 ${q.unit} 的指标`);
    return undefined;
  }
  return value;
}

/**
 * "2022-01-21", a real calendar date. Dates arrive as text: the YAML core
 * schema used by read.ts has no timestamp type.
 */
export function checkDate(raw: unknown, file: string, field: string, diags: Diagnostics): string | undefined {
  const m = typeof raw === 'string' ? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw.normalize('NFKC').trim()) : null;
  if (!m) {
    diags.error(file, field, `日期格式不对（现为 found ${show(raw)}）not a date`, '写成 2022-01-21 write it as YYYY-MM-DD');
    return undefined;
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < MIN_YEAR || y > MAX_YEAR) {
    diags.error(file, field, `日期不存在（现为 found ${show(raw)}）impossible date`, '检查月份和日子，如 2月没有 30 日 check the month and day');
    return undefined;
  }
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
