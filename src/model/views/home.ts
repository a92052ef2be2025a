/** The home page: what the site holds, the latest briefings, regions and rankings to start from. */
import type { SiteModel } from '../types.ts';
import { type BriefingItem, briefingItem } from './briefings.ts';
import { SECTIONS } from './crumbs.ts';
import type { Link } from './refs.ts';

export interface HomeView {
  /** The newest briefing's date. */
  asOf?: string;
  /** How many of each kind the site holds, linking to each section. */
  counts: { label: string; n: number; url: string }[];
  latest: BriefingItem[];
  /** Top-level administrative regions, then groupings. */
  provinces: Link[];
  groupings: Link[];
  /** Rankings with at least one year of ranks. */
  rankings: Link[];
  /** Rows of observations.csv: indicators and ranks. */
  observationCount: number;
}

export function homePage(model: SiteModel): HomeView {
  const link = (x: { name: string; url: string }): Link => ({ label: x.name, url: x.url });
  return {
    asOf: model.briefings[0]?.date,
    counts: [
      { label: '区域', n: model.regions.length, url: SECTIONS.region.url },
      { label: '县（市、区）', n: model.counties.length, url: SECTIONS.county.url },
      { label: '园区', n: model.parks.length, url: SECTIONS.park.url },
      { label: '产业', n: model.industries.size, url: SECTIONS.industry.url },
      { label: '榜单', n: model.rankings.size, url: SECTIONS.ranking.url },
      { label: '简报', n: model.briefings.length, url: SECTIONS.briefing.url },
    ],
    latest: model.briefings.slice(0, 5).map((b) => briefingItem(b)),
    provinces: model.regions.filter((r) => !r.parent && !r.grouping).map(link),
    groupings: model.regions.filter((r) => r.grouping).map(link),
    rankings: [...model.rankings.values()].filter((r) => r.years.length > 0).map(link),
    observationCount: model.observations.length + model.rankEntries.length,
  };
}
