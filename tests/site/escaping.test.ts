/**
 * Text from content never reaches a page as markup: names, summaries,
 * sources and chart labels with <script> or quotes are escaped in HTML, SVG
 * and CSV; names that a spreadsheet would run as a formula are neutralised
 * in every CSV.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_FILES, writeContent } from '../helpers/content.ts';
import { sharedBuild } from '../helpers/built-site.ts';
import { CSP_META } from '../../src/lib/csp.ts';

/** The shared, read-only build of the hostile content (tests/helpers/built-site.ts). */
let out: string;
const EVIL = '<script>alert(1)</script>';
/** Names a spreadsheet would run as formulas; each reaches observations.csv or a chart CSV. */
const FORMULA_PLACE = '=HYPERLINK("http://x")';
const FORMULA_PROJECTS = ['+1+1', '-2+3', '@SUM(1)'];

beforeAll(async () => {
  const content = writeContent({
    'counties/zhijiang.md': BASE_FILES['counties/zhijiang.md']
      .replace('name: 枝江市', `name: "枝江${EVIL}\\"'&"`)
      .replace('aliases: [枝江]', `aliases: ["枝江<img src=x onerror=alert(1)>"]\nsummary: "${EVIL}"`)
      // A negative figure: the value column keeps it a number, not neutralised text.
      .replace('  gdp: { 2021: 740.1 }', '  gdp: { 2021: 740.1 }\n  share: { 2021: -3.5, 2022: 41.2 }'),
    // In observations.csv (place_name) and in the comparison charts of 宜昌市 and the 集聚区.
    'counties/yidu.md': BASE_FILES['counties/yidu.md'].replace('name: 宜都市', `name: ${JSON.stringify(FORMULA_PLACE)}\nmetrics:\n  gdp: { 2021: 600.5 }\n  share: { 2021: -1.25 }`),
    'briefings/lianghui.md': BASE_FILES['briefings/lianghui.md']
      .replace('source: { name: 湖北日报 }', `source: { name: "湖北日报${EVIL}", author: "=cmd|' /C calc'!A0" }`)
      .replace('{ name: 天赐新能源,', `{ name: "天赐${EVIL}",`)
      // In the projects charts of 枝江市 and of the industry.
      .replace(
        /( {6}- \{ name: "天赐.*\n)/,
        `$1${FORMULA_PROJECTS.map((name, i) => `      - { name: ${JSON.stringify(name)}, investment: ${i + 2}, status: 签约, industries: [new-energy-batteries] }\n`).join('')}`,
      ),
  });
  out = (await sharedBuild({ contentDir: content })).dir;
}, 300_000);

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (src[i + 1] === '"') cell += src[++i];
      else quoted = false;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

describe('content text is escaped everywhere', () => {
  it('never appears as a script or an element in any page', () => {
    const pages = files(out).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages) {
      // Inside a quoted attribute value `<` is plain text; everywhere else it must be escaped.
      const html = readFileSync(p, 'utf8').replace(/="[^"]*"/g, '=""');
      expect(html, p).not.toContain('<script>alert(1)');
      expect(html, p).not.toContain('<img src=x');
    }
    const zhijiang = readFileSync(join(out, 'counties/zhijiang/index.html'), 'utf8');
    expect(zhijiang).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
  it('is escaped inside chart SVG', () => {
    const charts = files(out).filter((f) => f.endsWith('.html')).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(charts).toContain('天赐&lt;script&gt;');
  });
  it('cannot run as a spreadsheet formula from a CSV', () => {
    const csvs = files(out).filter((f) => f.endsWith('.csv'));
    const charts = csvs.filter((f) => !f.endsWith('observations.csv'));
    expect(charts.length).toBeGreaterThan(3);
    const cells = (f: string) => parseCsv(readFileSync(f, 'utf8')).flat();
    for (const f of csvs) {
      for (const cell of cells(f)) {
        // A cell a spreadsheet would run: only a plain negative number may start so.
        if (/^[=+\-@\t\r]/.test(cell)) expect(cell, `${f}: a formula-like cell is not neutralised`).toMatch(/^-\d+(\.\d+)?$/);
      }
    }
    // The hostile names reached the CSVs, neutralised; negative figures stayed numbers.
    const observations = cells(join(out, 'data/observations.csv'));
    expect(observations).toContain(`'${FORMULA_PLACE}`);
    expect(observations).toContain('-3.5');
    expect(observations).toContain('-1.25');
    const chartCells = charts.flatMap(cells);
    for (const name of [FORMULA_PLACE, ...FORMULA_PROJECTS]) expect(chartCells, name).toContain(`'${name}`);
  });
  it('pages declare the site\'s one Content-Security-Policy (src/lib/csp.ts)', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
  });
});
