/**
 * One view object per page kind, built from the model: the page's template renders it and
 * computes nothing. Each page gets its own PageRefs, so its source and note marks are
 * numbered for that page and listed once at its end.
 */
import { chartsFor } from './site-charts.ts';
import type { Briefing, Industry, Place, Ranking, SiteModel } from './types.ts';
import {
  breadcrumbs, briefingData, briefingItem, figureRows, industryBreadcrumbs, industryLinks, keyFigures, memberRows, moverRows, PageRefs, PLACE_KIND_LABEL, placeLink, projectView,
  rankBlocks, rankingTable, slugsByKind, targetView, type Link,
} from './views.ts';
import { formatDate } from '../format/date.ts';

export function placePage(model: SiteModel, place: Place) {
  const refs = new PageRefs(model);
  const region = place.kind === 'region' ? place : undefined;
  const park = place.kind === 'park' ? place : undefined;
  const byKind = slugsByKind(model, region ? region.members : []);
  return {
    place,
    crumbs: breadcrumbs(model, place),
    kindLabel: PLACE_KIND_LABEL[place.kind],
    /** Parks: 未注明 where no source states the level. */
    level: park ? (park.level ?? '未注明') : undefined,
    established: park?.established,
    cards: keyFigures(model, place, refs),
    charts: chartsFor(model, place.url),
    figures: figureRows(model, place.figures, refs),
    ranks: rankBlocks(model, place, refs),
    targets: place.targets.map((t) => targetView(model, t, refs)),
    projects: place.projects.map((p) => projectView(model, p, refs)),
    host: park && park.parent ? placeLink(model, park.parent) : undefined,
    parentPark: park?.parentPark ? placeLink(model, park.parentPark) : undefined,
    subParks: park ? park.subParks.map((s) => placeLink(model, s)) : [],
    parentRegion: place.kind !== 'park' && place.parent ? placeLink(model, place.parent) : undefined,
    parks: place.parks.map((s) => placeLink(model, s)),
    groupings: place.groupings.map((s) => placeLink(model, s)),
    industries: industryLinks(model, place.industries),
    children: region ? region.children.map((s) => placeLink(model, s)) : [],
    memberCounties: memberRows(model, byKind.county, refs),
    memberParks: memberRows(model, byKind.park, refs),
    memberRegions: memberRows(model, byKind.region, refs),
    briefings: place.briefings.map((b) => briefingItem(model.briefingBySlug.get(b.slug)!, b.subject, refs)),
    refs,
  };
}

export function rankingPage(model: SiteModel, r: Ranking) {
  const refs = new PageRefs(model);
  return {
    ranking: r,
    crumbs: [{ label: '首页', url: '/' }, { label: '榜单', url: '/rankings/' }] as Link[],
    charts: chartsFor(model, r.url),
    years: rankingTable(model, r, refs),
    movers: moverRows(model, r),
    targets: r.targets.map((t) => targetView(model, t, refs)),
    refs,
  };
}

const INDUSTRY_TABLES = [
  { kind: 'county', title: '布局该产业的县（市、区）' },
  { kind: 'park', title: '布局该产业的园区' },
  { kind: 'region', title: '布局该产业的区域' },
] as const;

export function industryPage(model: SiteModel, ind: Industry) {
  const refs = new PageRefs(model);
  const byKind = slugsByKind(model, ind.places.map((p) => p.slug));
  return {
    industry: ind,
    crumbs: industryBreadcrumbs(model, ind),
    parent: ind.parent ? industryLinks(model, [ind.parent]) : [],
    children: industryLinks(model, ind.children),
    charts: chartsFor(model, ind.url),
    tables: INDUSTRY_TABLES.map((k) => ({ ...k, table: memberRows(model, byKind[k.kind], refs) })).filter((t) => t.table.rows.length > 0),
    projects: ind.projects.map((p) => projectView(model, p, refs)),
    targets: ind.targets.map((t) => targetView(model, t, refs)),
    briefings: ind.briefings.map((s) => briefingItem(model.briefingBySlug.get(s)!, true, refs)),
    refs,
  };
}

export function briefingPage(model: SiteModel, b: Briefing) {
  const refs = new PageRefs(model);
  refs.dated(b.date);
  return {
    briefing: b,
    crumbs: [{ label: '首页', url: '/' }, { label: '简报', url: '/briefings/' }] as Link[],
    date: formatDate(b.date),
    data: briefingData(model, b, refs),
    subjects: b.subjects.map((s) => placeLink(model, s)),
    mentions: b.mentions.map((s) => placeLink(model, s)),
    industries: industryLinks(model, b.industries),
    refs,
  };
}

/** Index pages that list places with their figures (counties, parks by level). */
export function placeIndex(model: SiteModel, slugs: readonly string[]) {
  const refs = new PageRefs(model);
  return { table: memberRows(model, slugs, refs), refs };
}

export function parkIndex(model: SiteModel) {
  const refs = new PageRefs(model);
  const levels = ['国家级', '省级', '市级', '县级', undefined];
  const groups = levels
    .map((level) => ({ level: level ?? '未注明级别', table: memberRows(model, model.parks.filter((p) => p.level === level).map((p) => p.slug), refs) }))
    .filter((g) => g.table.rows.length > 0);
  return { groups, refs };
}
