/**
 * A chart before it is drawn: its kind, its id and the input its chart function takes. Specs are
 * plain data, cheap to build and to digest, so pages' views and cache keys hold specs, and the
 * SVG is drawn only when a page or its data download renders (drawChart).
 */
import { comparisonChart } from './comparison.ts';
import { indicatorTimeChart } from './indicator-time.ts';
import { projectsChart } from './projects.ts';
import { rankTrajectoryChart } from './rank-trajectory.ts';
import { regionMapChart } from './region-map.ts';
import { targetProgressChart } from './target-progress.ts';
import type {
  ChartFigure,
  ComparisonInput,
  IndicatorTimeInput,
  ProjectsInput,
  RankTrajectoryInput,
  RegionMapInput,
  TargetProgressInput,
} from './types.ts';

export type ChartSpec =
  | { kind: 'rank-trajectory'; id: string; input: RankTrajectoryInput }
  | { kind: 'indicator-time'; id: string; input: IndicatorTimeInput }
  | { kind: 'target-progress'; id: string; input: TargetProgressInput }
  | { kind: 'comparison'; id: string; input: ComparisonInput }
  | { kind: 'projects'; id: string; input: ProjectsInput }
  | { kind: 'region-map'; id: string; input: RegionMapInput };

/**
 * The figure (SVG, summary, table, CSV) a spec stands for. Specs are made only for charts their
 * data can draw (a map only with shapes: hasMapShapes), so this throws where a chart would be empty.
 */
export function drawChart(spec: ChartSpec): ChartFigure {
  switch (spec.kind) {
    case 'rank-trajectory':
      return rankTrajectoryChart(spec.input, spec.id);
    case 'indicator-time':
      return indicatorTimeChart(spec.input, spec.id);
    case 'target-progress':
      return targetProgressChart(spec.input, spec.id);
    case 'comparison':
      return comparisonChart(spec.input, spec.id);
    case 'projects':
      return projectsChart(spec.input, spec.id);
    case 'region-map': {
      const figure = regionMapChart(spec.input, spec.id);
      if (!figure) throw new Error(`region-map chart "${spec.id}" has no shapes: make its spec only when hasMapShapes`);
      return figure;
    }
  }
}
