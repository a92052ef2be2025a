/**
 * Pass 4, precedence between files. Reads: every candidate figure of the
 * data-blocks pass, each with the file it came from and that file's order.
 * Adds: one winner per figure (the place's own file, then the newest
 * published briefing); a differing loser is warned about and marked with the
 * source that won. Drafts' figures are dropped here, after being checked.
 */
import type { Observation, Project, RankChange, RankEntry, SourceRef, Target } from '../types.ts';
import type { BuildContext } from './context.ts';

/** A figure before conflicts are resolved. */
export interface Candidate<T> {
  item: T;
  /** Field path in its file, for conflict warnings. */
  field: string;
  /** "0" for the place's own file; briefings rank by date, newest first. */
  order: string;
  source: SourceRef;
}

/** Candidates by key (place, what, period): one winner each. */
export interface Candidates {
  observations: Map<string, Candidate<Observation>[]>;
  ranks: Map<string, Candidate<RankEntry>[]>;
  rankChanges: Map<string, Candidate<RankChange>[]>;
  targets: Map<string, Candidate<Target>[]>;
  projects: Map<string, Candidate<Project>[]>;
}

export function sortKeyForSource(ownFile: boolean, date: string, slug: string): string {
  // Own file first ("0"), then newest briefing: invert the date so it sorts ascending.
  if (ownFile) return '0';
  const inv = String(99999999 - Number(date.replaceAll('-', ''))).padStart(8, '0');
  return `1${inv}${slug}`;
}

/** Winners, and every published figure (`reported`) so a briefing's "本文数据" lists all it reports. */
export interface Resolved<T> {
  winners: T[];
  reported: T[];
}

export interface Figures {
  observations: Resolved<Observation>;
  ranks: Resolved<RankEntry>;
  rankChanges: Resolved<RankChange>;
  targets: Resolved<Target>;
  projects: Resolved<Project>;
}

export function resolvePrecedence(ctx: BuildContext, c: Candidates): Figures {
  const drafts = new Set(ctx.briefings.filter((x) => x.draft).map((x) => x.briefing.slug));
  const published = (x: Candidate<unknown>) => !x.source.briefing || !drafts.has(x.source.briefing);
  /**
   * The winner of each key: own file, then the newest briefing; differing values warn. Every
   * published candidate is kept too, the losers marked with the source that won.
   */
  const resolve = <T extends { supersededBy?: SourceRef }>(map: Map<string, Candidate<T>[]>, same: (a: T, b: T) => boolean, describe: (t: T) => string): Resolved<T> => {
    const winners: T[] = [];
    const reported: T[] = [];
    for (const [, all] of [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const list = all.filter(published).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
      if (list.length === 0) continue;
      const win = list[0];
      // Precedence is between files: several targets of one file (5 industries' output goals for
      // the same year) all stand.
      for (const other of list) {
        if (other.source.file === win.source.file) {
          winners.push(other.item);
          continue;
        }
        other.item.supersededBy = win.source;
        if (!same(win.item, other.item)) {
          ctx.diags.warn(other.source.file, other.field, `${describe(other.item)} 与 ${win.source.file} 的 ${describe(win.item)} 不一致，采用后者 conflicting figure; the other file wins`, '地点自身文件优先，其次是日期最新的简报 the place file wins, then the newest briefing');
        }
      }
      reported.push(...list.map((x) => x.item));
    }
    return { winners, reported };
  };
  return {
    observations: resolve(c.observations, (a, b) => a.value === b.value, (o) => `${o.metric} ${o.period} = ${o.value}`),
    ranks: resolve(c.ranks, (a, b) => a.rank === b.rank, (r) => `${r.ranking} ${r.year} 第${r.rank}位`),
    rankChanges: resolve(c.rankChanges, (a, b) => a.change === b.change, (r) => `${r.ranking} ${r.year} 位次变化 ${r.change > 0 ? '+' : ''}${r.change}`),
    targets: resolve(c.targets, (a, b) => a.value === b.value && a.rank === b.rank && a.advance === b.advance, (t) => t.label),
    projects: resolve(c.projects, (a, b) => a.investment === b.investment && a.status === b.status, (p) => `${p.name}`),
  };
}
