/**
 * The one CSV writer of the site, used by the chart layer (/data/charts/<id>.csv)
 * and by /data/observations.csv: RFC 4180 quoting, CRLF line ends, numbers
 * written with every digit in plain decimal, and text that a spreadsheet would
 * run as a formula neutralised with a leading single quote.
 */

export type CsvValue = string | number | null | undefined;

/** A UTF-8 byte-order mark: prepend it when writing the file so Excel reads Chinese correctly. */
export const CSV_BOM = '\uFEFF';

/**
 * The shortest string that reads back as `n`, in plain decimal: 1e21 →
 * "1000000000000000000000", 1.5e-7 → "0.00000015", -0 → "0". No rounding:
 * values were cleaned of binary noise when they were converted, and every
 * digit an editor wrote is kept.
 */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (n === 0) return '0';
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, rest = '', exp] = m;
  const digits = lead + rest;
  // Where the decimal point goes, counted in digits from the left.
  const point = Number(exp) + 1;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * One cell. Numbers are written as numbers (negative ones stay plain); text
 * starting with = + - @ (or a tab / carriage return, which some spreadsheets
 * skip) gets a "'" prefix.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return plainNumber(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Header row plus rows, CRLF line ends as RFC 4180 asks. No BOM: add CSV_BOM when writing a file. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
