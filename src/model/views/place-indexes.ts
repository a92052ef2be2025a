/** The index pages of places: counties and parks with their key figures, regions with their members. */
import type { SiteModel } from '../types.ts';
import { INDEX_CRUMBS, placeLink } from './crumbs.ts';
import { type MemberTable, memberRows } from './members.ts';
import { type Link, PageRefs } from './refs.ts';

export interface CountyIndexView {
  crumbs: Link[];
  asOf?: string;
  count: number;
  /** What the table is sorted by: the main indicator, else 名称. */
  orderBy: string;
  table: MemberTable;
}

export function countyIndex(model: SiteModel): CountyIndexView {
  const refs = new PageRefs(model);
  const table = memberRows(model, model.counties.map((c) => c.slug), refs);
  return { crumbs: [...INDEX_CRUMBS], asOf: refs.asOf, count: model.counties.length, orderBy: table.metric ?? '名称', table };
}

export interface ParkIndexView {
  crumbs: Link[];
  asOf?: string;
  count: number;
  /** Parks by level, national first; 未注明级别 last; only levels with parks. */
  groups: { level: string; id: string; caption: string; count: number; table: MemberTable }[];
}

const PARK_LEVELS = ['国家级', '省级', '市级', '县级', undefined];

export function parkIndex(model: SiteModel): ParkIndexView {
  const refs = new PageRefs(model);
  const groups = PARK_LEVELS.map((level) => ({ level: level ?? '未注明级别', table: memberRows(model, model.parks.filter((p) => p.level === level).map((p) => p.slug), refs) }))
    .filter((g) => g.table.rows.length > 0)
    .map((g) => ({ ...g, id: `lv-${g.level}`, caption: `${g.level}园区`, count: g.table.rows.length }));
  return { crumbs: [...INDEX_CRUMBS], asOf: refs.asOf, count: model.parks.length, groups };
}

export interface RegionItem {
  link: Link;
  /** 省 · 成员 9 个; 集聚区 · 成员 宜都市、当阳市 */
  meta: string;
  /** Administrative regions directly below (not groupings). */
  children: Link[];
}

export interface RegionIndexView {
  crumbs: Link[];
  /** Top-level administrative regions (provinces). */
  admin: RegionItem[];
  /** Economic zones, clusters, city groups: regions listing members across administrative lines. */
  groupings: RegionItem[];
}

export function regionIndex(model: SiteModel): RegionIndexView {
  const isAdminRegion = (slug: string) => {
    const p = model.places.get(slug)!;
    return p.kind === 'region' && !p.grouping;
  };
  const admin = model.regions
    .filter((r) => !r.parent && !r.grouping)
    .map((r) => ({ link: placeLink(model, r.slug), meta: `${r.type} · 成员 ${r.members.length} 个`, children: r.children.filter(isAdminRegion).map((c) => placeLink(model, c)) }));
  const groupings = model.regions
    .filter((r) => r.grouping)
    .map((r) => {
      const members = r.listedMembers.length > 0 ? `成员 ${r.listedMembers.map((m) => model.places.get(m)!.name).join('、')}` : '资料中未列出成员';
      return { link: placeLink(model, r.slug), meta: `${r.type} · ${members}`, children: [] };
    });
  return { crumbs: [...INDEX_CRUMBS], admin, groupings };
}
