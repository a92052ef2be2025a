/**
 * The typed values of content, as zod schemas whose transforms produce them:
 * periods, years, ranks, rank changes, dates and quantities in a metric's
 * unit (with the source's qualifier, a range's bound and the long form's
 * note). schema.ts uses them for whole fields; the data-blocks pass parses
 * each figure with them one by one (`parseValue`), so a bad figure is
 * reported without hiding the rest of its file, and a quantity is read in
 * the unit its metric (metrics.yaml) gives.
 *
 * A failed value carries the editor's message, found value included, and a
 * hint in its issue's params; parse.ts and parseValue print them as they are.
 */
import { z } from 'zod';
import { show, type Diagnostics } from './diagnostics.ts';
import { convert, parseQuantity, UNIT_NAMES, UNITS } from '../format/units.ts';
import type { Stated } from '../format/number.ts';

/**
 * The years content may name, everywhere: periods, targets' and projects'
 * years, parks' `established` (schema.ts) and briefing dates. The earliest
 * figures of the People's Republic; development zones date from 1984.
 */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;

/** An issue worded for editors: `message` is printed as it is, `hint` below it. */
function fail(ctx: z.RefinementCtx, message: string, hint?: string, path?: PropertyKey[]): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message, params: { editor: true, hint }, ...(path ? { path } : {}) });
  return z.NEVER;
}

/** The hint of an issue raised by `fail`, or undefined for zod's own issues. */
export function editorIssue(issue: z.core.$ZodIssue): { hint?: string } | undefined {
  const params = (issue as { params?: { editor?: boolean; hint?: string } }).params;
  return params?.editor ? { hint: params.hint } : undefined;
}

/** "2021" or "2023Q1"; full-width digits are accepted. */
export const period = z.string().transform((raw, ctx) => {
  const p = raw.normalize('NFKC').trim().toUpperCase();
  const m = /^(\d{4})(Q([1-4]))?$/.exec(p);
  if (!m) return fail(ctx, `期“${raw}”不是年份或季度 not a year or quarter`, '写成年份 2021 或季度 2023Q1 write a year (2021) or a quarter (2023Q1)');
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(ctx, `年份 ${year} 不合理 year out of range`, `年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间`);
  return p;
});

/** A year written as a key (`rankings: { r: { 2021: 98 } }`). */
export const yearKey = z.union([z.string(), z.number()]).transform((raw, ctx) => {
  const p = String(raw).normalize('NFKC').trim();
  if (!/^\d{4}$/.test(p) || Number(p) < MIN_YEAR || Number(p) > MAX_YEAR) return fail(ctx, `“${raw}”不是有效的年份 not a valid year`, `写成四位年份，如 2021（${MIN_YEAR}–${MAX_YEAR}）`);
  return Number(p);
});

/** A value with the note the long form `{ value, note }` attached to it. */
export interface Noted<T> {
  value: T;
  note?: string;
}

const LONG_FORM_KEYS = ['value', 'note'];

/** Several notes on one figure (a qualifier and a note, a rank's note and its movement's) as one text, joined by ；. */
export function joinNotes(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join('；');
}

/**
 * `inner`, written plainly or in the long form `{ value: …, note: … }` (CONTENT-FORMAT 1.1).
 * The note is free text; a misspelt key is an error, so no note is silently lost. Issues of
 * the value keep the field's own path: the long form is a way of writing it, not a sub-field.
 */
export function noted<T>(inner: z.ZodType<T>): z.ZodType<Noted<T>> {
  return z.unknown().transform((raw, ctx): Noted<T> => {
    let value = raw;
    let note: string | undefined;
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
      const o = raw as Record<string, unknown>;
      if (Object.keys(o).some((k) => !LONG_FORM_KEYS.includes(k)) || !('value' in o)) {
        return fail(ctx, `长写法只能有 value 和 note 两项（现为 found ${show(raw)}）the long form takes value and note only`, '写成 { value: "约800亿元", note: 期别据发布日期推定 }');
      }
      if (o.note !== undefined && o.note !== null && typeof o.note !== 'string') {
        return fail(ctx, `注释必须是文字（现为 found ${show(o.note)}）a note is text`, '写成 note: 原文未注明年份', ['note']);
      }
      value = o.value;
      note = typeof o.note === 'string' && o.note.trim() !== '' ? o.note.trim() : undefined;
    }
    const r = inner.safeParse(value);
    if (!r.success) {
      for (const issue of r.error.issues) ctx.addIssue({ ...issue, input: value } as Parameters<typeof ctx.addIssue>[0]);
      return z.NEVER;
    }
    return { value: r.data, ...(note ? { note } : {}) };
  });
}

/** A rank is a whole number from 1; full-width digits are accepted. */
export const rank = z.unknown().transform((raw, ctx) => {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw.normalize('NFKC')) ? Number(raw.normalize('NFKC')) : NaN;
  if (!Number.isInteger(n) || n < 1) return fail(ctx, `名次必须是从 1 开始的整数（现为 found ${show(raw)}）a rank is a whole number from 1`, '第1位写 1；榜单上的名次没有 0 和小数 rank 1 is the best; no 0, no fractions');
  return n;
});

