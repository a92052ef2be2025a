/**
 * Page data computed from the model: one typed object per page, so that
 * templates only render. Everything here is formatted for reading; the
 * model keeps the raw numbers.
 */
import { formatDate, formatPeriod, periodKey } from '../format/date.ts';
import { formatFigure, formatRank, formatShare, rankMovement } from '../format/number.ts';
import { latestAnnual, latestForDisplay } from './periods.ts';
import { joinNotes } from './values.ts';
import type { Briefing, Industry, Observation, Place, Project, RankChange, RankEntry, Ranking, SiteModel, SourceRef, Target } from './types.ts';

export interface Link {
  label: string;
  url: string;
}

export { PLACE_KIND_LABEL } from './labels.ts';
import { PLACE_KIND_LABEL } from './labels.ts';
export const MAIN_METRICS = ['gdp', 'industrial_output', 'main_business_revenue', 'tax_revenue'];

/** A small source marker: the briefing, or the place's own profile. */
export interface SourceLink extends Link {
  /** The source's full title, listed once per page (PageRefs.sources), not read after every figure. */
  title: string;
  /** Its number in the page's list of sources: the mark reads 来源1. */
  n: number;
}

/** A note mark: 注1, linking to the note in the page's list of notes. */
export interface NoteRef {
  n: number;
  id: string;
  text: string;
}

/**
 * The sources and notes one page cites, numbered in order of first use, so each figure
 * carries a short mark and the page lists every full title and note once. Also the newest
 * date among what the page shows, for the printed "资料截至" line.
 */
export class PageRefs {
  readonly sources: SourceLink[] = [];
  readonly notes: NoteRef[] = [];
  /** ISO date of the newest briefing cited or shown. */
  asOf?: string;
  private readonly byUrl = new Map<string, SourceLink>();
  private readonly byNote = new Map<string, NoteRef>();
  private readonly model: SiteModel;

  constructor(model: SiteModel) {
    this.model = model;
  }

  /** The marker for a figure's source: the briefing, or the overview of the place whose own file gave it. */
  source(source: SourceRef, place: string): SourceLink {
    const b = source.briefing ? this.model.briefingBySlug.get(source.briefing) : undefined;
    const p = this.model.places.get(place)!;
    const target = b ? { url: b.url, title: `${b.title}（${formatDate(b.date)}）` } : { url: `${p.url}#about`, title: `${p.name}的地点资料` };
    if (b) this.dated(b.date);
    let link = this.byUrl.get(target.url);
    if (!link) {
      link = { label: b ? '来源' : '资料', n: this.sources.length + 1, ...target };
      this.byUrl.set(target.url, link);
      this.sources.push(link);
    }
    return link;
  }

  /** A numbered mark for a figure's notes (joined by ；); the same text gets the same number. */
  note(...parts: (string | undefined)[]): NoteRef | undefined {
    const text = joinNotes(...parts);
    if (!text) return undefined;
    let ref = this.byNote.get(text);
    if (!ref) {
      const n = this.notes.length + 1;
      ref = { n, id: `note-${n}`, text };
      this.byNote.set(text, ref);
      this.notes.push(ref);
    }
    return ref;
  }

  /** Records a date the page shows (a briefing's own, or a listed briefing's). */
  dated(date: string): void {
    if (!this.asOf || date > this.asOf) this.asOf = date;
  }
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
  note?: NoteRef;
  source: SourceLink;
}

/** An observation as a reader sees it: 约800亿元, in the unit the source wrote when qualified. */
export function observationText(model: SiteModel, o: Observation): string {
  return formatFigure(o.value, model.metrics.get(o.metric)!.unit, o.stated);
}

