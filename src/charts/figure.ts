/**
 * Assembles a ChartFigure from one computed set of rows, so the SVG, the
 * summary, the table and the CSV all come from the same numbers.
 */
import { toCsv } from '../format/csv.ts';
import type { CsvValue } from '../format/csv.ts';
import { attrs } from './svg.ts';
import { FONT } from './layout.ts';
import type { ChartFigure, ChartKind } from './types.ts';

/** A table cell: the text a reader sees and the raw value the CSV holds. */
export interface Cell {
  text: string;
  raw: CsvValue;
}

export function cell(text: string, raw: CsvValue = text): Cell {
  return { text, raw };
}

/** A column: its table header and, when it differs (units), its CSV header. */
export interface Column {
  label: string;
  csv?: string;
}

export interface FigureParts {
  kind: ChartKind;
  id: string;
  title: string;
  summary: string;
  width: number;
  height: number;
  /** Markup inside <svg>; may start with <defs>. */
  body: string;
  caption: string;
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
  /**
   * Per row, how the source stated the row's qualified figures ("约800亿元",
   * "5-8家"), or ''. The CSV gets a `note` column only when some row has one;
   * the table shows the stated form in its cells already.
   */
  notes?: readonly string[];
}

/** Header of the CSV column that keeps qualifiers and ranges beside the plain numbers. */
export const NOTE_COLUMN = 'note';

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** Throws unless `id` is usable as a URL fragment, file name and SVG id. */
export function checkId(id: string): void {
  if (!ID.test(id)) throw new Error(`chart id must be URL-safe (letters, digits, - and _): ${JSON.stringify(id)}`);
}

/** The ids the SVG's name and description are read from: the figure's caption and summary. */
export function figureIds(id: string): { title: string; desc: string } {
  return { title: `${id}-title`, desc: `${id}-desc` };
}

export function buildFigure(p: FigureParts): ChartFigure {
  checkId(p.id);
  const { title: titleId, desc: descId } = figureIds(p.id);
  const noted = p.notes?.some((n) => n !== '') ?? false;
  const data = {
    columns: [...p.columns.map((c) => c.csv ?? c.label), ...(noted ? [NOTE_COLUMN] : [])],
    rows: p.rows.map((r, k) => [...r.map((c) => c.raw), ...(noted ? [p.notes?.[k] || null] : [])]),
  };
  // The figure around the SVG names and describes it (its caption and summary carry these
  // ids: Chart.astro), so the title and the summary are not written a second time inside it.
  const svg =
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${Math.ceil(p.width)} ${Math.ceil(p.height)}`,
      role: 'img',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
      class: `chart-svg chart-${p.kind}`,
      'font-size': FONT,
    })}>` + `${p.body}</svg>`;
  return {
    kind: p.kind,
    id: p.id,
    title: p.title,
    summary: p.summary,
    svg,
    table: {
      caption: p.caption,
      columns: p.columns.map((c) => c.label),
      rows: p.rows.map((r) => r.map((c) => c.text)),
    },
    csv: toCsv(data.columns, data.rows),
    data,
  };
}

/** Header of the page download's columns: which chart, which row, which column, the value. */
export const PAGE_DATA_COLUMNS = ['图表 chart', '行 row', '列 column', '值 value'];

/**
 * The data of every chart on a page as one CSV (one download, one file per page): each
 * cell of each chart's table becomes a row (chart title, the row's first cell, the column,
 * the raw value), so charts with different columns share one tidy table.
 */
export function pageDataCsv(figures: readonly ChartFigure[]): string {
  const rows: CsvValue[][] = [];
  for (const f of figures) {
    for (const r of f.data.rows) for (let c = 1; c < f.data.columns.length; c++) rows.push([f.title, r[0], f.data.columns[c], r[c]]);
  }
  return toCsv(PAGE_DATA_COLUMNS, rows);
}
