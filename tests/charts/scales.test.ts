import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { extentDomain, orderPeriods, rankDomain, valueAxis, zeroDomain } from '../../src/charts/scales.ts';
import { periodTicks, rankTicks, valueTicks } from '../../src/charts/axis.ts';

describe('zeroDomain', () => {
  it('includes 0 and is nice', () => {
    expect(zeroDomain([512.3, 780.6])).toEqual([0, 800]);
    expect(zeroDomain([-3.5, 8.2])).toEqual([-4, 10]);
    expect(zeroDomain([-5, -1])).toEqual([-5, 0]);
  });
  it('gives a usable domain for all-zero data', () => {
    expect(zeroDomain([0, 0])).toEqual([0, 1]);
  });
});

describe('extentDomain', () => {
  it('need not include 0', () => {
    expect(extentDomain([98000, 468000])).toEqual([0, 500000]);
    expect(extentDomain([352, 468])).toEqual([340, 480]);
  });
  it('pads a single value', () => {
    const [a, b] = extentDomain([746]);
    expect(a).toBeLessThan(746);
    expect(b).toBeGreaterThan(746);
  });
});

describe('rankDomain (inverted rank axis)', () => {
  it('puts rank 1 above rank 98 when used with a top-to-bottom range', () => {
    const d = rankDomain([1, 98]);
    const y = scaleLinear().domain(d).range([20, 240]);
    expect(y(1)).toBeLessThan(y(98));
    expect(d[0]).toBe(1);
  });
  it('pads and never goes above rank 1', () => {
    const [best, worst] = rankDomain([98, 84, 80]);
    expect(best).toBeLessThan(80);
    expect(worst).toBeGreaterThan(98);
    expect(rankDomain([2, 3])[0]).toBe(1);
  });
  it('has whole-number ticks only', () => {
    const y = scaleLinear().domain(rankDomain([86])).range([0, 200]);
    const ticks = rankTicks(y, 5);
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) expect(Number.isInteger(t.value)).toBe(true);
  });
});

describe('orderPeriods', () => {
  it('orders years and quarters in time order, once each', () => {
    expect(orderPeriods(['2023Q2', '2022', '2023Q1', '2022', '2024'])).toEqual(['2022', '2023Q1', '2023Q2', '2024']);
  });
});

describe('value ticks read the Chinese way', () => {
  it('money in 亿元 is shown in 元 with 亿 / 万亿', () => {
    const axis = valueAxis('亿元');
    expect(axis).toEqual({ factor: 1e8, unit: '元' });
    const y = scaleLinear().domain([0, 800]).range([200, 0]);
    expect(valueTicks(y, 5, axis.factor).map((t) => t.label)).toEqual(['0', '200亿', '400亿', '600亿', '800亿']);
    const big = scaleLinear().domain([0, 20000]).range([200, 0]);
    expect(valueTicks(big, 2, axis.factor).map((t) => t.label)).toEqual(['0', '1万亿', '2万亿']);
  });
  it('money in 万元 becomes 万 / 亿', () => {
    const axis = valueAxis('万元');
    const y = scaleLinear().domain([0, 500000]).range([200, 0]);
    expect(valueTicks(y, 5, axis.factor).map((t) => t.label)).toEqual(['0', '10亿', '20亿', '30亿', '40亿', '50亿']);
  });
  it('percent and counts keep their unit', () => {
    expect(valueAxis('%')).toEqual({ factor: 1, unit: '%' });
    expect(valueAxis('家')).toEqual({ factor: 1, unit: '家' });
    expect(valueAxis('万人')).toEqual({ factor: 1e4, unit: '人' });
  });
});

describe('periodTicks', () => {
  const pos = (p: string) => Number(p.slice(0, 4));
  it('labels every year when there is room', () => {
    expect(periodTicks(['2021', '2022', '2023'], pos, 80).map((t) => t.lines)).toEqual([['2021年'], ['2022年'], ['2023年']]);
  });
  it('falls back to bare years before thinning', () => {
    expect(periodTicks(['2021', '2022', '2023'], pos, 42).map((t) => t.lines[0])).toEqual(['2021', '2022', '2023']);
  });
  it('thins from the newest period when even bare years overlap', () => {
    const years = ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023'];
    const shown = periodTicks(years, pos, 20).map((t) => t.period);
    expect(shown.at(-1)).toBe('2023');
    expect(shown.length).toBeLessThan(years.length);
  });
  it('writes quarters as 一季度 with the year under the first of each year', () => {
    const ticks = periodTicks(['2022Q4', '2023Q1', '2023Q2'], () => 0, 60);
    expect(ticks.map((t) => t.lines)).toEqual([['四季度', '2022年'], ['一季度', '2023年'], ['二季度']]);
  });
});