/** A rank change: a signed whole number of places, + up ("上升了24个名次" → 24), − down. */
export const rankChange = z.unknown().transform((raw, ctx) => {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*[+-]?\d+\s*$/.test(raw.normalize('NFKC')) ? Number(raw.normalize('NFKC')) : NaN;
  if (!Number.isInteger(n)) return fail(ctx, `位次变化必须是带符号的整数（现为 found ${show(raw)}）a rank change is a signed whole number`, '上升24位写 +24，下降3位写 -3 write +24 for up 24 places, -3 for down 3');
  return n;
});

/**
 * "2022-01-21", a real calendar date, normalised to two-digit month and day. Dates arrive as
 * text: the YAML core schema used by read.ts has no timestamp type.
 */
export const date = z.string({ error: '日期必须写成 2022-01-21 must be a date like 2022-01-21' }).transform((raw, ctx) => {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw.normalize('NFKC').trim());
  if (!m) return fail(ctx, `日期格式不对（现为 found ${show(raw)}）not a date`, '写成 2022-01-21 write it as YYYY-MM-DD');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d || y < MIN_YEAR || y > MAX_YEAR) {
    return fail(ctx, `日期不存在（现为 found ${show(raw)}）impossible date`, '检查月份和日子，如 2月没有 30 日 check the month and day');
  }
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
});

/** A value in a metric's unit, with how the source stated it and the long form's note. */
export interface Quantity {
  value: number;
  /** Qualifier, unit as written and a range's upper bound; only when the source gave a qualifier or a range. */
  stated?: Stated;
  note?: string;
}

/**
 * A value in `unit`: a number is taken as already in that unit, a string with a unit is
 * converted; a qualifier (约, 多 …) is kept. The long form `{ value, note }` adds a note. A
 * range ("5-8家") only where `range` allows it (targets). A unit of another dimension is an error.
 */
function quantitySchema(unit: string, range: boolean): z.ZodType<Quantity> {
  const plain = z.unknown().transform((raw, ctx): Omit<Quantity, 'note'> => {
    if (typeof raw !== 'number' && typeof raw !== 'string') return fail(ctx, `必须是数值或带单位的文字（现为 found ${show(raw)}）must be a number or a string with a unit`, `如 740.1、"800亿元" 或 "约800亿元"`);
    const q = parseQuantity(raw);
    if (!q.ok) {
      if (q.reason === 'unknown-unit') return fail(ctx, `不认识的单位“${q.unit}”（现为 found ${show(raw)}）unknown unit`, `可用的单位 allowed: ${UNIT_NAMES.join(' ')}（金额也可写 万、亿、万亿）；限定词 约 近 超 逾 超过 写在数字前，多 余 写在数字后，以上 左右 写在最后；或只写数字，单位为 ${unit}`);
      if (q.reason === 'two-qualifiers') return fail(ctx, `一个数值只能有一个限定词（现为 found ${show(raw)}）one qualifier per value`, '照原文写一个，如 "约800亿元" 或 "4310多亩"');
      return fail(ctx, `不是数值（现为 found ${show(raw)}）not a number`, `写成数字，如 740.1，或带单位，如 "340亿元"、"约800亿元"（单位 ${unit}）`);
    }
    if (q.max !== undefined && !range) return fail(ctx, `指标数值不能是范围（现为 found ${show(raw)}）a range is allowed only in a target's value`, `写一个数，并把原文放进注释：{ value: "${q.value}${q.unit ?? ''}", note: 原文为 ${String(raw)} }`);
    if (q.max !== undefined && q.max <= q.value) return fail(ctx, `范围应从小到大（现为 found ${show(raw)}）a range goes from low to high`, '如 "5-8家"');
    const from = q.unit ?? unit;
    const value = convert(q.value, from, unit);
    const max = q.max === undefined ? undefined : convert(q.max, from, unit);
    if (value === undefined) {
      const same = UNIT_NAMES.filter((u) => UNITS[u].dimension === UNITS[unit]?.dimension);
      return fail(ctx, `单位“${q.unit}”无法换算成指标的单位“${unit}”（现为 found ${show(raw)}）cannot convert ${q.unit} to ${unit}`, `用 ${same.join('、')} 之一，或换一个单位为 ${q.unit} 的指标`);
    }
    const stated: Stated | undefined = q.qualifier !== undefined || max !== undefined ? { ...(q.qualifier ? { qualifier: q.qualifier } : {}), unit: from, ...(max !== undefined ? { max } : {}) } : undefined;
    return { value, ...(stated ? { stated } : {}) };
  });
  return noted(plain).transform(({ value, note }) => ({ ...value, ...(note ? { note } : {}) }));
}

const quantities = new Map<string, z.ZodType<Quantity>>();

/** The quantity schema for a unit, made once per unit (metrics share a handful of units). */
export function quantityIn(unit: string, opts: { range?: boolean } = {}): z.ZodType<Quantity> {
  const key = `${unit}|${opts.range === true}`;
  let schema = quantities.get(key);
  if (!schema) quantities.set(key, (schema = quantitySchema(unit, opts.range === true)));
  return schema;
}

/**
 * One value parsed with its schema; a failure is reported at `field` (a long form's note at
 * `field.note`) and gives undefined.
 */
export function parseValue<T>(schema: z.ZodType<T>, raw: unknown, file: string, field: string, diags: Diagnostics): T | undefined {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const at = issue.path.length > 0 ? `${field}.${issue.path.join('.')}` : field;
    diags.error(file, at, issue.message, editorIssue(issue)?.hint);
  }
  return undefined;
}
