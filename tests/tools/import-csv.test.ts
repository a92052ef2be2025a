/**
 * `npm run import:csv`: a spreadsheet merged into places' data blocks without changing anything
 * else in the files; every row it cannot place or read reported, and nothing written then
 * unless asked; UTF-8 with or without a BOM, and GB18030 as Excel in China saves.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeFigures } from '../../scripts/import-csv/merge.ts';
import { decodeCsv, parseCsv, parseCsvRows } from '../../scripts/import-csv/read.ts';
import { loadContentDir } from '../../src/model/index.ts';
import { root, tempDir } from '../helpers/built-site.ts';

const GB18030 = Buffer.from('b5d8b7bd2cc4eab7dd2c6764700d0ad6a6bdadcad02c323032332cd4bc383030d2dad4aa0d0ad2cbb6bccad02c323032332c3930300d0a', 'hex');

describe('reading a spreadsheet', () => {
  it('reads UTF-8 with and without a BOM, and GB18030', () => {
    const rows = [['地方', '年份', 'gdp'], ['枝江市', '2023', '约800亿元'], ['宜都市', '2023', '900']];
    expect(parseCsv(decodeCsv(GB18030).text)).toEqual(rows);
    expect(decodeCsv(GB18030).encoding).toBe('gb18030');
    const utf8 = Buffer.from('地方,年份,gdp\n枝江市,2023,约800亿元\n宜都市,2023,900\n');
    expect(parseCsv(decodeCsv(utf8).text)).toEqual(rows);
    expect(parseCsv(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])).text)).toEqual(rows);
  });

  it('reads quoted cells with commas, quotes and line breaks, and skips empty rows', () => {
    expect(parseCsv('a,b\r\n"1,5","say ""hi""\nthere"\r\n,\r\n')).toEqual([['a', 'b'], ['1,5', 'say "hi"\nthere']]);
  });

  it('numbers rows by the line they start on, past blank lines and line breaks in cells', () => {
    expect(parseCsvRows('a,b\n\n"x\ny",1\nz,2\n').map((r) => r.line)).toEqual([1, 3, 5]);
  });

  it('says what a UTF-16 "Unicode text" export is', () => {
    expect(() => decodeCsv(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toThrow(/UTF-16/);
  });
});

describe('merging into a file', () => {
  const file = '---\n# 枝江的数据\nname: 枝江市\naliases: [枝江]\nmetrics:\n  gdp: { 2021: 740.1 }   # 统计公报\n  industrial_output:\n    2021: 1000\nrankings:\n  county-top100: {2021: 98}\n---\n正文。\n';

  it('adds to a flow map, a block map, a new metric and a new block, changing nothing else', () => {
    const m = mergeFigures(file, [
      { block: 'metrics', key: 'gdp', period: 2023, value: '约800亿元' },
      { block: 'metrics', key: 'industrial_output', period: 2023, value: 1200 },
      { block: 'metrics', key: 'tax_revenue', period: '2023Q1', value: 12.5 },
      { block: 'rankings', key: 'county-top100', period: 2023, value: 90 },
    ], false);
    expect(m.text).toBe('---\n# 枝江的数据\nname: 枝江市\naliases: [枝江]\nmetrics:\n  gdp: { 2021: 740.1, 2023: "约800亿元" }   # 统计公报\n  industrial_output:\n    2021: 1000\n    2023: 1200\n  tax_revenue: { 2023Q1: 12.5 }\nrankings:\n  county-top100: {2021: 98, 2023: 90}\n---\n正文。\n');
    const none = mergeFigures('---\nname: 宜都市\n---\n', [{ block: 'metrics', key: 'gdp', period: 2023, value: 900 }], false);
    expect(none.text).toBe('---\nname: 宜都市\nmetrics:\n  gdp: { 2023: 900 }\n---\n');
  });

  it('keeps CRLF line ends and a BOM', () => {
    const crlf = `\uFEFF${file.replace(/\n/g, '\r\n')}`;
    const m = mergeFigures(crlf, [{ block: 'metrics', key: 'industrial_output', period: 2023, value: 1200 }], false);
    expect(m.text).toBe(crlf.replace('    2021: 1000\r\n', '    2021: 1000\r\n    2023: 1200\r\n'));
  });

  it('finds the right brace of a nested flow map', () => {
    const nested = '---\nname: 枝江市\nmetrics: {gdp: {2021: 740}}\n---\n';
    expect(mergeFigures(nested, [{ block: 'metrics', key: 'gdp', period: 2022, value: 800 }], false).text).toBe('---\nname: 枝江市\nmetrics: {gdp: {2021: 740, 2022: 800}}\n---\n');
  });

  it('does not replace a value written in the long form, and says so', () => {
    const long = '---\nname: 枝江市\nmetrics:\n  gdp: { 2021: { value: 740, note: 快报数 } }\n---\n';
    const m = mergeFigures(long, [{ block: 'metrics', key: 'gdp', period: 2021, value: 741 }], true);
    expect(m).toMatchObject({ changed: false, text: long });
    expect(m.conflicts).toEqual([[{ block: 'metrics', key: 'gdp', period: 2021, value: 741 }, 740, false]]);
  });

  it('reports a value already there, and a different one, replacing it only when asked', () => {
    const same = mergeFigures(file, [{ block: 'metrics', key: 'gdp', period: 2021, value: 740.1 }], false);
    expect(same).toMatchObject({ changed: false, text: file });
    expect(same.same).toHaveLength(1);
    const kept = mergeFigures(file, [{ block: 'metrics', key: 'gdp', period: 2021, value: 741 }], false);
    expect(kept).toMatchObject({ changed: false, text: file });
    expect(kept.conflicts[0][1]).toBe(740.1);
    expect(mergeFigures(file, [{ block: 'metrics', key: 'gdp', period: 2021, value: 741 }], true).text).toBe(file.replace('2021: 740.1', '2021: 741'));
  });

  it('leaves every place file of the example content as it is when it has nothing to add', () => {
    for (const folder of ['counties', 'parks', 'regions']) {
      for (const f of readdirSync(join(root, 'content', folder))) {
        const text = readFileSync(join(root, 'content', folder, f), 'utf8');
        expect(mergeFigures(text, [], false).text, f).toBe(text);
      }
    }
  });
});

describe('the command', () => {
  const contentCopy = () => {
    const dir = join(tempDir('import-csv-'), 'content');
    cpSync(join(root, 'content'), dir, { recursive: true });
    return dir;
  };
  const run = (dir: string, csv: string | Buffer, ...args: string[]) => {
    const file = join(dir, '..', 'figures.csv');
    writeFileSync(file, csv);
    return spawnSync(process.execPath, ['scripts/import-csv.ts', file, '--content', dir, ...args], { cwd: root, encoding: 'utf8' });
  };
  const snapshot = (dir: string) => Object.fromEntries(['counties', 'parks', 'regions'].flatMap((f) => readdirSync(join(dir, f)).map((n) => [`${f}/${n}`, readFileSync(join(dir, f, n), 'utf8')])));

  it('merges a GB18030 spreadsheet by name, slug and adcode, and the content still checks', () => {
    const dir = contentCopy();
    const r = run(dir, Buffer.concat([GB18030, Buffer.from('420582,2023,760\r\n', 'latin1')]));
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('gb18030');
    const site = loadContentDir(dir);
    expect(site.errors).toEqual([]);
    const gdp = (slug: string) => site.model.observations.find((o) => o.place === slug && o.metric === 'gdp' && o.period === '2023')?.value;
    expect(gdp('zhijiang')).toBe(800);
    expect(gdp('yidu')).toBe(900);
    expect(gdp('dangyang')).toBe(760);
  });

  it('writes nothing when a row cannot be placed or read, and says which and why', () => {
    const dir = contentCopy();
    const before = snapshot(dir);
    const r = run(dir, 'place,period,gdp,county-top100\nzhijiang,2023,800,90\nzhijaing,2023,700,\nyidu,2023,九百,\nsongzi,2023Q5,1,\n');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('第3行 row 3 · place: 找不到地方“zhijaing”');
    expect(r.stdout).toContain('是不是 did you mean “zhijiang”');
    expect(r.stdout).toMatch(/第4行 row 4 · gdp: gdp：不是数值/);
    expect(r.stdout).toMatch(/第5行 row 5 · period: 期别/);
    expect(r.stderr).toContain('没有写入任何文件 nothing written');
    expect(snapshot(dir)).toEqual(before);
    // Asked to, it writes the rows it could read.
    const skip = run(dir, 'place,period,gdp,county-top100\nzhijiang,2023,800,90\nzhijaing,2023,700,\n', '--skip-invalid');
    expect(skip.status, skip.stdout + skip.stderr).toBe(0);
    expect(readFileSync(join(dir, 'counties', 'zhijiang.md'), 'utf8')).toContain('gdp: { 2023: 800 }');
    expect(readFileSync(join(dir, 'counties', 'zhijiang.md'), 'utf8')).toContain('county-top100: { 2023: 90 }');
  });

  it('refuses ranks by quarter, for a place the ranking does not rank, and a row given twice', () => {
    const dir = contentCopy();
    const before = snapshot(dir);
    const r = run(dir, 'place,period,county-top100,gdp\nzhijiang,2023Q1,90,\nsuizhou-gaoxinqu,2023,5,\nyidu,2023,,900\nyidu,2023,,910\n');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('第2行 row 2 · county-top100: county-top100：榜单位次按年份');
    expect(r.stdout).toMatch(/第3行 row 3 · county-top100: .*不在其列/);
    expect(r.stdout).toMatch(/第5行 row 5 · gdp: .*在第4行已有/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('names an unknown column and leaves it out, and keeps a differing value unless --replace', () => {
    const dir = contentCopy();
    const unknown = run(dir, 'place,period,gpd,备注\nzhijiang,2023,800,快报\n');
    expect(unknown.stdout).toMatch(/提醒 warning · 表头 header · gpd: 列“gpd”不是指标[\s\S]*是不是 did you mean “gdp”/);
    expect(unknown.status).toBe(0);
    expect(run(dir, 'place,period,gdp\nzhijiang,2023,800\n').status).toBe(0);
    const before = snapshot(dir);
    const differ = run(dir, 'place,period,gdp\nzhijiang,2023,810\n');
    expect(differ.status).toBe(1);
    expect(differ.stdout).toContain('文件里是 800，表里是 810');
    expect(snapshot(dir)).toEqual(before);
    expect(run(dir, 'place,period,gdp\nzhijiang,2023,810\n', '--replace').status).toBe(0);
    expect(readFileSync(join(dir, 'counties', 'zhijiang.md'), 'utf8')).toContain('gdp: { 2023: 810 }');
  });
});
