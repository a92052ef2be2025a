/** The page of a county, park or region: everything it prints, in the order it prints it. */
import { PLACE_KIND_LABEL } from '../labels.ts';
import type { SiteModel } from '../types.ts';
import { type PageChart, pageCharts, pageDataUrl, pageJsonUrl } from './charts.ts';
import { chartedIndicators, chartedRankings, chartedTargets } from '../charts.ts';
import { type BriefingItem, briefingItem } from './briefings.ts';
import { type KeyFigure, keyFigures } from './cards.ts';
import { breadcrumbs, industryLinks, placeLink } from './crumbs.ts';
import { type FigureRow, figureRows } from './figures.ts';
import { type MemberTable, memberRows, slugsByKind } from './members.ts';
import { type ProjectView, projectView, type TargetView, targetView } from './plans.ts';
import { type RankBlock, rankBlocks } from './ranks.ts';
import { type Link, PageRefs, type RefsView } from './refs.ts';
import { type JsonLd, placeJsonLd } from './structured-data.ts';
import { feedPath } from './feeds.ts';

/** One line of the 概况 list: a link, or text. */
export interface Fact {
  term: string;
  text?: string;
  link?: Link;
}

/** A section with its heading id and title. */
export interface Section {
  id: string;
  heading: string;
}

export interface PlaceView {
  slug: string;
  name: string;
  summary?: string;
  /** For <meta name="description">: the summary, or what the page holds. */
  description: string;
  /** schema.org AdministrativeArea or Place. */
  jsonLd: JsonLd;
  /** The page's feed of briefings (site path), when it has briefings. */
  feed?: string;
  /** The place's own data: its record as JSON (always), its charts' data as CSV (when it has charts). */
  downloads: { json: string; csv?: string };
  type: string;
  /** Parks: the level, 未注明 where no source states it. */
  level?: string;
  /** The badge for the level: 国家级, or 级别未注明. */
  levelBadge?: string;
  /** A grouping of places across administrative lines (跨行政区组团). */
  grouping: boolean;
  crumbs: Link[];
  asOf?: string;
  cards: KeyFigure[];
  charts: PageChart[];
  /** "另有 6 项指标的历年数据见指标表", when more indicators have series than are drawn. */
  chartsNote?: string;
  /** 概况: category first, then the places above, founding year, code, other names. */
  facts: Fact[];
  figures: FigureRow[];
  ranks: RankBlock[];
  targets: TargetView[];
  /** A region's members by kind (counties, regions, parks), only those with rows. */
  memberTables: (Section & { caption: string; table: MemberTable })[];
  /** Lists of links (sub-parks, parks, direct children, groupings, industries), only those with links. */
  linkLists: (Section & { links: Link[] })[];
  projects: ProjectView[];
  /** The newest briefings about or naming this place, at most BRIEFING_LIST_LIMIT; the newest BRIEFING_SUMMARY_LIMIT with their summaries. */
  briefings: BriefingItem[];
  /** Older ones not listed (all are in the briefings index). */
  moreBriefings: number;
  refs: RefsView;
}

/** A place named in hundreds of briefings (a province, a busy county) lists the newest only. */
export const BRIEFING_LIST_LIMIT = 30;
/** The newest few keep their summary line; older ones are a date and a title, which keeps a busy page short. */
export const BRIEFING_SUMMARY_LIMIT = 5;

