/**
 * Feeds of briefings: the whole site's, and each place's and industry's that has briefings
 * (src/pages/…/feed.xml.ts write them as RSS). Links are site paths; the route makes them absolute.
 */
import type { Briefing, SiteModel } from '../types.ts';
import { SITE_NAME } from './crumbs.ts';

/** Briefings per feed, newest first: what a feed reader needs, not the archive. */
export const FEED_LIMIT = 50;
const DESCRIPTION_CHARS = 200;

export interface FeedItem {
  title: string;
  /** Site path. */
  link: string;
  /** ISO date. */
  date: string;
  description: string;
  categories: string[];
}

export interface FeedView {
  title: string;
  description: string;
  /** The page the feed belongs to (site path). */
  page: string;
  items: FeedItem[];
}

/** Where a page's feed lives: /counties/zhijiang/feed.xml. */
export const feedPath = (pageUrl: string) => `${pageUrl}feed.xml`;

function item(model: SiteModel, b: Briefing): FeedItem {
  const text = b.summary ?? model.bodyTexts.get(b.url) ?? '';
  const chars = [...text];
  return {
    title: b.title,
    link: b.url,
    date: b.date,
    description: chars.length > DESCRIPTION_CHARS ? `${chars.slice(0, DESCRIPTION_CHARS).join('')}…` : text,
    categories: [...b.subjects.map((s) => model.places.get(s)?.name), ...b.industries.map((s) => model.industries.get(s)?.name)].filter((n): n is string => !!n),
  };
}

const items = (model: SiteModel, slugs: readonly string[]) =>
  slugs
    .slice(0, FEED_LIMIT)
    .map((s) => model.briefingBySlug.get(s))
    .filter((b): b is Briefing => !!b)
    .map((b) => item(model, b));

export function siteFeed(model: SiteModel): FeedView {
  return { title: SITE_NAME, description: '县域经济与开发区的最新简报', page: '/', items: items(model, model.briefings.map((b) => b.slug)) };
}

/** Places and industries with briefings: the ones that get a feed. */
export function feedPlaces(model: SiteModel, folder: string): string[] {
  return [...model.places.values()].filter((p) => p.folder === folder && p.briefings.length > 0).map((p) => p.slug);
}

export function placeFeed(model: SiteModel, slug: string): FeedView {
  const p = model.places.get(slug)!;
  return { title: `${p.name} · ${SITE_NAME}`, description: `关于${p.name}的简报`, page: p.url, items: items(model, p.briefings.map((b) => b.slug)) };
}

export function industryFeed(model: SiteModel, slug: string): FeedView {
  const ind = model.industries.get(slug)!;
  return { title: `${ind.name} · ${SITE_NAME}`, description: `关于${ind.name}产业的简报`, page: ind.url, items: items(model, ind.briefings) };
}
