import { describe, expect, it } from 'vitest';
import { comparisonChart, comparisonGeometry } from '../../src/charts/index.ts';
import { comparison, comparisonNegative } from './fixtures.ts';

describe('comparisonGeometry', () => {
  it('sorts bars descending, top to bottom', () => {
    const g = comparisonGeometry(comparison);
    expect(g?.items.map((i) => i.label)).toEqual(['宜都市', '夷陵区', '枝江市', '当阳市', '远安县', '长阳土家族自治县', '五峰土家族自治县']);
    const ys = g?.rows.map((r) => r.y) ?? [];
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]);
    const widths = g?.rows.map((r) => r.bar.width) ?? [];
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThanOrEqual(widths[i - 1]);
  });

  it('puts negative values left of the zero line, labelled on their left', () => {
    const g = comparisonGeometry(comparisonNegative);
    if (!g) throw new Error('no geometry');
    const neg = g.rows.find((r) => r.item.value === -12.3);
    const pos = g.rows.find((r) => r.item.value === 18.4);
    expect((neg?.bar.x ?? 0) + (neg?.bar.width ?? 0)).toBeCloseTo(g.zeroX);
    expect(pos?.bar.x).toBeCloseTo(g.zeroX);
    expect(neg?.labelAnchor).toBe('end');
    expect(neg?.labelX).toBeLessThan(neg?.bar.x ?? 0);
    expect(neg?.labelX).toBeGreaterThan(g.nameRight);
  });

  it('shows periods only when they differ', () => {
    expect(comparisonGeometry(comparison)?.showPeriods).toBe(true);
    expect(comparisonGeometry(comparisonNegative)?.showPeriods).toBe(false);
    expect(comparisonChart(comparison, 'c').svg).toContain('98.4亿元（2022年）');
    expect(comparisonChart(comparisonNegative, 'c').svg).not.toContain('（2023年）');
  });

  it('returns null for no items', () => {
    expect(comparisonGeometry({ indicator: 'x', unit: '亿元', items: [] })).toBeNull();
  });

  it('grows with the number of bars', () => {
    const small = comparisonGeometry({ ...comparison, items: comparison.items.slice(0, 2) });
    const big = comparisonGeometry(comparison);
    expect(big?.height).toBeGreaterThan(small?.height ?? Infinity);
  });
});

describe('comparisonChart', () => {
  const fig = comparisonChart(comparison, 'yichang-gdp');

  it('writes names without links and shortens long names only when needed', () => {
    expect(fig.svg).not.toContain('<a');
    expect(fig.svg).toContain('>宜都市</text>');
    const narrow = comparisonChart({ ...comparison, items: [{ label: '宜昌高新技术产业开发区白洋工业园', value: 1e6, period: '2023' }] }, 'n');
    expect(narrow.svg).toMatch(/>宜昌高新[^<]*…<\/text>/);
    expect(narrow.table.rows[0][1]).toBe('宜昌高新技术产业开发区白洋工业园');
  });

  it('summarises highest and lowest', () => {
    expect(fig.summary).toBe('宜昌市7地地区生产总值（各地数据时期不同）最高为宜都市900.2亿元（2023年），最低为五峰土家族自治县98.4亿元（2022年）。');
    expect(comparisonChart(comparisonNegative, 'n').summary).toBe(
      '2023年新能源汽车产业5地工业投资增速最高为宜昌高新技术产业开发区18.4%，最低为宜都经济开发区-12.3%。',
    );
  });
});
