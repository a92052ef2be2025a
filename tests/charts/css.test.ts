/**
 * charts.css against the rules pages depend on: every text colour at 4.5:1
 * and every mark colour at 3:1 against the page background, in light, dark
 * and print; every class the charts use that sets a colour is defined.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparisonChart, indicatorTimeChart, projectsChart, rankTrajectoryChart, regionMapChart, targetProgressChart } from '../../src/charts/index.ts';
import * as f from './fixtures.ts';

const css = readFileSync(new URL('../../src/charts/charts.css', import.meta.url), 'utf8');

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Custom properties declared in the block that starts at `marker`. */
function block(marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  if (start < 0) throw new Error(`charts.css has no ${marker}`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--chart-[\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1], m[2].toLowerCase()]));
}

const light = block('.chart,\n.chart-svg {');
const schemes = {
  light,
  dark: block('@media screen and (prefers-color-scheme: dark)'),
  // Print sets only what differs from light: the dark colours apply to screens only.
  print: { ...light, ...block('@media print') },
};

describe.each(Object.entries(schemes))('%s colours', (name, vars) => {
  it('declare a page background that matches the site', () => {
    expect(vars['--chart-bg']).toBe(name === 'dark' ? '#121417' : '#ffffff');
  });
  it('pass WCAG AA: text 4.5:1, marks 3:1', () => {
    const failures = Object.entries(vars)
      .filter(([k]) => k.startsWith('--chart-text-') || k.startsWith('--chart-mark-'))
      .map(([k, v]) => ({ k, v, ratio: contrast(v, vars['--chart-bg']), need: k.startsWith('--chart-text-') ? 4.5 : 3 }))
      .filter((x) => x.ratio < x.need);
    expect(failures).toEqual([]);
  });
  it('define every colour the light scheme defines', () => {
    expect(Object.keys(vars).sort()).toEqual(Object.keys(schemes.light).sort());
  });
});

describe('charts.css rules', () => {
  it('uses colours only through the checked custom properties', () => {
    const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/--chart-[\w-]+:\s*#[0-9a-fA-F]{6};/g, '');
    expect(rules.match(/#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(/g)).toBeNull();
  });

  it('keeps a chart whole when printed, with black text', () => {
    expect(css).toMatch(/\.chart\s*\{[^}]*break-inside:\s*avoid/);
    expect(schemes.print['--chart-text-main']).toBe('#000000');
  });

  it('defines every colour class the charts use', () => {
    const svgs = [
      rankTrajectoryChart(f.rankRankings, 'a').svg,
      indicatorTimeChart(f.indicatorQuarters, 'b').svg,
      targetProgressChart(f.targetRank, 'c').svg,
      targetProgressChart(f.targetValue, 'c').svg,
      comparisonChart(f.comparison, 'd').svg,
      projectsChart(f.projectsByStatus, 'e').svg,
      regionMapChart(f.regionMap, 'f')?.svg ?? '',
    ].join('');
    const used = new Set([...svgs.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1].split(' ')));
    // Structural hooks carry no colour; everything else must be styled.
    const structural = new Set(['chart-axis', 'chart-axis-x', 'chart-axis-y', 'chart-tick', 'chart-series', 'chart-row', 'chart-target', 'chart-regions', 'chart-map-labels', 'chart-legend', 'chart-legend-item', 'chart-swatch', 'chart-value-label', 'chart-point-label', 'chart-end-label', 'chart-target-label', 'chart-map-label', 'chart-bar-name', 'chart-nodata']);
    for (const kind of ['rank-trajectory', 'indicator-time', 'target-progress', 'comparison', 'projects', 'region-map']) structural.add(`chart-${kind}`);
    const missing = [...used].filter((c) => !structural.has(c) && !new RegExp(`\\.${c}(?![\\w-])`).test(css));
    expect(missing).toEqual([]);
  });
});
