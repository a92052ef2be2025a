/**
 * A spreadsheet saved as CSV, as editors' programs write it: UTF-8 with or without a BOM, or
 * GB18030 (what Excel in China saves); commas, quoted cells (RFC 4180), CRLF or LF.
 */

import { DecodeError, decodeBytes } from '../import/decode.ts';

export class CsvError extends Error {}

/** The text of the file: UTF-8 when it decodes as UTF-8, else GB18030. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return decodeBytes(bytes, '不是 CSV not CSV：在 Excel 里另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”');
  } catch (err) {
    throw err instanceof DecodeError ? new CsvError(err.message) : err;
  }
}

/** One row of the sheet and the line of the file it starts on, as the editor's program shows it. */
export interface CsvRow {
  cells: string[];
  line: number;
}

/** Rows of cells with their lines; a quoted cell may hold commas, quotes ("") and line breaks. */
export function parseCsvRows(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
        line++;
      }
      row.push(cell);
      rows.push({ cells: row, line: start });
      row = [];
      cell = '';
      start = line;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push({ cells: row, line: start });
  }
  // Rows of empty cells (a spreadsheet's blank lines) say nothing.
  return rows.filter((r) => r.cells.some((x) => x.trim() !== ''));
}

/** Rows of cells only. */
export const parseCsv = (text: string): string[][] => parseCsvRows(text).map((r) => r.cells);
