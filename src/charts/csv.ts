/**
 * CSV for the "download the data" link: RFC 4180 quoting, raw numbers in
 * plain decimal, and text that a spreadsheet would run as a formula
 * neutralised with a leading single quote.
 */

export type CsvValue = string | number | null | undefined;

/** A UTF-8 byte-order mark: prepend it when writing the file so Excel reads Chinese correctly. */
export const CSV_BOM = '\uFEFF';

/** 1e21 → "1000000000000000000000", 1e-7 → "0.0000001"; never exponent notation. */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  const s = String(n);
  if (!/e/i.test(s)) return s === '-0' ? '0' : s;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * One cell. Numbers are written as numbers; text starting with = + - @ (or a
 * tab / carriage return, which some spreadsheets skip) gets a "'" prefix.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return plainNumber(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Header row plus rows, CRLF line ends as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
