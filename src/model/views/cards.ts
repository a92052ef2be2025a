/** The row of key-figure cards above the fold of a place's page. */
import { formatPeriod } from '../../format/date.ts';
import { formatRank, rankMovement } from '../../format/number.ts';
import { latestForDisplay } from '../periods.ts';
import type { Place, SiteModel, Target } from '../types.ts';
import { MAIN_METRICS } from '../main-metric.ts';
import { observationText } from './figures.ts';
import { targetView } from './plans.ts';
import { mainRanking, movementOf } from './ranks.ts';
import type { NoteRef, PageRefs, SourceLink } from './refs.ts';

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
