/** The generator's records: what a content file will say, before it is written. */

export type Kind = 'county' | 'park' | 'region';

/** How many of each thing to generate; `counts(scale)` in options.ts scales the national sizes. */
export interface Counts {
  counties: number;
  parks: number;
  groupings: number;
  industries: number;
  rankings: number;
  briefings: number;
  mdx: number;
  drafts: number;
}

export interface Options {
  seed: number;
  scale: number;
  counts: Counts;
}

/** A period's value: the canonical number, shared by every file that states it. */
export type Series = Map<string, number>;

export interface Target {
  metric?: string;
  /** As written: a number, "1200亿元", "5-8家". */
  value?: number | string;
  ranking?: string;
  rank?: number;
  advance?: number;
  year?: number;
  industry?: string;
  label?: string;
  /** Whether a TargetChart can draw it: its metric has annual figures, or its ranking has ranks. */
  chartable: boolean;
}

export interface Project {
  name: string;
  /** As written: 50, "约50亿元", "3000万元". */
  investment?: number | string;
  status?: string;
  year?: number;
  industries: string[];
  note?: string;
  /** Written in the place's file, or only in briefings about the place. */
  inFile: boolean;
}

export interface Place {
  kind: Kind;
  slug: string;
  name: string;
  aliases: string[];
  type: string;
  /** For text and park names: 枝江市 → 枝江. */
  short: string;
  adcode?: string;
  /** county: its region; park: its location; region: its parent. */
  up?: string;
  /** The province it lies in (its own slug for a province); none for a grouping across provinces. */
  province?: string;
  summary?: string;
  level?: string;
  parentPark?: string;
  established?: number;
  members?: string[];
  /** Region kind: province, prefecture or grouping. */
  tier?: 'province' | 'prefecture' | 'grouping';
  industries: string[];
  /** Latent economic size (亿元 of output, roughly): drives figures, ranks and how often news mentions it. */
  size: number;
  figures: Map<string, Series>;
  ranks: Map<string, Map<number, number>>;
  rankChanges: Map<string, Map<number, number>>;
  targets: Target[];
  projects: Project[];
  /** Places below it (counties, parks, child regions), for text and charts. */
  children: string[];
  parks: string[];
}

export interface Industry {
  slug: string;
  name: string;
  parent?: string;
  code?: string;
  depth: number;
}

export interface Ranking {
  slug: string;
  name: string;
  publisher?: string;
  scope: 'counties' | 'parks';
  size?: number;
  summary: string;
  /** Which places it lists. */
  eligible: (p: Place) => boolean;
  /** Metric whose size it mostly follows. */
  basis: string;
  /** Lists only stated rank changes and a top ten (a provincial-style evaluation). */
  evaluation?: boolean;
}

export interface Site {
  places: Map<string, Place>;
  counties: Place[];
  parks: Place[];
  regions: Place[];
  industries: Industry[];
  rankings: Ranking[];
}
