/**
 * Pass 5, derived figures. Reads: the winning figures of the precedence pass.
 * Adds: each place's figures by metric (by period), ranks by ranking with
 * the movement since the previous listed year, stated rank changes, targets
 * with their latest actual and share, projects by size; each ranking's years,
 * movers, stated changes and targets.
 */
import { periodKey } from '../../format/date.ts';
import { latestAnnual } from '../periods.ts';
import type { Place, Target } from '../types.ts';
import type { BuildContext } from './context.ts';
import type { Figures } from './precedence.ts';

/** `map[key]` with `item` appended. */
function add<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

export function deriveFigures(ctx: BuildContext, figures: Figures): void {
  const { places } = ctx;
  for (const o of figures.observations.winners) add(places.get(o.place)!.figures, o.metric, o);
  for (const p of places.values()) for (const list of p.figures.values()) list.sort((a, b) => periodKey(a.period) - periodKey(b.period));
  for (const r of figures.ranks.winners) add(places.get(r.place)!.ranks, r.ranking, r);
  for (const p of places.values()) {
    for (const list of p.ranks.values()) {
      list.sort((a, b) => a.year - b.year);
      list.forEach((e, i) => {
        if (i > 0) {
          e.change = list[i - 1].rank - e.rank;
          e.previousYear = list[i - 1].year;
        }
      });
    }
  }
  for (const c of figures.rankChanges.winners) {
    const list = places.get(c.place)!.rankChanges;
    list.set(c.ranking, [...(list.get(c.ranking) ?? []), c].sort((a, b) => a.year - b.year));
  }
  for (const t of figures.targets.winners) {
    const p = places.get(t.place)!;
    setActual(p, t);
    p.targets.push(t);
  }
  for (const p of places.values()) p.targets.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.label.localeCompare(b.label, 'zh'));
  for (const pr of figures.projects.winners) places.get(pr.place)!.projects.push(pr);
  for (const p of places.values()) p.projects.sort((a, b) => (b.investment ?? -1) - (a.investment ?? -1) || a.name.localeCompare(b.name, 'zh'));
  deriveRankings(ctx, figures);
}

/** A target's latest actual: an annual figure of its metric (never a quarter's), or the latest rank. */
function setActual(p: Place, t: Target): void {
  if (t.metric) {
    const last = latestAnnual(p.figures.get(t.metric));
    if (last) {
      t.actual = { value: last.value, period: last.period, source: last.source, ...(last.stated ? { stated: last.stated } : {}) };
      if (t.value && t.value > 0 && last.value >= 0) t.share = last.value / t.value;
    }
  } else if (t.ranking) {
    const last = p.ranks.get(t.ranking)?.at(-1);
    if (last) t.actual = { value: last.rank, period: String(last.year), source: last.source };
  }
}

/** Rankings: entries per year, movers, stated changes, targets. */
function deriveRankings(ctx: BuildContext, figures: Figures): void {
  const entriesOf = Map.groupBy(figures.ranks.winners, (e) => e.ranking);
  const targetsOf = Map.groupBy(figures.targets.winners.filter((t) => t.ranking), (t) => t.ranking!);
  const changesOf = Map.groupBy(figures.rankChanges.winners, (c) => c.ranking);
  for (const ranking of ctx.rankings.values()) {
    const entries = entriesOf.get(ranking.slug) ?? [];
    const byYear = Map.groupBy(entries, (e) => e.year);
    ranking.years = [...byYear.entries()].sort((a, b) => b[0] - a[0]).map(([year, entries]) => ({ year, entries: entries.sort((a, b) => a.rank - b.rank || a.place.localeCompare(b.place)) }));
    const movers = new Map<string, number>();
    for (const e of entries) if (e.change !== undefined) movers.set(e.place, (movers.get(e.place) ?? 0) + e.change);
    ranking.movers = [...movers.entries()].map(([place, change]) => ({ place, change })).sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.place.localeCompare(b.place));
    ranking.targets = targetsOf.get(ranking.slug) ?? [];
    ranking.rankChanges = (changesOf.get(ranking.slug) ?? []).sort((a, b) => b.year - a.year || b.change - a.change || a.place.localeCompare(b.place));
  }
}
