/**
 * Page data computed from the model: one typed object per page, so that
 * templates only render. Everything here is formatted for reading; the
 * model keeps the raw numbers.
 */
import { formatDate, formatPeriod, periodKey } from '../format/date.ts';
import { formatRank, formatShare, formatValue, rankMovement } from '../format/number.ts';
import { latestAnnual, latestForDisplay } from './periods.ts';
import type { Briefing, Industry, Observation, Place, Project, RankEntry, Ranking, SiteModel, SourceRef, Target } from './types.ts';

export interface Link {
  label: string;
  url: string;
}

/** A small source marker: the briefing, or the place's own profile. */
export interface SourceLink extends Link {
  title: string;
}

export { PLACE_KIND_LABEL } from './labels.ts';
import { PLACE_KIND_LABEL } from './labels.ts';
export const MAIN_METRICS = ['gdp', 'industrial_output', 'main_business_revenue', 'tax_revenue'];

/** The briefing a figure came from, or the overview of the place whose own file gave it. */
export function sourceLink(model: SiteModel, source: SourceRef, place: string): SourceLink {
  if (source.briefing) {
    const b = model.briefingBySlug.get(source.briefing);
    if (b) return { label: '来源', url: b.url, title: `${b.title}（${formatDate(b.date)}）` };
  }
  const p = model.places.get(place)!;
  return { label: '资料', url: `${p.url}#about`, title: `${p.name}的地点资料` };
}

export function placeLink(model: SiteModel, slug: string): Link {
  const p = model.places.get(slug)!;
  return { label: p.name, url: p.url };
}

export function breadcrumbs(model: SiteModel, place: Place): Link[] {
  const section = { county: { label: '县市', url: '/counties/' }, park: { label: '园区', url: '/parks/' }, region: { label: '区域', url: '/regions/' } }[place.kind];
  const chain = place.ancestors.map((s) => placeLink(model, s));
  return [{ label: '首页', url: '/' }, ...(chain.length ? chain : [section])];
}

export interface FigureRow {
  metric: string;
  name: string;
  period: string;
  value: string;
  source: SourceLink;
}

export function figureRows(model: SiteModel, figures: Map<string, Observation[]>): FigureRow[] {
  const rows: FigureRow[] = [];
  const metrics = [...figures.keys()].sort((a, b) => rankMetric(a) - rankMetric(b) || a.localeCompare(b));
  for (const key of metrics) {
    const def = model.metrics.get(key)!;
    for (const o of [...figures.get(key)!].sort((a, b) => periodKey(b.period) - periodKey(a.period))) {
      rows.push({ metric: key, name: def.name, period: formatPeriod(o.period), value: formatValue(o.value, def.unit), source: sourceLink(model, o.source, o.place) });
    }
  }
  return rows;
}

function rankMetric(key: string): number {
  const i = MAIN_METRICS.indexOf(key);
  return i < 0 ? MAIN_METRICS.length : i;
}

export interface RankRow {
  year: string;
  rank: string;
  movement: { arrow: string; words: string };
  source: SourceLink;
}

export interface RankBlock {
  ranking: Link;
  rows: RankRow[];
}

export function movementOf(e: RankEntry): { arrow: string; words: string } {
  const m = rankMovement(e.change);
  if (e.change !== undefined && e.previousYear !== undefined && e.previousYear !== e.year - 1) {
    return { arrow: m.arrow, words: `较${e.previousYear}年${m.words}` };
  }
  return m;
}

export function rankBlocks(model: SiteModel, place: Place): RankBlock[] {
  return [...place.ranks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([slug, entries]) => {
      const r = model.rankings.get(slug)!;
      return {
        ranking: { label: r.name, url: r.url },
        rows: [...entries].reverse().map((e) => ({ year: `${e.year}年`, rank: formatRank(e.rank), movement: movementOf(e), source: sourceLink(model, e.source, e.place) })),
      };
    });
}

export interface TargetView {
  label: string;
  deadline: string;
  goal: string;
  actual?: string;
  actualSource?: SourceLink;
  /** 0–1, for a progress element; metric targets only. */
  share?: number;
  shareText?: string;
  ranking?: Link;
  place: Link;
  source: SourceLink;
}

