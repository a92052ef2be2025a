/** Targets and projects as a reader sees them: goal, deadline, latest actual and progress; investment and status. */
import { formatPeriod } from '../../format/date.ts';
import { formatFigure, formatRank, formatShare } from '../../format/number.ts';
import type { Project, SiteModel, Target } from '../types.ts';
import { industryLinks, placeLink } from './crumbs.ts';
import type { Link, NoteRef, PageRefs, SourceLink } from './refs.ts';

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
