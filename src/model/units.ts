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
  户: { dimension: 'count-hu', factor: 1 },
  项: { dimension: 'count-xiang', factor: 1 },
  人: { dimension: 'people', factor: 1 },
  万人: { dimension: 'people', factor: 1e4 },
  亩: { dimension: 'area', factor: MU },
  平方公里: { dimension: 'area', factor: 1e6 },
  万平方米: { dimension: 'area', factor: 1e4 },
  吨: { dimension: 'mass', factor: 1 },
  万吨: { dimension: 'mass', factor: 1e4 },
};

export const UNIT_NAMES = Object.keys(UNITS);

export function isKnownUnit(unit: string): boolean {
  return Object.hasOwn(UNITS, unit);
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

export type ParsedQuantity =
  | { ok: true; value: number; unit: string | undefined }
  | { ok: false; reason: 'not-a-number' | 'unknown-unit'; unit?: string };

/**
 * Reads a value as editors write it: a number, or a string such as "340亿元",
 * "1.2万亿元", "4310亩", "45%". Full-width digits, thousands commas and
 * surrounding spaces are accepted; anything else is reported, never guessed.
 */
export function parseQuantity(raw: number | string): ParsedQuantity {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? { ok: true, value: raw, unit: undefined } : { ok: false, reason: 'not-a-number' };
  }
  const text = raw.normalize('NFKC').trim().replace(/(\d),(?=\d{3}\b)/g, '$1');
  const m = /^([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*(.*)$/.exec(text);
  if (!m) return { ok: false, reason: 'not-a-number' };
  const value = Number(m[1]);
  const unit = m[2].trim();
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number' };
  if (unit === '') return { ok: true, value, unit: undefined };
  if (!isKnownUnit(unit)) return { ok: false, reason: 'unknown-unit', unit };
  return { ok: true, value, unit };
}
