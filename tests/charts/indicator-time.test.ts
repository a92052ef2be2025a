import { describe, expect, it } from 'vitest';
import { indicatorTimeChart, indicatorTimeGeometry } from '../../src/charts/index.ts';
import { indicatorBars, indicatorLines, indicatorQuarters, indicatorSingle } from './fixtures.ts';

describe('indicatorTimeGeometry: bars for one place', () => {
  const g = indicatorTimeGeometry(indicatorBars);

  it('uses a zero-based nice domain and labels ticks with 亿', () => {
    expect(g?.mode).toBe('bars');
    expect(g?.yDomain).toEqual([0, 800]);
    expect(g?.ticks.map((t) => t.label)).toEqual(['0', '200亿', '400亿', '600亿', '800亿']);
    expect(g?.axis.unit).toBe('元');
  });

  it('labels each bar, rounding to whole numbers when that is what fits', () => {
    expect(g?.bars.map((b) => b.label)).toEqual(['512亿', '560亿', '539亿', '631亿', '689亿', '726亿', '781亿']);
  });

  it('orders bars by period and keeps them apart', () => {
    const xs = g?.bars.map((b) => b.x) ?? [];
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]);
  });
});

describe('negative values and gaps', () => {
  const g = indicatorTimeGeometry(indicatorQuarters);

  it('hangs negative bars below a visible zero line', () => {
    expect(g?.yDomain[0]).toBeLessThan(0);
    const zero = g?.zeroY ?? Number.NaN;
    const neg = g?.bars.find((b) => b.value < 0);
    const pos = g?.bars.find((b) => b.value > 0);
    expect(neg?.y).toBeCloseTo(zero);
    expect((pos?.y ?? 0) + (pos?.height ?? 0)).toBeCloseTo(zero);
    expect(indicatorTimeChart(indicatorQuarters, 'q').svg).toContain('class="chart-zero"');
  });

  it('keeps a slot, without a bar, for a missing quarter', () => {
    expect(g?.periods).toContain('2023Q2');
    expect(g?.bars.some((b) => b.period === '2023Q2')).toBe(false);
  });

  it('breaks a line at a missing year', () => {
    const lines = indicatorTimeGeometry(indicatorLines);
    expect(lines?.mode).toBe('lines');
    const zhijiang = lines?.lines.find((l) => l.name === '枝江市');
    expect(zhijiang?.points.find((p) => p.period === '2022')?.y).toBeNull();
    expect((zhijiang?.path.match(/M/g) ?? []).length).toBe(2);
    expect(lines?.ticks.map((t) => t.label)).toContain('50亿');
  });
});

describe('single point and empty input', () => {
  it('draws one bar and writes a one-period summary', () => {
    const fig = indicatorTimeChart(indicatorSingle, 'jyg');
    expect(fig.summary).toBe('2022年嘉峪关工业园区工业总产值746亿元。');
    expect((fig.svg.match(/class="chart-bar"/g) ?? []).length).toBe(1);
    expect(fig.table.rows).toEqual([['2022年', '746亿元']]);
  });

  it('returns null without values', () => {
    expect(indicatorTimeGeometry({ indicator: 'x', unit: '亿元', series: [{ place: 'a', points: [{ period: '2023', value: null }] }] })).toBeNull();
  });
});

describe('indicatorTimeChart text', () => {
  it('summarises change over time for one place', () => {
    expect(indicatorTimeChart(indicatorBars, 'b').summary).toBe('枝江市地区生产总值从2018年的512.3亿元增至2024年的780.6亿元。');
  });

  it('compares places in the latest period for several', () => {
    const fig = indicatorTimeChart(indicatorLines, 'l');
    expect(fig.summary).toBe('2023年一般公共预算收入：宜都市46.8亿元，枝江市36.6亿元，长阳土家族自治县12.1亿元。');
    expect(fig.table.columns).toEqual(['时期', '宜都市', '枝江市', '长阳土家族自治县']);
    expect(fig.csv.split('\r\n')[0]).toBe('期间,宜都市（万元）,枝江市（万元）,长阳土家族自治县（万元）');
  });
});
