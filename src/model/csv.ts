/**
 * `/data/observations.csv` as CONTENT-FORMAT.md defines it: UTF-8 with a
 * BOM, a header row, one row per place, indicator and period, after unit
 * conversion and conflict resolution.
 */
import type { SiteModel } from './types.ts';

export const OBSERVATION_COLUMNS = ['place', 'place_name', 'indicator', 'indicator_name', 'period', 'value', 'unit', 'source'] as const;

/** A number in plain decimal notation: never "1e+21", never "0.1 + 0.2" noise beyond 12 digits. */
export function plainDecimal(n: number): string {
  const s = String(Number(n.toPrecision(12)));
  if (!/e/i.test(s)) return s;
  return Number(n.toPrecision(12)).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Quotes a cell when needed, and neutralises text that a spreadsheet would run as a formula. */
export function csvCell(value: string, text = true): string {
  let v = value;
  if (text && /^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

export function csvRow(cells: readonly string[], numeric: ReadonlySet<number> = new Set()): string {
  return cells.map((c, i) => csvCell(c, !numeric.has(i))).join(',');
}

export function observationsCsv(model: SiteModel): string {
  const numeric = new Set([5]);
  const rows: string[][] = [];
  for (const o of model.observations) {
    const p = model.places.get(o.place)!;
    const m = model.metrics.get(o.metric)!;
    rows.push([p.slug, p.name, o.metric, m.name, o.period, plainDecimal(o.value), m.unit, o.source.briefing ?? '']);
  }
  for (const r of model.rankEntries) {
    const p = model.places.get(r.place)!;
    const ranking = model.rankings.get(r.ranking)!;
    rows.push([p.slug, p.name, `ranking:${r.ranking}`, ranking.name, String(r.year), String(r.rank), '位', r.source.briefing ?? '']);
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : a[4] < b[4] ? -1 : a[4] > b[4] ? 1 : 0));
  return `\uFEFF${[csvRow(OBSERVATION_COLUMNS), ...rows.map((r) => csvRow(r, numeric))].join('\r\n')}\r\n`;
}
