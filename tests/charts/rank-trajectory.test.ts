import { describe, expect, it } from 'vitest';
import { rankTrajectoryChart, rankTrajectoryGeometry } from '../../src/charts/index.ts';
import { rankOnePoint, rankPlaces, rankRankings, rankSingle } from './fixtures.ts';

/** Subpaths in an SVG path: one per unbroken run of points. */
const runs = (d: string) => (d.match(/M/g) ?? []).length;

describe('rankTrajectoryGeometry', () => {
  it('inverts the y axis: rank 1 sits above rank 98', () => {
    const g = rankTrajectoryGeometry(rankSingle);
    if (!g) throw new Error('no geometry');
    const [best, worst] = g.yDomain;
    expect(best).toBeLessThan(worst);
    expect(g.yRange[0]).toBeLessThan(g.yRange[1]);
    const y98 = g.lines[0].points.find((p) => p.period === '2019')?.y ?? 0;
    const y84 = g.lines[0].points.find((p) => p.period === '2024')?.y ?? 0;
    expect(y84).toBeLessThan(y98);
    expect(g.target?.y).toBeLessThan(y84);
  });

  it('uses whole-number rank ticks that include the target range', () => {
    const g = rankTrajectoryGeometry(rankSingle);
    expect(g?.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(g?.yDomain[0]).toBeLessThanOrEqual(80);
  });

  it('leaves a gap for a missing year instead of joining across it', () => {
    const g = rankTrajectoryGeometry(rankSingle);
    const line = g?.lines[0];
    expect(line?.points.find((p) => p.period === '2022')?.y).toBeNull();
    expect(runs(line?.path ?? '')).toBe(2);
  });

  it('renders a single point as a marker with its label, no line', () => {
    const g = rankTrajectoryGeometry(rankOnePoint);
    expect(g?.lines[0].path).toBe('');
    expect(g?.lines[0].end?.text).toBe('枝江市');
    const fig = rankTrajectoryChart(rankOnePoint, 'one');
    expect(fig.svg).toContain('class="chart-marker"');
    expect(fig.svg).toContain('>86</text>');
    expect(fig.summary).toBe('枝江市在全国县域经济百强中2023年位列第86位。');
  });

  it('returns null when there is no rank at all', () => {
    expect(rankTrajectoryGeometry({ series: [] })).toBeNull();
    expect(rankTrajectoryGeometry({ series: [{ place: '甲', ranking: '乙', points: [{ period: '2023', rank: null }] }] })).toBeNull();
    expect(() => rankTrajectoryChart({ series: [] }, 'x')).toThrow(/no ranks/);
  });

  it('names each line by what differs and keeps end labels apart', () => {
    const byRanking = rankTrajectoryGeometry(rankRankings);
    expect(byRanking?.lines.map((l) => l.name)).toEqual(['全国县域经济百强', '全国工业百强县', '中部地区县域经济百强']);
    const byPlace = rankTrajectoryGeometry(rankPlaces);
    expect(byPlace?.lines.map((l) => l.name)).toEqual(['宜都市', '枝江市', '当阳市']);
    const ys = (byPlace?.lines ?? []).map((l) => l.end?.labelY ?? 0).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(17.99);
  });
});

describe('rankTrajectoryChart', () => {
  const fig = rankTrajectoryChart(rankSingle, 'zhijiang-rank');

  it('writes the summary from the data', () => {
    expect(fig.title).toBe('枝江市在全国县域经济百强中的位次');
    expect(fig.summary).toBe('枝江市在全国县域经济百强中从2019年的第98位上升至2024年的第84位（上升14位），目标为2025年达到第80位。');
  });

  it('draws a dashed, labelled target line and distinct marker shapes', () => {
    expect(fig.svg).toMatch(/class="chart-target-line"[^>]*stroke-dasharray/);
    expect(fig.svg).toContain('目标第80位');
    const multi = rankTrajectoryChart(rankRankings, 'm');
    // Markers are drawn in place, so a shape is its path with the numbers taken out.
    const markers = [...multi.svg.matchAll(/class="chart-marker" d="([^"]+)"/g)].map((m) => m[1]);
    expect(markers.length).toBeGreaterThan(3);
    expect(markers.every((d) => !d.includes('transform'))).toBe(true);
    const shapes = new Set(markers.map((d) => d.replace(/-?[\d.]+/g, '#')));
    expect(shapes.size).toBe(3);
  });

  it('tabulates every period, with — for the missing year', () => {
    expect(fig.table.columns).toEqual(['年份', '枝江市']);
    expect(fig.table.rows.map((r) => r.join(' '))).toEqual(['2019年 第98位', '2020年 第95位', '2021年 第91位', '2022年 —', '2023年 第86位', '2024年 第84位']);
    expect(fig.csv).toBe('期间,枝江市（位次）\r\n2019,98\r\n2020,95\r\n2021,91\r\n2022,\r\n2023,86\r\n2024,84\r\n');
  });

  it('points aria-labelledby and aria-describedby at its figure\'s caption and summary', () => {
    expect(fig.svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="zhijiang-rank-title" aria-describedby="zhijiang-rank-desc"/);
  });

  it('rejects an id that is not URL-safe', () => {
    expect(() => rankTrajectoryChart(rankSingle, '枝江 rank')).toThrow(/URL-safe/);
  });
});
