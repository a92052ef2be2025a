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
  it('rounds to 2 decimals without -0 or trailing zeros', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(2.5)).toBe('2.5');
    expect(num(-0.001)).toBe('0');
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
    indicatorTimeChart({ indicator: evil, unit: '亿元', series: [{ place: evil, points: [{ period: '2023', value: 1 }] }] }, 'x').svg,
    comparisonChart({ indicator: 'GDP', unit: '亿元', items: [{ label: evil, value: 1, period: '2023', href: `/a/"><script>` }] }, 'x').svg,
    projectsChart({ groupBy: 'industry', projects: [{ name: evil, investment: 1, unit: '亿元', industry: evil }] }, 'x').svg,
    regionMapChart({ ...regionMap, region: evil, members: regionMap.members.map((m) => ({ ...m, name: evil })) }, 'x')?.svg ?? '',
  ];
  it.each(svgs.map((svg, i) => [i, svg]))('chart %i', (_i, svg) => {
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
  });
});
