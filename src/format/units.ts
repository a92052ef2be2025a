/**
 * Units the content format understands (CONTENT-FORMAT.md, "metrics.yaml").
 * Each unit belongs to a dimension; values convert only within one dimension.
 * Factors are relative to the dimension's base unit.
 */
export interface UnitDef {
  dimension: string;
  factor: number;
}

const MU = 2000 / 3; // 1 亩 = 666.67 平方米

export const UNITS: Readonly<Record<string, UnitDef>> = {
  元: { dimension: 'money', factor: 1 },
  万元: { dimension: 'money', factor: 1e4 },
  亿元: { dimension: 'money', factor: 1e8 },
  万亿元: { dimension: 'money', factor: 1e12 },
  '%': { dimension: 'percent', factor: 1 },
  个: { dimension: 'count-ge', factor: 1 },
  家: { dimension: 'count-jia', factor: 1 },
  户: { dimension: 'households', factor: 1 },
  万户: { dimension: 'households', factor: 1e4 },
  项: { dimension: 'count-xiang', factor: 1 },
  人: { dimension: 'people', factor: 1 },
  万人: { dimension: 'people', factor: 1e4 },
  // Visits, not persons: 人次 never converts to 人.
  人次: { dimension: 'visits', factor: 1 },
  万人次: { dimension: 'visits', factor: 1e4 },
  亩: { dimension: 'area', factor: MU },
  平方米: { dimension: 'area', factor: 1 },
  万平方米: { dimension: 'area', factor: 1e4 },
  平方公里: { dimension: 'area', factor: 1e6 },
  公里: { dimension: 'length', factor: 1 },
  吨: { dimension: 'mass', factor: 1 },
  万吨: { dimension: 'mass', factor: 1e4 },
  千瓦: { dimension: 'power', factor: 1 },
  万千瓦: { dimension: 'power', factor: 1e4 },
  千瓦时: { dimension: 'energy', factor: 1 },
  亿千瓦时: { dimension: 'energy', factor: 1e8 },
  标箱: { dimension: 'containers', factor: 1 },
  万标箱: { dimension: 'containers', factor: 1e4 },
};

/** Money as reporters write it (CONTENT-FORMAT 1.1): 亿, 万 and 万亿 alone mean 亿元, 万元, 万亿元. */
export const MONEY_SHORTHAND: Readonly<Record<string, string>> = { 万: '万元', 亿: '亿元', 万亿: '万亿元' };

export const UNIT_NAMES = Object.keys(UNITS);

export function isKnownUnit(unit: string): boolean {
  return Object.hasOwn(UNITS, unit);
}

/** A unit name as the content may write it, in its listed form: 亿 → 亿元; undefined if unknown. */
export function canonicalUnit(unit: string): string | undefined {
  if (isKnownUnit(unit)) return unit;
  if (Object.hasOwn(MONEY_SHORTHAND, unit)) return MONEY_SHORTHAND[unit];
  return undefined;
}

/** Rounds away binary noise (1.2 × 1e4 / 1e8 …) while keeping every stated digit. */
export function clean(n: number): number {
  return Number(n.toPrecision(12));
}

export function convert(value: number, from: string, to: string): number | undefined {
  const a = UNITS[from];
  const b = UNITS[to];
  if (!a || !b || a.dimension !== b.dimension) return undefined;
  if (from === to) return value;
  return clean((value * a.factor) / b.factor);
}

/** Qualifiers a source may put before a figure (CONTENT-FORMAT 1.1), longest first so 超过 is not read as 超 + 过. */
export const PREFIX_QUALIFIERS = ['超过', '约', '近', '超', '逾'] as const;
/** Written right after the number: 4310多亩, 30余万平方米. */
export const INFIX_QUALIFIERS = ['多', '余'] as const;
/** Written after the unit: 1000亿元以上, 50%左右. */
export const SUFFIX_QUALIFIERS = ['以上', '左右'] as const;
export type Qualifier = (typeof PREFIX_QUALIFIERS)[number] | (typeof INFIX_QUALIFIERS)[number] | (typeof SUFFIX_QUALIFIERS)[number];
/** 达 is plain wording ("达740亿元"): read and dropped. */
const PREFIXES = [...PREFIX_QUALIFIERS, '达'] as const;

export type ParsedQuantity =
  | { ok: true; value: number; unit: string | undefined; qualifier?: Qualifier; max?: number }
  | { ok: false; reason: 'not-a-number' | 'unknown-unit' | 'two-qualifiers'; unit?: string };

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
const RANGE_DASH = String.raw`\s*(?:-|~|—|–|至|到)\s*`;
const QUANTITY_RE = new RegExp(`^(${NUMBER})(?:${RANGE_DASH}(${NUMBER}))?\\s*(多|余)?\\s*(.*?)\\s*(以上|左右)?$`);

/**
 * Reads a value as editors write it: a number, or a string such as "340亿元",
 * "1.2万亿元", "740亿", "4310亩", "45%", with the source's qualifier ("约800亿元",
 * "4310多亩", "30余万平方米", "1000亿元以上") or as a range ("5-8家", "5至8家"; the
 * caller decides where a range is allowed). Full-width characters, thousands commas and
 * spaces are accepted; anything else is reported, never guessed.
 */
export function parseQuantity(raw: number | string): ParsedQuantity {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { ok: true, value: raw, unit: undefined } : { ok: false, reason: 'not-a-number' };
  }
  let text = raw.normalize('NFKC').trim().replace(/(\d),(?=\d{3}\b)/g, '$1');
  const prefix = PREFIXES.find((q) => text.startsWith(q));
  if (prefix) text = text.slice(prefix.length).trim();
  const m = QUANTITY_RE.exec(text);
  if (!m) return { ok: false, reason: 'not-a-number' };
  const [, low, high, infix, unitText, suffix] = m;
  const value = Number(low);
  const max = high === undefined ? undefined : Number(high);
  if (!Number.isFinite(value) || (max !== undefined && !Number.isFinite(max))) return { ok: false, reason: 'not-a-number' };
  const kept = [prefix === '达' ? undefined : prefix, infix, suffix].filter((q): q is Qualifier => q !== undefined);
  if (kept.length > 1) return { ok: false, reason: 'two-qualifiers' };
  const extra = { ...(kept[0] ? { qualifier: kept[0] } : {}), ...(max !== undefined ? { max } : {}) };
  if (unitText === '') return { ok: true, value, unit: undefined, ...extra };
  const unit = canonicalUnit(unitText);
  if (unit === undefined) return { ok: false, reason: 'unknown-unit', unit: unitText };
  return { ok: true, value, unit, ...extra };
}
