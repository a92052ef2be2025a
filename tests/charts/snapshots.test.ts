import { describe, it } from 'vitest';
import {
  comparisonChart,
  indicatorTimeChart,
  projectsChart,
  rankTrajectoryChart,
  regionMapChart,
  targetProgressChart,
} from '../../src/charts/index.ts';
import type { ChartFigure } from '../../src/charts/index.ts';
import * as f from './fixtures.ts';
import { expectSvgSnapshot } from './snapshot.ts';

/** The snapshot's name is the test's name. */
const cases: Record<string, () => ChartFigure | null> = {
  'rank-single': () => rankTrajectoryChart(f.rankSingle, 'rank-single'),
  'rank-rankings': () => rankTrajectoryChart(f.rankRankings, 'rank-rankings'),
  'rank-places': () => rankTrajectoryChart(f.rankPlaces, 'rank-places'),
  'rank-one-point': () => rankTrajectoryChart(f.rankOnePoint, 'rank-one-point'),
  'indicator-bars': () => indicatorTimeChart(f.indicatorBars, 'indicator-bars'),
  'indicator-quarters': () => indicatorTimeChart(f.indicatorQuarters, 'indicator-quarters'),
  'indicator-lines': () => indicatorTimeChart(f.indicatorLines, 'indicator-lines'),
  'indicator-single': () => indicatorTimeChart(f.indicatorSingle, 'indicator-single'),
  'target-value': () => targetProgressChart(f.targetValue, 'target-value'),
  'target-exceeded': () => targetProgressChart(f.targetExceeded, 'target-exceeded'),
  'target-rank': () => targetProgressChart(f.targetRank, 'target-rank'),
  'target-no-actual': () => targetProgressChart(f.targetNoActual, 'target-no-actual'),
  comparison: () => comparisonChart(f.comparison, 'comparison'),
  'comparison-negative': () => comparisonChart(f.comparisonNegative, 'comparison-negative'),
  'projects-status': () => projectsChart(f.projectsByStatus, 'projects-status'),
  'projects-industry': () => projectsChart(f.projectsByIndustry, 'projects-industry'),
  'region-map': () => regionMapChart(f.regionMap, 'region-map'),
};

describe('SVG snapshots', () => {
  for (const [name, make] of Object.entries(cases)) {
    it(name, () => {
      const figure = make();
      if (!figure) throw new Error(`${name} produced no figure`);
      expectSvgSnapshot(name, figure.svg);
    });
  }
});
