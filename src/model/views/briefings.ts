/** Briefings in lists, and the "本文数据" box of a briefing: every figure it reports, by place. */
import { formatDate, formatPeriod } from '../../format/date.ts';
import { formatRank, rankMovement } from '../../format/number.ts';
import type { Briefing, SiteModel, SourceRef } from '../types.ts';
import { placeLink } from './crumbs.ts';
import { observationText } from './figures.ts';
import { projectView, targetView } from './plans.ts';
import type { Link, NoteRef, PageRefs } from './refs.ts';

export interface BriefingItem {
  title: string;
  url: string;
  date: string;
  summary?: string;
  subject: boolean;
  /** Only in preview (Briefing.draft). */
  draft?: boolean;
}

export function briefingItem(b: Briefing, subject = true, refs?: PageRefs): BriefingItem {
  refs?.dated(b.date);
  return { title: b.title, url: b.url, date: formatDate(b.date), summary: b.summary, subject, ...(b.draft ? { draft: true } : {}) };
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
