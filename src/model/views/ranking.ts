/** The page of a ranking: its tables per year, the places that moved most, the targets naming it. */
import { scopeLabel } from '../labels.ts';
import type { SiteModel } from '../types.ts';
import { type PageChart, pageCharts } from './charts.ts';
import { sectionCrumbs } from './crumbs.ts';
import { type TargetView, targetView } from './plans.ts';
import { type MoverRow, moverRows, type RankingYear, rankingTable } from './ranks.ts';
import { type Link, PageRefs, type RefsView } from './refs.ts';

export interface RankingView {
  slug: string;
  name: string;
  summary?: string;
  /** 县（市、区）, 100强, 发布：… */
  badges: string[];
  crumbs: Link[];
  asOf?: string;
  charts: PageChart[];
  years: RankingYear[];
  movers: MoverRow[];
  targets: TargetView[];
  refs: RefsView;
}

export function rankingPage(model: SiteModel, slug: string): RankingView {
  const r = model.rankings.get(slug)!;
  const refs = new PageRefs(model);
  const years = rankingTable(model, r, refs);
  const targets = r.targets.map((t) => targetView(model, t, refs));
  return {
    slug: r.slug,
    name: r.name,
    summary: r.summary,
    badges: [scopeLabel(r.scope), r.size ? `${r.size}强` : '', r.publisher ? `发布：${r.publisher}` : ''].filter(Boolean),
    crumbs: sectionCrumbs('ranking'),
    asOf: refs.asOf,
    charts: pageCharts(model, r.url),
    years,
    movers: moverRows(model, r),
    targets,
    refs: refs.view(),
  };
}