export function figureRows(model: SiteModel, figures: Map<string, Observation[]>, refs: PageRefs): FigureRow[] {
  const rows: FigureRow[] = [];
  const metrics = [...figures.keys()].sort((a, b) => rankMetric(a) - rankMetric(b) || a.localeCompare(b));
  for (const key of metrics) {
    const def = model.metrics.get(key)!;
    for (const o of [...figures.get(key)!].sort((a, b) => periodKey(b.period) - periodKey(a.period))) {
      rows.push({ metric: key, name: def.name, period: formatPeriod(o.period), value: observationText(model, o), note: refs.note(o.note), source: refs.source(o.source, o.place) });
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
  /** 第98位, or 未公布名次 for a movement stated without the rank. */
  rank: string;
  movement: { arrow: string; words: string };
  note?: NoteRef;
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

/**
 * A place's rows in one ranking, newest year first: its ranks, and the movements sources state
 * (rank_changes). A stated movement is shown as the source gives it, beside the rank of that
 * year where there is one, instead of the movement computed from two listed years.
 */
function rankRows(entries: readonly RankEntry[], changes: readonly RankChange[], refs: PageRefs): RankRow[] {
  const stated = new Map(changes.map((c) => [c.year, c]));
  const rows: (RankRow & { y: number })[] = entries.map((e) => {
    const c = stated.get(e.year);
    stated.delete(e.year);
    return { y: e.year, year: `${e.year}年`, rank: formatRank(e.rank), movement: c ? rankMovement(c.change) : movementOf(e), note: refs.note(e.note, c?.note), source: refs.source(e.source, e.place) };
  });
  for (const c of stated.values()) rows.push({ y: c.year, year: `${c.year}年`, rank: '未公布名次', movement: rankMovement(c.change), note: refs.note(c.note), source: refs.source(c.source, c.place) });
  return rows.sort((a, b) => b.y - a.y).map(({ y: _y, ...row }) => row);
}

export function rankBlocks(model: SiteModel, place: Place, refs: PageRefs): RankBlock[] {
  return [...new Set([...place.ranks.keys(), ...place.rankChanges.keys()])]
    .sort((a, b) => a.localeCompare(b))
    .map((slug) => {
      const r = model.rankings.get(slug)!;
      return { ranking: { label: r.name, url: r.url }, rows: rankRows(place.ranks.get(slug) ?? [], place.rankChanges.get(slug) ?? [], refs) };
    });
}

/**
 * The ranking a place's headline card shows: the ranking its targets name (nearest deadline
 * first), else the broadest list it appears on (largest size), so the card is never the best
 * of several lists. Movements stated without a rank count as appearing on the list.
 */
export function mainRanking(model: SiteModel, place: Place): string | undefined {
  const listed = new Set([...place.ranks.keys(), ...place.rankChanges.keys()]);
  const named = place.targets.find((t) => t.ranking && listed.has(t.ranking))?.ranking;
  if (named) return named;
  const size = (slug: string) => model.rankings.get(slug)!.size ?? 0;
  return [...listed].sort((a, b) => size(b) - size(a) || a.localeCompare(b))[0];
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
  industry?: Link;
  note?: NoteRef;
  place: Link;
  source: SourceLink;
}

export function targetView(model: SiteModel, t: Target, refs: PageRefs): TargetView {
  const common = {
    label: t.label,
    deadline: t.year ? `${t.year}年` : '未注明年份',
    industry: t.industry ? industryLinks(model, [t.industry])[0] : undefined,
    note: refs.note(t.note),
    place: placeLink(model, t.place),
    source: refs.source(t.source, t.place),
  };
  if (t.metric) {
    const def = model.metrics.get(t.metric)!;
    return {
      ...common,
      goal: `${def.name} ${formatFigure(t.value!, def.unit, t.stated)}`,
      actual: t.actual ? `${formatFigure(t.actual.value, def.unit, t.actual.stated)}（${formatPeriod(t.actual.period)}）` : undefined,
      actualSource: t.actual ? refs.source(t.actual.source, t.place) : undefined,
      share: t.share === undefined ? undefined : Math.min(1, t.share),
      shareText: t.share === undefined ? undefined : `已达${t.stated?.max !== undefined ? '目标下限' : '目标'}的${formatShare(t.share)}`,
    };
  }
  const r = model.rankings.get(t.ranking!)!;
  return {
    ...common,
    goal: t.rank ? `${r.name}${formatRank(t.rank)}` : `${r.name}位次前移${t.advance}位`,
    actual: t.actual ? `${formatRank(t.actual.value)}（${t.actual.period}年）` : undefined,
    actualSource: t.actual ? refs.source(t.actual.source, t.place) : undefined,
    shareText: t.actual && t.rank ? (t.actual.value <= t.rank ? '已达到' : `还差${t.actual.value - t.rank}位`) : undefined,
    ranking: { label: r.name, url: r.url },
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

export function projectView(model: SiteModel, p: Project, refs: PageRefs): ProjectView {
  return {
    name: p.name,
    place: placeLink(model, p.place),
    investment: p.investment === undefined ? '—' : formatFigure(p.investment, '亿元', p.investmentStated),
    status: p.status ?? '未注明',
    year: p.year ? `${p.year}年` : '—',
    industries: industryLinks(model, p.industries),
    note: p.note,
    source: refs.source(p.source, p.place),
  };
}

export interface KeyFigure {
  label: string;
  value: string;
  note: string;
  /** Movement in words, for ranks (never colour alone). */
  words?: string;
  figureNote?: NoteRef;
  source?: SourceLink;
}

/** Latest main indicator, the main ranking (mainRanking), nearest target: the row of cards above the fold. */
export function keyFigures(model: SiteModel, place: Place, refs: PageRefs): KeyFigure[] {
  const cards: KeyFigure[] = [];
  const main = MAIN_METRICS.find((m) => place.figures.has(m)) ?? [...place.figures.keys()].sort()[0];
  if (main) {
    const o = latestForDisplay(place.figures.get(main))!;
    const def = model.metrics.get(main)!;
    cards.push({ label: def.name, value: observationText(model, o), note: formatPeriod(o.period), figureNote: refs.note(o.note), source: refs.source(o.source, o.place) });
  }
  const ranking = mainRanking(model, place);
  if (ranking) {
    const r = model.rankings.get(ranking)!;
    const latest = place.ranks.get(ranking)?.at(-1);
    const stated = place.rankChanges.get(ranking)?.at(-1);
    if (latest && (!stated || stated.year <= latest.year)) {
      const c = stated?.year === latest.year ? stated : undefined;
      const m = c ? rankMovement(c.change) : movementOf(latest);
      const moved = c !== undefined || latest.change !== undefined;
      cards.push({ label: r.name, value: formatRank(latest.rank), note: `${latest.year}年 ${moved ? m.arrow : ''}`.trim(), words: moved ? m.words : undefined, figureNote: refs.note(latest.note, c?.note), source: refs.source(latest.source, latest.place) });
    } else if (stated) {
      const m = rankMovement(stated.change);
      cards.push({ label: r.name, value: m.words, note: `${stated.year}年 · 未公布名次`, figureNote: refs.note(stated.note), source: refs.source(stated.source, stated.place) });
    }
  }
  // The nearest target: earliest deadline, then the one closest to being met.
  const gap = (t: Target) => (t.share !== undefined ? 1 - t.share : t.actual && t.rank ? (t.actual.value - t.rank) / t.actual.value : 1);
  const target = [...place.targets].sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || gap(a) - gap(b))[0];
  if (target) {
    const v = targetView(model, target, refs);
    cards.push({ label: `目标：${v.label}`, value: v.shareText ?? v.goal, note: `${v.deadline}${v.actual ? ` · 最新 ${v.actual}` : ''}`, figureNote: v.note, source: v.source });
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

export function briefingItem(b: Briefing, subject = true, refs?: PageRefs): BriefingItem {
  refs?.dated(b.date);
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
export function memberRows(model: SiteModel, slugs: readonly string[], refs: PageRefs): { metric?: string; rows: MemberRow[] } {
  const metric = mainMetricOf(model, slugs);
  const def = metric ? model.metrics.get(metric) : undefined;
  const rows = slugs.map((s) => {
    const p = model.places.get(s)!;
    const o = metric ? latestAnnual(p.figures.get(metric)) : undefined;
    if (o?.source.briefing) refs.dated(model.briefingBySlug.get(o.source.briefing)!.date);
    const ranking = mainRanking(model, p);
    const latest = ranking ? p.ranks.get(ranking)?.at(-1) : undefined;
    return {
      sortValue: o?.value ?? -Infinity,
      row: {
        place: { label: p.name, url: p.url },
        kind: PLACE_KIND_LABEL[p.kind],
        type: p.type,
        value: o && def ? observationText(model, o) : '—',
        period: o ? formatPeriod(o.period) : '—',
        rank: latest ? `${model.rankings.get(latest.ranking)!.name} ${formatRank(latest.rank)}（${latest.year}年）` : '—',
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

/** A ranking's table per year, newest first: listed ranks, then places whose movement a source states without the rank. */
export function rankingTable(model: SiteModel, r: Ranking, refs: PageRefs) {
  const changesOf = Map.groupBy(r.rankChanges, (c) => c.year);
  const years = [...new Set([...r.years.map((y) => y.year), ...changesOf.keys()])].sort((a, b) => b - a);
  return years.map((year) => {
    const entries = r.years.find((y) => y.year === year)?.entries ?? [];
    const changes = changesOf.get(year) ?? [];
    const statedFor = new Map(changes.map((c) => [c.place, c]));
    const ranked = entries.map((e) => {
      const c = statedFor.get(e.place);
      return { rank: formatRank(e.rank), place: placeLink(model, e.place), movement: c ? rankMovement(c.change) : movementOf(e), note: refs.note(e.note, c?.note), source: refs.source(e.source, e.place) };
    });
    const listed = new Set(entries.map((e) => e.place));
    const unranked = changes.filter((c) => !listed.has(c.place)).map((c) => ({ rank: '未公布', place: placeLink(model, c.place), movement: rankMovement(c.change), note: refs.note(c.note), source: refs.source(c.source, c.place) }));
    return { year, rows: [...ranked, ...unranked] };
  });
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
  items: { label: string; value: string; note?: NoteRef; superseded?: string }[];
}

/** "已由《title》更新": the source that won over a briefing's figure, named from the model, not from formatted text. */
function supersededText(model: SiteModel, x: { supersededBy?: SourceRef }): string | undefined {
  if (!x.supersededBy) return undefined;
  const by = x.supersededBy.briefing ? model.briefingBySlug.get(x.supersededBy.briefing) : undefined;
  return by ? `已由《${by.title}》更新` : '已由地点资料更新';
}

/** The "本文数据" box: every figure a briefing reports, by place; superseded ones say by what. */
export function briefingData(model: SiteModel, b: Briefing, refs: PageRefs): BriefingDataGroup[] {
  const places = [...new Set([...b.observations, ...b.ranks, ...b.rankChanges, ...b.targets, ...b.projects].map((x) => x.place))];
  return places.map((slug) => {
    const items: BriefingDataGroup['items'] = [];
    const on = <T extends { place: string }>(list: T[]) => list.filter((x) => x.place === slug);
    for (const o of on(b.observations)) {
      const m = model.metrics.get(o.metric)!;
      items.push({ label: `${m.name}（${formatPeriod(o.period)}）`, value: observationText(model, o), note: refs.note(o.note), superseded: supersededText(model, o) });
    }
    for (const e of on(b.ranks)) items.push({ label: `${model.rankings.get(e.ranking)!.name}（${e.year}年）`, value: formatRank(e.rank), note: refs.note(e.note), superseded: supersededText(model, e) });
    for (const c of on(b.rankChanges)) items.push({ label: `${model.rankings.get(c.ranking)!.name}（${c.year}年）`, value: rankMovement(c.change).words, note: refs.note(c.note), superseded: supersededText(model, c) });
    for (const t of on(b.targets)) {
      const v = targetView(model, t, refs);
      items.push({ label: `目标：${v.label}（${v.deadline}）`, value: v.goal, note: v.note, superseded: supersededText(model, t) });
    }
    for (const p of on(b.projects)) {
      const v = projectView(model, p, refs);
      const parts = [v.investment !== '—' ? `投资${v.investment}` : '', v.status !== '未注明' ? v.status : '', v.year !== '—' ? v.year : '', v.note ?? ''].filter(Boolean);
      items.push({ label: `项目：${v.name}`, value: parts.join(' · ') || '—', superseded: supersededText(model, p) });
    }
    return { place: placeLink(model, slug), items };
  });
}
