/**
 * An SVG with role="img" must hold nothing interactive (axe: nested-interactive),
 * so no chart kind links anything inside its SVG, even when its input has hrefs.
 * Keyed by ChartKind: a new kind does not type-check until it is listed here.
 */
import { describe, expect, it } from 'vitest';
import {
  comparisonChart,
  indicatorTimeChart,
  projectsChart,
  rankTrajectoryChart,
  regionMapChart,
  targetProgressChart,
} from '../../src/charts/index.ts';
import type { ChartFigure, ChartKind } from '../../src/charts/index.ts';
import * as f from './fixtures.ts';

const byKind: Record<ChartKind, () => (ChartFigure | null)[]> = {
  'rank-trajectory': () => [rankTrajectoryChart(f.rankSingle, 'a'), rankTrajectoryChart(f.rankRankings, 'a'), rankTrajectoryChart(f.rankPlaces, 'a')],
  'indicator-time': () => [indicatorTimeChart(f.indicatorBars, 'b'), indicatorTimeChart(f.indicatorLines, 'b')],
  'target-progress': () => [targetProgressChart(f.targetValue, 'c'), targetProgressChart(f.targetRank, 'c'), targetProgressChart(f.targetNoActual, 'c')],
  comparison: () => [comparisonChart(f.comparison, 'd'), comparisonChart(f.comparisonNegative, 'd')],
  projects: () => [projectsChart(f.projectsByStatus, 'e'), projectsChart(f.projectsByIndustry, 'e')],
  'region-map': () => [regionMapChart(f.regionMap, 'f')],
};

describe('no links inside a chart SVG (role="img")', () => {
  it('the fixtures do give hrefs, so the check means something', () => {
    expect(f.comparison.items.some((i) => i.href)).toBe(true);
    expect(f.projectsByStatus.projects.some((p) => p.href)).toBe(true);
    expect(f.regionMap.members.some((m) => m.href)).toBe(true);
  });

  it.each(Object.entries(byKind))('%s', (kind, make) => {
    const figures = make();
    expect(figures.length).toBeGreaterThan(0);
    for (const fig of figures) {
      if (!fig) throw new Error(`${kind} produced no figure`);
      expect(fig.svg).toMatch(/^<svg [^>]*role="img"/);
      expect(fig.svg).not.toMatch(/<a[\s>]/);
      expect(fig.svg).not.toMatch(/\s(?:xlink:)?href=/);
      expect(fig.svg).not.toMatch(/\stabindex=|<foreignObject/);
    }
  });
});
