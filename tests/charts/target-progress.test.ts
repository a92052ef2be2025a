import { describe, expect, it } from 'vitest';
import { targetProgressChart, targetProgressGeometry } from '../../src/charts/index.ts';
import { targetExceeded, targetNoActual, targetRank, targetValue } from './fixtures.ts';

describe('value target', () => {
  it('computes the share reached and draws the bar to scale', () => {
    const g = targetProgressGeometry(targetValue);
    if (g.type !== 'value') throw new Error('expected a value target');
    expect(g.share).toBeCloseTo(0.6166);
    expect(g.xDomain).toEqual([0, 1000]);
    expect(g.bar?.width).toBeCloseTo((g.targetX - g.track.x) * 0.6166, 1);
  });

  it('says it in the summary, chart and table', () => {
    const fig = targetProgressChart(targetValue, 't');
    expect(fig.summary).toBe('枝江市地区生产总值目标为2025年达到1000亿元，2023年实际为616.6亿元，已完成目标的61.7%。');
    expect(fig.svg).toContain('已完成目标的61.7%');
    expect(fig.table.rows).toEqual([
      ['目标', '2025年', '1000亿元', '亿元'],
      ['最新实际', '2023年', '616.6亿元', '亿元'],
      ['完成比例', '2023年', '61.7%', '%'],
    ]);
    expect(fig.csv).toContain('完成比例,2023,61.66,%');
  });

  it('states when the target is exceeded, with the target inside the bar', () => {
    const g = targetProgressGeometry(targetExceeded);
    if (g.type !== 'value') throw new Error('expected a value target');
    expect(g.share).toBeCloseTo(146 / 120);
    expect(g.targetX).toBeLessThan((g.bar?.x ?? 0) + (g.bar?.width ?? 0));
    expect(targetProgressChart(targetExceeded, 'x').summary).toContain('已达到目标（完成121.7%）');
  });

  it('says that no actual value has been reported yet', () => {
    const fig = targetProgressChart(targetNoActual, 'none');
    expect(fig.summary).toBe('当阳市工业总产值目标为2027年达到1500亿元，该目标尚无已公布的实际值。');
    expect(fig.svg).toContain('该目标尚无已公布的实际值');
    expect(fig.svg).not.toContain('class="chart-bar"');
  });

  it('gives no share for a negative actual', () => {
    const g = targetProgressGeometry({ ...targetValue, actual: { period: '2023', value: -5 } });
    expect(g.type === 'value' && g.share).toBeNull();
  });
});

describe('rank target', () => {
  it('places better ranks to the right and gives the gap in places, no share', () => {
    const g = targetProgressGeometry(targetRank);
    if (g.type !== 'rank') throw new Error('expected a rank target');
    expect(g.targetX).toBeGreaterThan(g.actual?.x ?? Infinity);
    expect(g.gap).toBe(4);
    expect(g.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
    const fig = targetProgressChart(targetRank, 'r');
    expect(fig.summary).toBe('枝江市在全国县域经济百强中的目标为2025年达到第80位，2024年位列第84位，还差4位。');
    expect(fig.svg).not.toContain('%');
  });

  it('reports a rank target that is already met', () => {
    const fig = targetProgressChart({ ...targetRank, actual: { period: '2024', rank: 77 } }, 'r');
    expect(fig.summary).toContain('已超过目标3位');
  });
});
