/**
 * What the search index holds for each page, and the search page's filters: computed from the
 * model once, like every view. The index itself is built from these records by src/search/.
 */
import { formatDate } from '../../format/date.ts';
import { KIND_LABELS, type SearchDoc, type SearchKind } from '../../search/format.ts';
import { shortNames } from '../../search/short-names.ts';
import { PLACE_KIND_LABEL, scopeLabel } from '../labels.ts';
import type { Briefing, Industry, Place, Ranking, SiteModel } from '../types.ts';
import { INDEX_CRUMBS } from './crumbs.ts';
import type { Link } from './refs.ts';

const SUMMARY_CHARS = 90;

function excerpt(text: string | undefined): string {
  if (!text) return '';
  const chars = [...text];
  return chars.length <= SUMMARY_CHARS ? text : `${chars.slice(0, SUMMARY_CHARS).join('')}…`;
}

const names = (model: SiteModel, slugs: readonly string[]) => slugs.map((s) => model.places.get(s)?.name ?? model.industries.get(s)?.name).filter((n): n is string => !!n);

/** `r:` keys of the place and every region above it or grouping it. */
function regionFacets(model: SiteModel, slug: string, out: Set<string>) {
  const p = model.places.get(slug);
  if (!p) return;
  if (p.kind === 'region') out.add(`r:${p.slug}`);
  for (const a of [...p.ancestors, ...p.groupings]) {
    out.add(`r:${a}`);
    for (const g of model.places.get(a)?.groupings ?? []) out.add(`r:${g}`);
  }
}

/** `i:` keys of the industries and every industry above them. */
function industryFacets(model: SiteModel, slugs: readonly string[], out: Set<string>) {
  for (const s of slugs) {
    const ind = model.industries.get(s);
    if (!ind) continue;
    out.add(`i:${s}`);
    for (const a of ind.ancestors) out.add(`i:${a}`);
  }
}

function placeDoc(model: SiteModel, p: Place): SearchDoc {
  const facets = new Set<string>();
  regionFacets(model, p.slug, facets);
  industryFacets(model, p.industries, facets);
  const body = model.bodyTexts.get(p.url) ?? '';
  const text = [PLACE_KIND_LABEL[p.kind], p.type, p.kind === 'park' ? p.level : '', ...names(model, p.industries), ...names(model, p.groupings), ...p.projects.map((x) => x.name), body].filter(Boolean).join(' ');
  return {
    url: p.url,
    kind: p.kind,
    title: p.name,
    names: p.aliases,
    shortNames: [...shortNames(p.name), p.slug],
    place: names(model, p.ancestors).join(' · '),
    summary: excerpt(p.summary ?? (body || `${PLACE_KIND_LABEL[p.kind]} · ${p.type}`)),
    text,
    facets: [...facets],
  };
}

function industryDoc(model: SiteModel, ind: Industry): SearchDoc {
  const facets = new Set<string>();
  industryFacets(model, [ind.slug], facets);
  const body = model.bodyTexts.get(ind.url) ?? '';
  return {
    url: ind.url,
    kind: 'industry',
    title: ind.name,
    names: ind.aliases,
    shortNames: [ind.slug],
    place: names(model, ind.ancestors).join(' · '),
    summary: excerpt(ind.summary ?? (body || `${ind.places.length} 个县市、园区布局`)),
    text: [...names(model, ind.children), ...ind.projects.map((x) => x.name), body].join(' '),
    facets: [...facets],
  };
}

function rankingDoc(model: SiteModel, r: Ranking): SearchDoc {
  const body = model.bodyTexts.get(r.url) ?? '';
  return {
    url: r.url,
    kind: 'ranking',
    title: r.name,
    names: r.aliases,
    shortNames: [r.slug],
    place: r.publisher ?? '',
    summary: excerpt(r.summary ?? (body || `${scopeLabel(r.scope)}榜单`)),
    text: [`${scopeLabel(r.scope)}榜单`, r.size ? `${r.size}强` : '', body].join(' '),
    facets: [],
  };
}

function briefingDoc(model: SiteModel, b: Briefing): SearchDoc {
  const facets = new Set<string>();
  for (const s of b.subjects) regionFacets(model, s, facets);
  industryFacets(model, b.industries, facets);
  const body = model.bodyTexts.get(b.url) ?? '';
  return {
    url: b.url,
    kind: 'briefing',
    title: b.title,
    names: [],
    shortNames: [],
    place: [formatDate(b.date), names(model, b.subjects).join('、')].filter(Boolean).join(' · '),
    summary: excerpt(b.summary ?? body),
    text: [b.source?.name ?? '', ...names(model, b.subjects), ...names(model, b.industries), body].join(' '),
    facets: [...facets],
  };
}

/**
 * Every page the search finds, in index order: places, industries and rankings first, then
 * briefings newest first (ties in ranking go to the earlier page).
 */
export function searchDocs(model: SiteModel): SearchDoc[] {
  return [
    ...model.counties.map((p) => placeDoc(model, p)),
    ...model.parks.map((p) => placeDoc(model, p)),
    ...model.regions.map((p) => placeDoc(model, p)),
    ...[...model.industries.values()].map((i) => industryDoc(model, i)),
    ...[...model.rankings.values()].map((r) => rankingDoc(model, r)),
    ...model.briefings.map((b) => briefingDoc(model, b)),
  ];
}

/** One filter choice: its key, its label, and how deep it sits (indented in the list). */
export interface FilterOption {
  value: string;
  label: string;
  depth: number;
}

export interface SearchPageView {
  crumbs: Link[];
  kinds: { value: SearchKind; label: string }[];
  /** Administrative regions as a tree, then groupings (经济区、城市群). */
  regions: FilterOption[];
  groupings: FilterOption[];
  industries: FilterOption[];
}

export function searchPage(model: SiteModel): SearchPageView {
  const regions: FilterOption[] = [];
  const walkRegion = (p: Place, depth: number) => {
    regions.push({ value: p.slug, label: p.name, depth });
    if (p.kind === 'region') for (const c of p.children) {
      const child = model.places.get(c);
      if (child?.kind === 'region' && !child.grouping) walkRegion(child, depth + 1);
    }
  };
  for (const r of model.regions) if (!r.grouping && !r.parent) walkRegion(r, 0);
  const industries: FilterOption[] = [];
  const walkIndustry = (i: Industry, depth: number) => {
    industries.push({ value: i.slug, label: i.name, depth });
    for (const c of i.children) walkIndustry(model.industries.get(c)!, depth + 1);
  };
  for (const i of model.industries.values()) if (!i.parent) walkIndustry(i, 0);
  return {
    crumbs: [...INDEX_CRUMBS],
    kinds: (Object.keys(KIND_LABELS) as SearchKind[]).map((value) => ({ value, label: KIND_LABELS[value] })),
    regions,
    groupings: model.regions.filter((r) => r.grouping).map((r) => ({ value: r.slug, label: r.name, depth: 0 })),
    industries,
  };
}
