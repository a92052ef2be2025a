/**
 * One CSV writer for chart CSVs and /data/observations.csv: every digit of a
 * value, never exponent notation, negative numbers plain, formula-like text
 * neutralised.
 */
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, plainNumber, toCsv } from '../../src/format/csv.ts';
import { observationsCsv } from '../../src/model/csv.ts';
import { comparisonChart } from '../../src/charts/index.ts';
import { BASE_FILES, load } from '../helpers/content.ts';

describe('plainNumber', () => {
  it('keeps every digit: the shortest string that reads back as the same number', () => {
    expect(plainNumber(740.1234567890123)).toBe('740.1234567890123');
    expect(plainNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(plainNumber(123456789012345.6)).toBe('123456789012345.6');
  });
  it('expands exponent notation digit for digit', () => {
    expect(plainNumber(1.2345678901234e-10)).toBe('0.00000000012345678901234');
    expect(plainNumber(-1.5e-7)).toBe('-0.00000015');
    expect(plainNumber(1.5e21)).toBe('1500000000000000000000');
    expect(plainNumber(-1.2345e25)).toBe('-12345000000000000000000000');
  });
  it('reads back as the same number, never with an exponent', () => {
    for (const n of [1e21, 1e-7, 5e-324, 1.7976931348623157e308, -2.5e-9, 123.456, 3e100, 1 / 3]) {
      const s = plainNumber(n);
      expect(s).not.toMatch(/e/i);
      expect(Number(s)).toBe(n);
    }
  });
  it('never uses exponent notation', () => {
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1.5e-7)).toBe('0.00000015');
    expect(plainNumber(746.12)).toBe('746.12');
  });
  it('writes -0 as 0 and nothing for a non-number', () => {
    expect(plainNumber(-0)).toBe('0');
    expect(plainNumber(Number.NaN)).toBe('');
    expect(plainNumber(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('csvCell and toCsv', () => {
  it('neutralises text starting with = + - @, a tab or a carriage return, and quotes it when needed', () => {
    expect(['=1', '+1', '-1', '@A1', '\tx', '\rx'].map((v) => csvCell(v))).toEqual(["'=1", "'+1", "'-1", "'@A1", "'\tx", `"'\rx"`]);
    expect(csvCell('-2,3')).toBe(`"'-2,3"`);
  });
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
  });
  it('writes numbers as numbers, negative ones included, and nothing for null', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
  });
  it('quotes commas, quotes and newlines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('枝江市')).toBe('枝江市');
  });
  it('writes a header and CRLF rows', () => {
    expect(toCsv(['名称', '数值'], [['枝江市', 726.4], ['=cmd', null]])).toBe("名称,数值\r\n枝江市,726.4\r\n'=cmd,\r\n");
  });
  it('leaves negative numbers as numbers', () => {
    expect(toCsv(['a'], [[-3.5], [-1e-7]])).toBe('a\r\n-3.5\r\n-0.0000001\r\n');
  });
  it('is the writer of chart CSVs', () => {
    const fig = comparisonChart({ indicator: 'x', unit: '%', items: [{ label: '-2+3', value: 740.1234567890123, period: '2023' }, { label: '甲', value: -1e-7, period: '2023' }] }, 'c');
    expect(fig.csv).toContain("'-2+3,740.1234567890123,");
    expect(fig.csv).toContain(',甲,-0.0000001,');
  });
  it('a chart CSV holds raw numbers and neutralised names; its table shows them formatted', () => {
    const fig = comparisonChart({ indicator: '增速', unit: '%', items: [{ label: '=1+1', value: -3.25, period: '2023' }, { label: '甲', value: 2, period: '2023' }] }, 'c');
    expect(fig.csv.split('\r\n')).toEqual(['名次,名称,增速（%）,期间', '1,甲,2,2023', "2,'=1+1,-3.25,2023", '']);
    expect(fig.table.rows[1]).toEqual(['2', '=1+1', '-3.25%', '2023年']);
  });
});

describe('observations.csv', () => {
  const zhijiang = BASE_FILES['counties/zhijiang.md']
    .replace('name: 枝江市', 'name: "-2+3"')
    .replace('  gdp: { 2021: 740.1 }', '  gdp: { 2021: 740.1234567890123 }\n  share: { 2021: -3.5, 2022: 0.000000125 }');
  const { model, errors } = load({ 'counties/zhijiang.md': zhijiang });
  const csv = observationsCsv(model);

  it('loads', () => expect(errors).toEqual([]));
  it('keeps the format of CONTENT-FORMAT.md: BOM, header, CRLF rows', () => {
    expect(csv.startsWith(`${CSV_BOM}place,place_name,indicator,indicator_name,period,value,unit,source,note\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('writes every digit of a value, negative numbers plain, and neutralises formula-like names', () => {
    expect(csv.slice(1).trim().split('\r\n').slice(1)).toEqual([
      "zhijiang,'-2+3,gdp,地区生产总值,2021,740.1234567890123,亿元,,",
      "zhijiang,'-2+3,gdp,地区生产总值,2022,800,亿元,lianghui,",
      "zhijiang,'-2+3,ranking:county-top100,全国县域经济百强,2021,98,位,,",
      "zhijiang,'-2+3,share,工业增加值占比,2021,-3.5,%,,",
      "zhijiang,'-2+3,share,工业增加值占比,2022,0.000000125,%,,",
    ]);
  });
});

describe('observations.csv, format 1.1: qualifiers, notes and rank changes', () => {
  const zhijiang = BASE_FILES['counties/zhijiang.md']
    .replace('  gdp: { 2021: 740.1 }', '  gdp: { 2021: { value: "约740亿", note: 期别据发布日期推定 } }\n  land: { 2022: "4310多亩" }')
    .replace('  county-top100: { 2021: 98 }', '  county-top100: { 2021: { value: 98, note: 年份未注明 } }\nrank_changes:\n  county-top100: { 2022: -3 }');
  const { model, errors } = load({ 'counties/zhijiang.md': zhijiang });
  const rows = observationsCsv(model).slice(1).trim().split('\r\n').slice(1);

  it('loads', () => expect(errors).toEqual([]));
  it('puts the qualifier as written and the note in the last column, joined by ；', () => {
    expect(rows).toContain('zhijiang,枝江市,gdp,地区生产总值,2021,740,亿元,,约；期别据发布日期推定');
    expect(rows).toContain('zhijiang,枝江市,land,土地征迁,2022,4310,亩,,多');
    expect(rows).toContain('zhijiang,枝江市,ranking:county-top100,全国县域经济百强,2021,98,位,,年份未注明');
  });
  it('writes a rank change as a rank_change:<slug> row with the signed movement', () => {
    expect(rows).toContain("zhijiang,枝江市,rank_change:county-top100,全国县域经济百强位次变化,2022,-3,位,,");
  });
});
