/**
 * The in-memory model of a site: built once per build from the content
 * folder, indexed by slug, and only read by pages and charts.
 */
import type { Folder } from './read.ts';
import type { ChartSpec } from '../charts/spec.ts';
import type { Stated } from '../format/number.ts';
import type { SiteConfig } from './site-config.ts';

export type PlaceKind = 'county' | 'park' | 'region';

/** Where a figure came from: a briefing, or the place's own file. */
export interface SourceRef {
  /** Briefing slug, or undefined for the place's own file. */
  briefing?: string;
  /** Content file, for error messages and edit links. */
  file: string;
}

export interface MetricDef {
  key: string;
  name: string;
  unit: string;
  description?: string;
}

/** One value of one metric for one place and period, in the metric's unit. */
export interface Observation {
  /** Set when another file gives this figure and wins (place file, then newest briefing). */
  supersededBy?: SourceRef;
  place: string;
  metric: string;
  period: string;
  value: number;
  /** How the source qualified it (约, 多 …) and the unit it was written in; absent for a plain figure. */
  stated?: Stated;
  /** The note of the long form { value, note }. */
  note?: string;
  source: SourceRef;
}

export interface RankEntry {
  /** Set when another file gives this figure and wins (place file, then newest briefing). */
  supersededBy?: SourceRef;
  place: string;
  ranking: string;
  year: number;
  rank: number;
  /** Previous listed rank − this rank; positive = moved up. Measured against the latest earlier year listed (previousYear); undefined for the first listing. */
  change?: number;
  /** Year of the previous entry the change is measured against. */
  previousYear?: number;
  note?: string;
  source: SourceRef;
}

/** A movement a source states without the rank (rank_changes: "上升了24个名次"). */
export interface RankChange {
  supersededBy?: SourceRef;
  place: string;
  ranking: string;
  year: number;
  /** Places moved: positive = up. */
  change: number;
  note?: string;
  source: SourceRef;
}

export interface Target {
  /** Set when another file gives this figure and wins (place file, then newest briefing). */
  supersededBy?: SourceRef;
  place: string;
  label: string;
  year?: number;
  source: SourceRef;
  /** A metric target: reach `value` (in the metric's unit); a range's upper bound is stated.max. */
  metric?: string;
  value?: number;
  stated?: Stated;
  /** The industry the target is about. */
  industry?: string;
  note?: string;
  /** A ranking target: reach `rank`, or move up `advance` places. */
  ranking?: string;
  rank?: number;
  advance?: number;
  /** The latest reported actual, computed in the model. */
  actual?: { value: number; period: string; source: SourceRef; stated?: Stated };
  /** actual / value for metric targets, where both are positive. */
  share?: number;
}

export interface Project {
  /** Set when another file gives this figure and wins (place file, then newest briefing). */
  supersededBy?: SourceRef;
  place: string;
  name: string;
  /** In 亿元. */
  investment?: number;
  /** The investment's qualifier and unit as written. */
  investmentStated?: Stated;
  status?: string;
  year?: number;
  industries: string[];
  note?: string;
  source: SourceRef;
}

export interface PlaceBase {
  kind: PlaceKind;
  folder: Folder;
  slug: string;
  name: string;
  aliases: string[];
  summary?: string;
  type: string;
  adcode?: string;
  file: string;
  url: string;
  /** The place directly above: region of a county, location of a park, parent of a region. */
  parent?: string;
  /** From the top of the hierarchy down to the parent, for breadcrumbs. */
  ancestors: string[];
  industries: string[];
  /** Groupings (regions with `members`) that list this place. */
  groupings: string[];
  /** Parks whose `location` is this place. */
  parks: string[];
  /** metric key → observations sorted by period. */
  figures: Map<string, Observation[]>;
  /** ranking slug → entries sorted by year. */
  ranks: Map<string, RankEntry[]>;
  /** ranking slug → stated movements sorted by year. */
  rankChanges: Map<string, RankChange[]>;
  targets: Target[];
  projects: Project[];
  /** Briefings about (subjects) or mentioning this place, newest first. */
  briefings: { slug: string; subject: boolean }[];
}

export interface County extends PlaceBase {
  kind: 'county';
}

