/** The chart layer: pure functions from narrow inputs to a ChartFigure. */
export type {
  AdcodeFeature,
  ChartFigure,
  ChartKind,
  ComparisonInput,
  ComparisonItem,
  IndicatorTimeInput,
  MapMember,
  MultiPolygonGeometry,
  Period,
  PolygonGeometry,
  Position,
  ProjectItem,
  ProjectsInput,
  ProjectStatus,
  Qualifier,
  RankPoint,
  RankSeries,
  RankTarget,
  RankTargetInput,
  RankTrajectoryInput,
  RegionMapInput,
  Stated,
  TargetProgressInput,
  ValuePoint,
  ValueSeries,
  ValueTargetInput,
} from './types.ts';
export { rankTrajectoryChart, rankTrajectoryGeometry } from './rank-trajectory.ts';
export { indicatorTimeChart, indicatorTimeGeometry } from './indicator-time.ts';
export { targetProgressChart, targetProgressGeometry } from './target-progress.ts';
export { comparisonChart, comparisonGeometry } from './comparison.ts';
export { projectsChart, projectsGeometry } from './projects.ts';
export { hasMapShapes, regionMapChart, regionMapGeometry } from './region-map.ts';
export { rewindFeature, rewindGeometry } from './rewind.ts';
export { CSV_BOM } from '../format/csv.ts';
export { figureIds, pageDataCsv } from './figure.ts';
export { drawChart, type ChartSpec } from './spec.ts';
