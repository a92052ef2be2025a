import { markerPath } from '../../src/charts/palette.ts';
import { describe, expect, it } from 'vitest';
import { attrs, el, esc, num, text } from '../../src/charts/svg.ts';
import { comparisonChart, indicatorTimeChart, projectsChart, rankTrajectoryChart, regionMapChart } from '../../src/charts/index.ts';
import { regionMap } from './fixtures.ts';

describe('esc', () => {
  it('escapes markup and quotes', () => {
    expect(esc(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });
});

describe('num', () => {
  it('rounds to 1 decimal without -0 or trailing zeros', () => {
    expect(num(1.23456)).toBe('1.2');
    expect(num(1.25001)).toBe('1.3');
    expect(num(2.5)).toBe('2.5');
    expect(num(-0.04)).toBe('0');
    expect(num(10)).toBe('10');
  });
  it('refuses NaN, which would silently break a path', () => {
    expect(() => num(Number.NaN)).toThrow(/finite/);
  });
});

describe('attrs / el / text', () => {
  it('drops empty attributes, rounds numbers, escapes values', () => {
    expect(attrs({ x: 1.005, y: undefined, class: 'a"b', hidden: false })).toBe(' x="1" class="a&quot;b"');
    expect(el('rect', { width: 3 })).toBe('<rect width="3"/>');
    expect(text(1, 2, 'a<b')).toBe('<text x="1" y="2">a&lt;b</text>');
  });
});

describe('labels never reach the SVG unescaped', () => {
  const evil = '<script>alert(1)</script>';
  const svgs = [
    rankTrajectoryChart({ series: [{ place: evil, ranking: '榜', points: [{ period: '2023', rank: 3 }] }] }, 'x').svg,
    // Two places, so their names are drawn as line labels (a title is the figure's caption, outside the SVG).
    indicatorTimeChart({ indicator: evil, unit: '亿元', series: [evil, `${evil}2`].map((place) => ({ place, points: [{ period: '2022', value: 1 }, { period: '2023', value: 2 }] })) }, 'x').svg,
    comparisonChart({ indicator: 'GDP', unit: '亿元', items: [{ label: evil, value: 1, period: '2023', href: `/a/"><script>` }] }, 'x').svg,
    projectsChart({ groupBy: 'industry', projects: [{ name: evil, investment: 1, unit: '亿元', industry: evil }] }, 'x').svg,
    regionMapChart({ ...regionMap, region: evil, members: regionMap.members.map((m) => ({ ...m, name: evil })) }, 'x')?.svg ?? '',
  ];
  it.each(svgs.map((svg, i) => [i, svg]))('chart %i', (_i, svg) => {
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('markerPath', () => {
  it('draws each shape centred on its point, with no transform to carry', () => {
    expect(markerPath(0, 100, 50)).toBe('M104.5,50A4.5,4.5,0,1,1,95.5,50A4.5,4.5,0,1,1,104.5,50');
    expect(markerPath(1, 100, 50)).toBe('M96,46h8v8h-8Z');
    expect(markerPath(3, 100, 50)).toBe('M100,42.6L104.3,50L100,57.4L95.7,50Z');
    // The same shape at another point is the same path, moved.
    expect(markerPath(2, 10, 20)).toBe('M10,13L16.1,23.5L3.9,23.5Z');
  });
});
