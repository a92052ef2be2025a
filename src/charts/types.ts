/**
 * What every chart returns, and what each chart kind takes. Inputs are narrow
 * and independent of the site model: the page layer maps its model into them.
 *
 * A value may carry how the source wrote it (CONTENT-FORMAT 1.1): `stated`
 * beside a `value`, `targetStated` beside a target, `investmentStated` beside
 * an investment ("约800亿元", "4310多亩", a target of "5-8家"). Marks are
 * drawn from the number (a range at its lower bound); every text that shows
 * the value (labels, hover titles, the summary, the table) writes it as
 * stated, and the CSV keeps the plain number with the stated form in a
 * `note` column.
 */
import type { Stated } from '../format/number.ts';
import type { CsvValue } from '../format/csv.ts';

export type { Qualifier, Stated } from '../format/number.ts';

export type ChartKind = 'rank-trajectory' | 'indicator-time' | 'target-progress' | 'comparison' | 'projects' | 'region-map';

/**
 * One computed object per chart, so the chart, its title, its summary and its
 * table cannot disagree.
 */
export interface ChartFigure {
  kind: ChartKind;
  /** Stable, URL-safe id given by the caller (anchors, CSV file name, SVG ids). */
  id: string;
  /** Chinese title, for the figure caption. */
  title: string;
  /** One sentence saying what the chart shows, with the key numbers. */
  summary: string;
  /** Complete <svg> markup: viewBox, role="img", named and described by its figure's caption and summary (ids from figureIds). */
  svg: string;
  /** The data as formatted text cells, for a <details> table. */
  table: { caption: string; columns: string[]; rows: string[][] };
  /** The same rows as CSV: header row, raw numbers, formula-like text neutralised. */
  csv: string;
  /** The CSV's header and raw rows, for the page's one data download (pageDataCsv). */
  data: { columns: string[]; rows: CsvValue[][] };
}

/** A period as the content writes it: "2021" or "2023Q1". */
export type Period = string;

// ---- rank-trajectory --------------------------------------------------------

export interface RankPoint {
  period: Period;
  /** 1 is best. A missing year is simply left out (or null): the line breaks there. */
  rank: number | null;
}

export interface RankSeries {
  /** The place ranked, e.g. "枝江市". */
  place: string;
  /** The ranking, e.g. "全国县域经济百强". */
  ranking: string;
  points: readonly RankPoint[];
}

export interface RankTarget {
  rank: number;
  /** Year by which the target should be met, e.g. "2025". */
  deadline?: Period;
}

/** One place in several rankings, or several places in one ranking. */
export interface RankTrajectoryInput {
  series: readonly RankSeries[];
  /** Optional dashed reference line. */
  target?: RankTarget;
  /** Every period the ranking(s) were published; years absent from a series become gaps. */
  periods?: readonly Period[];
  /** Overrides the generated title. */
  title?: string;
}

// ---- indicator-time ---------------------------------------------------------

export interface ValuePoint {
  period: Period;
  value: number | null;
  /** How the source stated `value` (qualifier, unit as written). */
  stated?: Stated;
}

export interface ValueSeries {
  /** Place name, e.g. "嘉峪关工业园区". */
  place: string;
  points: readonly ValuePoint[];
}

/** One indicator over time: bars for one place, lines for several. */
export interface IndicatorTimeInput {
  /** e.g. "工业总产值" */
  indicator: string;
  /** A unit from model/units.ts, e.g. "亿元", "%", "家". */
  unit: string;
  series: readonly ValueSeries[];
  periods?: readonly Period[];
  title?: string;
}

// ---- target-progress --------------------------------------------------------

export interface ValueTargetInput {
  type: 'value';
  place: string;
  indicator: string;
  unit: string;
  /** The target; for a range ("5-8家") its lower bound, where the target line is drawn. */
  target: number;
  /** How the source stated the target: qualifier, and for a range its upper bound in `max` (in `unit`). */
  targetStated?: Stated;
  deadline?: Period;
  /** Latest reported value; absent when none has been reported yet. */
  actual?: { period: Period; value: number; stated?: Stated };
  title?: string;
}

export interface RankTargetInput {
  type: 'rank';
  place: string;
  ranking: string;
  target: number;
  deadline?: Period;
  actual?: { period: Period; rank: number };
  title?: string;
}

export type TargetProgressInput = ValueTargetInput | RankTargetInput;

// ---- comparison -------------------------------------------------------------

export interface ComparisonItem {
  label: string;
  value: number;
  /** How the source stated `value`. */
  stated?: Stated;
  period: Period;
  /**
   * @deprecated Ignored: charts hold no links (an SVG with role="img" must not
   * contain interactive elements); pages link places in their own tables.
   */
  href?: string;
}

/** Members of a region, or places of an industry, ranked by one indicator. */
export interface ComparisonInput {
  indicator: string;
  unit: string;
  /** What the items belong to, e.g. "宜昌市" or "新能源汽车产业". */
  group?: string;
  items: readonly ComparisonItem[];
  title?: string;
}

// ---- projects ---------------------------------------------------------------

export type ProjectStatus = '谋划' | '签约' | '在建' | '投产' | '竣工';

export interface ProjectItem {
  name: string;
  /** Planned investment; null when the source gives none. */
  investment: number | null;
  /** Money unit of `investment`: 元, 万元, 亿元 or 万亿元. */
  unit: string;
  /** How the source stated `investment` (in `unit`). */
  investmentStated?: Stated;
  /** Unknown or other values are shown as "未注明". */
  status?: string;
  industry?: string;
  /** @deprecated Ignored: charts hold no links (see ComparisonItem.href). */
  href?: string;
}

export interface ProjectsInput {
  /** Whose projects, e.g. "枝江市"; used in the title and summary. */
  owner?: string;
  projects: readonly ProjectItem[];
  /** How the totals are grouped. */
  groupBy: 'status' | 'industry';
  title?: string;
}

// ---- region-map -------------------------------------------------------------

/** A GeoJSON position, ring and the polygon geometries the map draws. */
export type Position = readonly number[];
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: readonly (readonly Position[])[];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: readonly (readonly (readonly Position[])[])[];
}
export interface AdcodeFeature {
  type: 'Feature';
  properties: { adcode: string | number; name?: string } & Record<string, unknown>;
  geometry: PolygonGeometry | MultiPolygonGeometry | null;
}

export interface MapMember {
  /** 6-digit GB/T 2260 code, matched against `properties.adcode`. */
  adcode: string;
  name: string;
  /** null when the place has no figure: drawn hatched. */
  value: number | null;
  /** How the source stated `value`. */
  stated?: Stated;
  period?: Period;
  /** @deprecated Ignored: charts hold no links (see ComparisonItem.href). */
  href?: string;
}

export interface RegionMapInput {
  /** e.g. "宜昌市" */
  region: string;
  indicator: string;
  unit: string;
  features: readonly AdcodeFeature[];
  members: readonly MapMember[];
  title?: string;
}
