/**
 * Text from content never reaches a page as markup: names, summaries,
 * sources and chart labels with <script> or quotes are escaped in HTML, SVG
 * and CSV.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BASE_FILES, writeContent } from '../helpers/content.ts';

const root = resolve(import.meta.dirname, '../..');
const out = join(mkdtempSync(join(tmpdir(), 'site-')), 'dist');
const EVIL = '<script>alert(1)</script>';

beforeAll(() => {
  const content = writeContent({
    'counties/zhijiang.md': BASE_FILES['counties/zhijiang.md']
      .replace('name: 枝江市', `name: "枝江${EVIL}\\"'&"`)
      .replace('aliases: [枝江]', `aliases: ["枝江<img src=x onerror=alert(1)>"]\nsummary: "${EVIL}"`),
    'briefings/lianghui.md': BASE_FILES['briefings/lianghui.md']
      .replace('source: { name: 湖北日报 }', `source: { name: "湖北日报${EVIL}", author: "=cmd|' /C calc'!A0" }`)
      .replace('{ name: 天赐新能源,', `{ name: "天赐${EVIL}",`),
  });
  execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, CI: 'true' }, stdio: 'pipe' });
}, 300_000);

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
    const csvs = files(out).filter((f) => f.endsWith('.csv')).map((f) => readFileSync(f, 'utf8'));
    for (const csv of csvs) for (const line of csv.split('\r\n')) for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@]/);
  });
  it('pages declare a strict Content-Security-Policy', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self';`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
  });
});
