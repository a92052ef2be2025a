/** The page of a briefing: its header, the "本文数据" box, and the charts its MDX body places. */
import { formatDate } from '../../format/date.ts';
import { mdxChartId } from '../mdx-chart-figures.ts';
import { MDX_CHARTS } from '../mdx-charts.ts';
import type { SiteModel } from '../types.ts';
import { type BriefingDataGroup, briefingData } from './briefings.ts';
import { type PageChart, pageChart } from './charts.ts';
import { industryLinks, placeLink, sectionCrumbs } from './crumbs.ts';
import { type Link, PageRefs, type RefsView } from './refs.ts';
import { briefingJsonLd, type JsonLd } from './structured-data.ts';

/** The chart components an MDX body may use (<RankChart … />), without imports. */
export const MDX_CHART_COMPONENTS: readonly string[] = Object.keys(MDX_CHARTS);

/** The charts a briefing's MDX body places, built when the briefing was checked (checkBriefingCharts). */
export interface MdxCharts {
  briefing: string;
  charts: PageChart[];
}

export interface BriefingView {
  slug: string;
  title: string;
  /** Only in preview (Briefing.draft): the page says it is a draft. */
  draft?: boolean;
  summary?: string;
  /** ISO date, for <time datetime>; dateText as printed. */
  date: string;
  dateText: string;
  dateNote?: string;
  source: { name?: string; url?: string; author?: string };
  crumbs: Link[];
  asOf?: string;
  data: BriefingDataGroup[];
  subjects: Link[];
  mentions: Link[];
  industries: Link[];
  mdxCharts: MdxCharts;
  refs: RefsView;
  /** schema.org NewsArticle. */
  jsonLd: JsonLd;
}

export function briefingPage(model: SiteModel, slug: string): BriefingView {
  const b = model.briefingBySlug.get(slug)!;
  const refs = new PageRefs(model);
  refs.dated(b.date);
  const data = briefingData(model, b, refs);
  return {
    slug: b.slug,
    title: b.title,
    ...(b.draft ? { draft: true } : {}),
    summary: b.summary,
    date: b.date,
    dateText: formatDate(b.date),
    dateNote: b.dateNote,
    source: { name: b.source?.name, url: b.source?.url, author: b.source?.author },
    crumbs: sectionCrumbs('briefing'),
    asOf: refs.asOf,
    data,
    subjects: b.subjects.map((s) => placeLink(model, s)),
    mentions: b.mentions.map((s) => placeLink(model, s)),
    industries: industryLinks(model, b.industries),
    mdxCharts: { briefing: b.slug, charts: b.charts.flatMap((c) => (c.spec ? [pageChart(c.spec, b.url)] : [])) },
    refs: refs.view(),
    jsonLd: briefingJsonLd(model, b),
  };
}

/**
 * The chart an MDX chart tag stands for, found by the id its component and props give (the same
 * id checkBriefingCharts gave it); no chart when the tag was not checked, which is a bug.
 */
export function mdxChartFor(charts: MdxCharts, component: string, props: Record<string, unknown>): { id: string; chart?: PageChart } {
  const id = mdxChartId(charts.briefing, component, props);
  return { id, chart: charts.charts.find((c) => c.spec.id === id) };
}
