/** Ranks as a reader sees them: a place's rows per ranking, a ranking's table per year, its movers. */
import { formatRank, rankMovement } from '../../format/number.ts';
import type { Place, RankChange, RankEntry, Ranking, SiteModel } from '../types.ts';
import { placeLink } from './crumbs.ts';
import type { Link, NoteRef, PageRefs, SourceLink } from './refs.ts';

export interface Movement {
  arrow: string;
  words: string;
}

export interface RankRow {
  year: string;
  /** 第98位, or 未公布名次 for a movement stated without the rank. */
  rank: string;
  movement: Movement;
  note?: NoteRef;
  source: SourceLink;
}

export interface RankBlock {
  ranking: Link;
  rows: RankRow[];
}

export function movementOf(e: RankEntry): Movement {
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

export interface RankingRow {
  rank: string;
  place: Link;
  movement: Movement;
  note?: NoteRef;
  source: SourceLink;
}

export interface RankingYear {
  year: number;
  /** The section's id and heading: y2021, 2021年. */
  id: string;
  heading: string;
  /** 全国县域经济百强（2021年，资料所载 3 条） */
  caption: string;
  rows: RankingRow[];
}

/** A ranking's table per year, newest first: listed ranks, then places whose movement a source states without the rank. */
export function rankingTable(model: SiteModel, r: Ranking, refs: PageRefs): RankingYear[] {
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
    const rows = [...ranked, ...unranked];
    return { year, id: `y${year}`, heading: `${year}年`, caption: `${r.name}（${year}年，资料所载 ${rows.length} 条）`, rows };
  });
}

export interface MoverRow {
  place: Link;
  movement: Movement;
}

/** The places that moved most in a ranking, over all years listed. */
export function moverRows(model: SiteModel, r: Ranking, limit = 10): MoverRow[] {
  return r.movers.slice(0, limit).map((m) => {
    const mv = rankMovement(m.change);
    return { place: placeLink(model, m.place), movement: { arrow: mv.arrow, words: `累计${mv.words}` } };
  });
}