export function targetView(model: SiteModel, t: Target): TargetView {
  const place = placeLink(model, t.place);
  const deadline = t.year ? `${t.year}年` : '未定年份';
  if (t.metric) {
    const def = model.metrics.get(t.metric)!;
    return {
      label: t.label,
      deadline,
      goal: `${def.name} ${formatValue(t.value!, def.unit)}`,
      actual: t.actual ? `${formatValue(t.actual.value, def.unit)}（${formatPeriod(t.actual.period)}）` : undefined,
      actualSource: t.actual ? sourceLink(model, t.actual.source, t.place) : undefined,
      share: t.share === undefined ? undefined : Math.min(1, t.share),
      shareText: t.share === undefined ? undefined : `已达目标的${formatShare(t.share)}`,
      place,
      source: sourceLink(model, t.source, t.place),
    };
  }
  const r = model.rankings.get(t.ranking!)!;
  return {
    label: t.label,
    deadline,
    goal: t.rank ? `${r.name}${formatRank(t.rank)}` : `${r.name}位次前移${t.advance}位`,
    actual: t.actual ? `${formatRank(t.actual.value)}（${t.actual.period}年）` : undefined,
    actualSource: t.actual ? sourceLink(model, t.actual.source, t.place) : undefined,
    shareText: t.actual && t.rank ? (t.actual.value <= t.rank ? '已达到' : `还差${t.actual.value - t.rank}位`) : undefined,
    ranking: { label: r.name, url: r.url },
    place,
    source: sourceLink(model, t.source, t.place),
  };
}

export interface ProjectView {
  name: string;
  place: Link;
  investment: string;
  status: string;
  year: string;
  industries: Link[];
  note?: string;
  source: SourceLink;
}

export function projectView(model: SiteModel, p: Project): ProjectView {
  return {
    name: p.name,
    place: placeLink(model, p.place),
    investment: p.investment === undefined ? '—' : formatValue(p.investment, '亿元'),
    status: p.status ?? '未注明',
    year: p.year ? `${p.year}年` : '—',
    industries: p.industries.map((i) => ({ label: model.industries.get(i)!.name, url: model.industries.get(i)!.url })),
    note: p.note,
    source: sourceLink(model, p.source, p.place),
  };
}

export interface KeyFigure {
  label: string;
  value: string;
  note: string;
  /** Movement in words, for ranks (never colour alone). */
  words?: string;
  source?: SourceLink;
}

/** Latest main indicator, best current rank, nearest target: the row of cards above the fold. */
export function keyFigures(model: SiteModel, place: Place): KeyFigure[] {
  const cards: KeyFigure[] = [];
  const main = MAIN_METRICS.find((m) => place.figures.has(m)) ?? [...place.figures.keys()].sort()[0];
  if (main) {
    const o = latestForDisplay(place.figures.get(main))!;
    const def = model.metrics.get(main)!;
    cards.push({ label: def.name, value: formatValue(o.value, def.unit), note: formatPeriod(o.period), source: sourceLink(model, o.source, o.place) });
  }
  const latest = [...place.ranks.values()].map((list) => list.at(-1)!).sort((a, b) => b.year - a.year || a.rank - b.rank)[0];
  if (latest) {
    const r = model.rankings.get(latest.ranking)!;
    const m = movementOf(latest);
    cards.push({ label: r.name, value: formatRank(latest.rank), note: `${latest.year}年 ${latest.change === undefined ? '' : m.arrow}`.trim(), words: latest.change === undefined ? undefined : m.words, source: sourceLink(model, latest.source, latest.place) });
  }
  // The nearest target: earliest deadline, then the one closest to being met.
  const gap = (t: Target) => (t.share !== undefined ? 1 - t.share : t.actual && t.rank ? (t.actual.value - t.rank) / t.actual.value : 1);
  const target = [...place.targets].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || gap(a) - gap(b))[0];
  if (target) {
    const v = targetView(model, target);
    cards.push({ label: `目标：${v.label}`, value: v.shareText ?? v.goal, note: `${v.deadline}${v.actual ? ` · 最新 ${v.actual}` : ''}`, source: v.source });
  }
  return cards;
}

export interface BriefingItem {
  title: string;
  url: string;
  date: string;
  summary?: string;
  subject: boolean;
}

export function briefingItem(b: Briefing, subject = true): BriefingItem {
  return { title: b.title, url: b.url, date: formatDate(b.date), summary: b.summary, subject };
}

export interface MemberRow {
  place: Link;
  kind: string;
  type: string;
  value: string;
  period: string;
  rank: string;
}

/**
 * The indicator most of these places report, preferring GDP and output; none unless at least
 * two report it (one place's figure does not make a comparison or a sort order).
 */
export function mainMetricOf(model: SiteModel, slugs: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of slugs) for (const [k, list] of model.places.get(s)!.figures) if (latestAnnual(list)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || rankMetric(a[0]) - rankMetric(b[0]) || a[0].localeCompare(b[0]));
  return best && best[1] >= 2 ? best[0] : undefined;
}

