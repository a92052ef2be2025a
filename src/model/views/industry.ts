/** The page of an industry: the industries above and below, the places with it by kind, its projects and targets. */
import type { SiteModel } from '../types.ts';
import { type PageChart, pageCharts } from './charts.ts';
import { type BriefingItem, briefingItem } from './briefings.ts';
import { industryBreadcrumbs, industryLinks } from './crumbs.ts';
import { type MemberTable, memberRows, slugsByKind } from './members.ts';
import { type ProjectView, projectView, type TargetView, targetView } from './plans.ts';
import { type Link, PageRefs, type RefsView } from './refs.ts';
import { feedPath } from './feeds.ts';

export interface IndustryView {
  slug: string;
  name: string;
  summary?: string;
  /** The page's feed of briefings (site path), when it has briefings. */
  feed?: string;
  code?: string;
  crumbs: Link[];
  asOf?: string;
  parent: Link[];
  children: Link[];
  charts: PageChart[];
  /** The places with this industry, by kind; only kinds with places. */
  tables: { id: string; title: string; table: MemberTable }[];
  projects: ProjectView[];
  targets: TargetView[];
  briefings: BriefingItem[];
  refs: RefsView;
}

const INDUSTRY_TABLES = [
  { kind: 'county', title: '布局该产业的县（市、区）' },
  { kind: 'park', title: '布局该产业的园区' },
  { kind: 'region', title: '布局该产业的区域' },
] as const;

export function industryPage(model: SiteModel, slug: string): IndustryView {
  const ind = model.industries.get(slug)!;
  const refs = new PageRefs(model);
  const byKind = slugsByKind(model, ind.places.map((p) => p.slug));
  const tables = INDUSTRY_TABLES.map((k) => ({ id: `t-${k.kind}`, title: k.title, table: memberRows(model, byKind[k.kind], refs) })).filter((t) => t.table.rows.length > 0);
  const projects = ind.projects.map((p) => projectView(model, p, refs));
  const targets = ind.targets.map((t) => targetView(model, t, refs));
  const briefings = ind.briefings.map((s) => briefingItem(model.briefingBySlug.get(s)!, true, refs));
  return {
    slug: ind.slug,
    name: ind.name,
    summary: ind.summary,
    feed: ind.briefings.length ? feedPath(ind.url) : undefined,
    code: ind.code,
    crumbs: industryBreadcrumbs(model, ind),
    asOf: refs.asOf,
    parent: ind.parent ? industryLinks(model, [ind.parent]) : [],
    children: industryLinks(model, ind.children),
    charts: pageCharts(model, ind.url),
    tables,
    projects,
    targets,
    briefings,
    refs: refs.view(),
  };
}