export interface Park extends PlaceBase {
  kind: 'park';
  /** Undefined when no source states it (shown as 未注明). */
  level?: string;
  established?: number;
  /** The park this one belongs to (一区多园). */
  parentPark?: string;
  /** Parks whose `parent` is this park. */
  subParks: string[];
}

export interface Region extends PlaceBase {
  kind: 'region';
  /** `members` as written. */
  listedMembers: string[];
  /** Places directly below in the hierarchy. */
  children: string[];
  /** Every member, transitively: listed members, the hierarchy below, and what lies below those. Sorted by slug. */
  members: string[];
  /** True for 集聚区, 经济区, 城市群 …: a region with listed members or a grouping type (GROUPING_TYPES). */
  grouping: boolean;
}

export type Place = County | Park | Region;

export interface Industry {
  slug: string;
  name: string;
  aliases: string[];
  summary?: string;
  code?: string;
  parent?: string;
  ancestors: string[];
  children: string[];
  file: string;
  url: string;
  /** Places listing this industry or one below it. */
  places: { slug: string; via: string }[];
  projects: Project[];
  /** Targets about this industry or one below it (targets[].industry). */
  targets: Target[];
  briefings: string[];
}

export interface Ranking {
  slug: string;
  name: string;
  aliases: string[];
  summary?: string;
  publisher?: string;
  scope: 'counties' | 'parks' | 'regions';
  size?: number;
  file: string;
  url: string;
  /** Years newest first, each with entries by rank. */
  years: { year: number; entries: RankEntry[] }[];
  /** Places with entries in more than one year, largest absolute movement first. */
  movers: { place: string; change: number }[];
  /** Stated movements without a rank, newest year first, largest movement first. */
  rankChanges: RankChange[];
  targets: Target[];
}

export interface Briefing {
  slug: string;
  title: string;
  date: string;
  /** What the date rests on, where the source does not state it. */
  dateNote?: string;
  subjects: string[];
  industries: string[];
  source?: { name?: string; url?: string; author?: string };
  summary?: string;
  /** A draft shown by the dev server's preview (loadSite in development), marked 草稿; a build leaves drafts out. */
  draft?: boolean;
  file: string;
  url: string;
  ext: 'md' | 'mdx';
  /** Places mentioned in the text (by name or alias) that are not subjects. */
  mentions: string[];
  /** Chart components placed in an MDX body, checked (src/model/mdx-charts.ts). */
  charts: { component: string; props: Record<string, unknown>; line: number; spec?: ChartSpec }[];
  /** Every figure this briefing reports, for its "本文数据" box; some may be superseded. */
  observations: Observation[];
  ranks: RankEntry[];
  rankChanges: RankChange[];
  targets: Target[];
  projects: Project[];
}

export interface Mention {
  text: string;
  url: string;
  kind: 'place' | 'industry';
  slug: string;
}

/** A GeoJSON feature keyed by its 6-digit adcode (content/boundaries/). */
export interface BoundaryFeature {
  type: 'Feature';
  properties: { adcode: string; name?: string } & Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] } | null;
}

export interface SiteModel {
  /** content/site.yaml (src/model/site-config.ts). */
  site: SiteConfig;
  /** Region slug → boundaries of its members, for the region map. */
  boundaries: Map<string, BoundaryFeature[]>;
  metrics: Map<string, MetricDef>;
  places: Map<string, Place>;
  counties: County[];
  parks: Park[];
  regions: Region[];
  industries: Map<string, Industry>;
  rankings: Map<string, Ranking>;
  /** Published briefings (drafts left out), newest first. */
  briefings: Briefing[];
  briefingBySlug: Map<string, Briefing>;
  /** Every resolved observation, sorted by place, metric, period. */
  observations: Observation[];
  rankEntries: RankEntry[];
  rankChanges: RankChange[];
  /** Names and aliases to link in running text, longest first. */
  mentions: Mention[];
  /** Page path → digest of the body its page renders, part of the page's cache key. */
  bodyDigests: Map<string, string>;
  /** Page path → its body as plain text (src/search/text.ts), for the search index. */
  bodyTexts: Map<string, string>;
}
