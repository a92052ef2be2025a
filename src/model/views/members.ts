/** Tables of places with their key figures: a region's members, an industry's places, the index pages. */
import { formatPeriod } from '../../format/date.ts';
import { formatRank } from '../../format/number.ts';
import { PLACE_KIND_LABEL } from '../labels.ts';
import { latestAnnual } from '../periods.ts';
import type { PlaceKind, SiteModel } from '../types.ts';
import { mainMetricOf } from '../main-metric.ts';
import { observationText } from './figures.ts';
import { mainRanking } from './ranks.ts';
import type { Link, PageRefs } from './refs.ts';

export interface MemberRow {
  place: Link;
  kind: string;
  type: string;
  value: string;
  period: string;
  rank: string;
}

export interface MemberTable {
  /** The indicator the rows are sorted by; none when fewer than two places report one. */
  metric?: string;
  rows: MemberRow[];
}

/** A region's members as a table of key figures, sorted by the main indicator. */
export function memberRows(model: SiteModel, slugs: readonly string[], refs: PageRefs): MemberTable {
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

/** Splits place slugs by kind, for tables of counties, parks and regions. */
export function slugsByKind(model: SiteModel, slugs: readonly string[]): Record<PlaceKind, string[]> {
  const out = { county: [] as string[], park: [] as string[], region: [] as string[] };
  for (const s of slugs) out[model.places.get(s)!.kind].push(s);
  return out;
}
