import { describe, expect, it } from 'vitest';
import { csvCell, plainNumber, toCsv } from '../../src/format/csv.ts';
import { comparisonChart } from '../../src/charts/index.ts';

describe('plainNumber', () => {
  it('never uses exponent notation', () => {
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1.5e-7)).toBe('0.00000015');
    expect(plainNumber(746.12)).toBe('746.12');
    expect(plainNumber(-0)).toBe('0');
  });
});

describe('csvCell', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
  });
  it('writes numbers as numbers, negative ones included', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
  });
  it('quotes commas, quotes and newlines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('枝江市')).toBe('枝江市');
  });
});

describe('toCsv', () => {
  it('writes a header and CRLF rows', () => {
    expect(toCsv(['名称', '数值'], [['枝江市', 726.4], ['=cmd', null]])).toBe("名称,数值\r\n枝江市,726.4\r\n'=cmd,\r\n");
  });
  it('a chart CSV holds raw numbers and neutralised names', () => {
    const fig = comparisonChart({ indicator: '增速', unit: '%', items: [{ label: '=1+1', value: -3.25, period: '2023' }, { label: '甲', value: 2, period: '2023' }] }, 'c');
    expect(fig.csv.split('\r\n')).toEqual(['名次,名称,增速（%）,期间', '1,甲,2,2023', "2,'=1+1,-3.25,2023", '']);
    expect(fig.table.rows[1]).toEqual(['2', '=1+1', '-3.25%', '2023年']);
  });
});
