/** The index pages of industries (as a tree), rankings and briefings. */
import { scopeLabel } from '../labels.ts';
import type { Industry, SiteModel } from '../types.ts';
import { type BriefingItem, briefingItem } from './briefings.ts';
import { INDEX_CRUMBS } from './crumbs.ts';
import type { Link } from './refs.ts';

export interface IndustryNode {
  link: Link;
  /** Places listing this industry or one below it. */
  count: number;
  children: IndustryNode[];
}

export interface IndustryIndexView {
  crumbs: Link[];
  count: number;
  /** The industries without a parent, each with the industries below it. */
  tree: IndustryNode[];
}

export function industryIndex(model: SiteModel): IndustryIndexView {
  const node = (i: Industry): IndustryNode => ({ link: { label: i.name, url: i.url }, count: i.places.length, children: i.children.map((c) => node(model.industries.get(c)!)) });
  const roots = [...model.industries.values()].filter((i) => !i.parent);
  return { crumbs: [...INDEX_CRUMBS], count: model.industries.size, tree: roots.map(node) };
}

export interface RankingIndexView {
  crumbs: Link[];
  /** Every ranking, with what it lists, its size, publisher, years and targets in one line. */
  items: { link: Link; meta: string }[];
}

export function rankingIndex(model: SiteModel): RankingIndexView {
  const items = [...model.rankings.values()].map((r) => {
    const entries = r.years.reduce((n, y) => n + y.entries.length, 0);
    const meta = [
      `${scopeLabel(r.scope)}榜单`,
      r.size ? ` · ${r.size}强` : '',
      r.publisher ? ` · ${r.publisher}发布` : '',
      r.years.length > 0 ? ` · 收录 ${r.years.map((y) => `${y.year}年`).join('、')} 的 ${entries} 条位次` : ' · 暂无位次数据',
      r.targets.length > 0 ? ` · ${r.targets.length} 个进位目标` : '',
    ].join('');
    return { link: { label: r.name, url: r.url }, meta };
  });
  return { crumbs: [...INDEX_CRUMBS], items };
}

export interface BriefingIndexView {
  crumbs: Link[];
  /** The newest briefing's date. */
  asOf?: string;
  count: number;
  /** Newest first. */
  items: BriefingItem[];
}

export function briefingIndex(model: SiteModel): BriefingIndexView {
  return { crumbs: [...INDEX_CRUMBS], asOf: model.briefings[0]?.date, count: model.briefings.length, items: model.briefings.map((b) => briefingItem(b)) };
}
