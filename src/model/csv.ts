/**
 * `/data/observations.csv` as CONTENT-FORMAT.md defines it: UTF-8 with a
 * BOM, a header row, one row per place, indicator and period, after unit
 * conversion and conflict resolution. Cells are written by the site's one
 * CSV writer (src/format/csv.ts): values as plain numbers with every digit,
 * text neutralised against spreadsheet formulas. Rank changes are rows
 * `rank_change:<ranking>` with the signed movement as value.
 */
import { CSV_BOM, toCsv } from '../format/csv.ts';
import type { SiteModel } from './types.ts';
import { joinNotes } from './values.ts';

export const OBSERVATION_COLUMNS = ['place', 'place_name', 'indicator', 'indicator_name', 'period', 'value', 'unit', 'source', 'note'] as const;

type Row = [place: string, placeName: string, indicator: string, indicatorName: string, period: string, value: number, unit: string, source: string, note: string];

/** The `note` column (1.1): the qualifier as written (约, 多, 超 …), then the figure's note, joined by ；. */
const noteCell = joinNotes;

/** Place, then indicator, then period, compared as text. */
function byKey(a: Row, b: Row): number {
  for (const i of [0, 2, 4] as const) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
}

export function observationsCsv(model: SiteModel): string {
  const rows: Row[] = [];
  for (const o of model.observations) {
    const p = model.places.get(o.place)!;
    const m = model.metrics.get(o.metric)!;
    rows.push([p.slug, p.name, o.metric, m.name, o.period, o.value, m.unit, o.source.briefing ?? '', noteCell(o.stated?.qualifier, o.note)]);
  }
  for (const r of model.rankEntries) {
    const p = model.places.get(r.place)!;
    const ranking = model.rankings.get(r.ranking)!;
    rows.push([p.slug, p.name, `ranking:${r.ranking}`, ranking.name, String(r.year), r.rank, '位', r.source.briefing ?? '', noteCell(undefined, r.note)]);
  }
  for (const c of model.rankChanges) {
    const p = model.places.get(c.place)!;
    const ranking = model.rankings.get(c.ranking)!;
    rows.push([p.slug, p.name, `rank_change:${c.ranking}`, `${ranking.name}位次变化`, String(c.year), c.change, '位', c.source.briefing ?? '', noteCell(undefined, c.note)]);
  }
  rows.sort(byKey);
  return CSV_BOM + toCsv(OBSERVATION_COLUMNS, rows);
}