/** Where the data of what the charts leave out is: the tables below them. */
function chartsNote(indicators: number, rankings: number, targets: number): string | undefined {
  const parts = [
    indicators > 0 ? `另有 ${indicators} 项指标的历年数据见下方“主要数据”表` : '',
    rankings > 0 ? `另有 ${rankings} 个榜单的位次见“榜单位次”` : '',
    targets > 0 ? `另有 ${targets} 个目标的进度见“发展目标”` : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join('；')}。` : undefined;
}

export function placePage(model: SiteModel, slug: string): PlaceView {
  const place = model.places.get(slug)!;
  // The place's own tables hold the data of its indicator, rank and target charts.
  const tables: Partial<Record<string, PageChart['tableAt']>> = {
    'indicator-time': { id: 'figures-h', label: '主要数据' },
    'rank-trajectory': { id: 'ranks-h', label: '榜单位次' },
    'target-progress': { id: 'targets-h', label: '发展目标' },
  };
  const charts = pageCharts(model, place.url).map((c) => (tables[c.spec.kind] ? { ...c, tableAt: tables[c.spec.kind] } : c));
  const moreIndicators = chartedIndicators(place).more;
  const refs = new PageRefs(model, place.url);
  const region = place.kind === 'region' ? place : undefined;
  const park = place.kind === 'park' ? place : undefined;
  const level = park ? (park.level ?? '未注明') : undefined;
  const byKind = slugsByKind(model, region ? region.members : []);
  // Built in this order: source and note marks are numbered by first use on the page.
  const cards = keyFigures(model, place, refs);
  const figures = figureRows(model, place.figures, refs);
  const ranks = rankBlocks(model, place, refs);
  const targets = place.targets.map((t) => targetView(model, t, refs));
  const projects = place.projects.map((p) => projectView(model, p, refs));
  const memberTables = [
    { id: 'mc-h', heading: '所辖及成员县（市、区）', caption: '成员县（市、区）', table: memberRows(model, byKind.county, refs) },
    { id: 'mr-h', heading: '下辖及成员区域', caption: '成员区域', table: memberRows(model, byKind.region, refs) },
    { id: 'mp-h', heading: '区域内园区', caption: '园区', table: memberRows(model, byKind.park, refs) },
  ].filter((t) => t.table.rows.length > 0);
  const briefings = place.briefings.slice(0, BRIEFING_LIST_LIMIT).map((b, i) => {
    const item = briefingItem(model.briefingBySlug.get(b.slug)!, b.subject, refs);
    return i < BRIEFING_SUMMARY_LIMIT ? item : { ...item, summary: undefined };
  });
  const links = (id: string, heading: string, slugs: readonly string[]) => ({ id, heading, links: slugs.map((s) => placeLink(model, s)) });
  const linkLists = [
    links('sub-h', '园中园', park ? park.subParks : []),
    links('parks-h', '境内园区', region ? [] : place.parks),
    links('children-h', '直接下辖', region ? region.children : []),
    links('groups-h', '所属区域组团', place.groupings),
    { id: 'ind-h', heading: '产业', links: industryLinks(model, place.industries) },
  ].filter((l) => l.links.length > 0);
  const facts: (Fact | undefined)[] = [
    { term: '类别', text: `${PLACE_KIND_LABEL[place.kind]} · ${place.type}${level ? ` · 级别${level}` : ''}` },
    park?.parentPark ? { term: '所属园区', link: placeLink(model, park.parentPark) } : undefined,
    park?.parent ? { term: '所在地', link: placeLink(model, park.parent) } : undefined,
    !park && place.parent ? { term: '上级', link: placeLink(model, place.parent) } : undefined,
    park?.established ? { term: '设立', text: `${park.established}年` } : undefined,
    place.adcode ? { term: '行政区划代码', text: place.adcode } : undefined,
    place.aliases.length > 0 ? { term: '又称', text: place.aliases.join('、') } : undefined,
  ];
  return {
    slug: place.slug,
    name: place.name,
    summary: place.summary,
    description: place.summary ?? `${place.name}（${[...place.ancestors.map((a) => model.places.get(a)!.name), place.type].join(' · ')}）的关键数据、榜单位次、发展目标与相关简报。`,
    jsonLd: placeJsonLd(model, place),
    feed: place.briefings.length ? feedPath(place.url) : undefined,
    downloads: { json: pageJsonUrl(place.url), csv: charts.length ? pageDataUrl(place.url) : undefined },
    type: place.type,
    level,
    levelBadge: level === '未注明' ? '级别未注明' : level,
    grouping: region?.grouping ?? false,
    crumbs: breadcrumbs(model, place),
    asOf: refs.asOf,
    cards,
    charts,
    chartsNote: chartsNote(moreIndicators, chartedRankings(place).more, chartedTargets(place).more),
    facts: facts.filter((f): f is Fact => f !== undefined),
    figures,
    ranks,
    targets,
    memberTables,
    linkLists,
    projects,
    briefings,
    moreBriefings: place.briefings.length - briefings.length,
    refs: refs.view(),
  };
}