/** A region's members as a table of key figures, sorted by the main indicator. */
export function memberRows(model: SiteModel, slugs: readonly string[]): { metric?: string; rows: MemberRow[] } {
  const metric = mainMetricOf(model, slugs);
  const def = metric ? model.metrics.get(metric) : undefined;
  const rows = slugs.map((s) => {
    const p = model.places.get(s)!;
    const o = metric ? latestAnnual(p.figures.get(metric)) : undefined;
    const best = [...p.ranks.values()].map((l) => l.at(-1)!).sort((a, b) => b.year - a.year || a.rank - b.rank)[0];
    return {
      sortValue: o?.value ?? -Infinity,
      row: {
        place: { label: p.name, url: p.url },
        kind: PLACE_KIND_LABEL[p.kind],
        type: p.type,
        value: o && def ? formatValue(o.value, def.unit) : '—',
        period: o ? formatPeriod(o.period) : '—',
        rank: best ? `${model.rankings.get(best.ranking)!.name} ${formatRank(best.rank)}（${best.year}年）` : '—',
      },
    };
  });
  rows.sort((a, b) => b.sortValue - a.sortValue || a.row.place.label.localeCompare(b.row.place.label, 'zh'));
  return { metric: def?.name, rows: rows.map((r) => r.row) };
}

export function industryLinks(model: SiteModel, slugs: readonly string[]): Link[] {
  return slugs.map((s) => ({ label: model.industries.get(s)!.name, url: model.industries.get(s)!.url }));
}

export function industryBreadcrumbs(model: SiteModel, ind: Industry): Link[] {
  return [{ label: '首页', url: '/' }, { label: '产业', url: '/industries/' }, ...industryLinks(model, ind.ancestors)];
}

export function rankingTable(model: SiteModel, r: Ranking) {
  return r.years.map(({ year, entries }) => ({
    year,
    rows: entries.map((e) => ({ rank: formatRank(e.rank), place: placeLink(model, e.place), movement: movementOf(e), source: sourceLink(model, e.source, e.place) })),
  }));
}

/** Splits place slugs by kind, for tables of counties, parks and regions. */
export function slugsByKind(model: SiteModel, slugs: readonly string[]): Record<'county' | 'park' | 'region', string[]> {
  const out = { county: [] as string[], park: [] as string[], region: [] as string[] };
  for (const s of slugs) out[model.places.get(s)!.kind].push(s);
  return out;
}

export interface MoverRow {
  place: Link;
  movement: { arrow: string; words: string };
}

/** The places that moved most in a ranking, over all years listed. */
export function moverRows(model: SiteModel, r: Ranking, limit = 10): MoverRow[] {
  return r.movers.slice(0, limit).map((m) => {
    const mv = rankMovement(m.change);
    return { place: placeLink(model, m.place), movement: { arrow: mv.arrow, words: `累计${mv.words}` } };
  });
}

export interface BriefingDataGroup {
  place: Link;
  items: { label: string; value: string; note?: string }[];
}

/** The "本文数据" box: every figure a briefing reports, by place; superseded ones say by what. */
export function briefingData(model: SiteModel, b: Briefing): BriefingDataGroup[] {
  const superseded = (x: { supersededBy?: SourceRef }, place: string) => {
    if (!x.supersededBy) return undefined;
    const by = sourceLink(model, x.supersededBy, place);
    return `已由${x.supersededBy.briefing ? `《${by.title.replace(/（.*）$/, '')}》` : '地点资料'}更新`;
  };
  const places = [...new Set([...b.observations, ...b.ranks, ...b.targets, ...b.projects].map((x) => x.place))];
  return places.map((slug) => {
    const items: BriefingDataGroup['items'] = [];
    for (const o of b.observations.filter((x) => x.place === slug)) {
      const m = model.metrics.get(o.metric)!;
      items.push({ label: `${m.name}（${formatPeriod(o.period)}）`, value: formatValue(o.value, m.unit), note: superseded(o, slug) });
    }
    for (const e of b.ranks.filter((x) => x.place === slug)) items.push({ label: `${model.rankings.get(e.ranking)!.name}（${e.year}年）`, value: formatRank(e.rank), note: superseded(e, slug) });
    for (const t of b.targets.filter((x) => x.place === slug)) {
      const v = targetView(model, t);
      items.push({ label: `目标：${v.label}（${v.deadline}）`, value: v.goal, note: superseded(t, slug) });
    }
    for (const p of b.projects.filter((x) => x.place === slug)) {
      const v = projectView(model, p);
      const parts = [v.investment !== '—' ? `投资${v.investment}` : '', v.status !== '未注明' ? v.status : '', v.year !== '—' ? v.year : ''].filter(Boolean);
      items.push({ label: `项目：${v.name}`, value: parts.join(' · ') || '—', note: superseded(p, slug) });
    }
    return { place: placeLink(model, slug), items };
  });
}
