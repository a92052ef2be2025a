/**
 * Feeds as RSS 2.0 (@astrojs/rss) from the feed views (src/model/views/feeds.ts): links made
 * absolute with SITE_URL and the deploy base. Without SITE_URL, links point at the local
 * preview address (README: set SITE_URL when publishing; the build says so).
 */
import rss from '@astrojs/rss';
import { href } from '../lib/url.ts';
import { LOCAL_SITE } from '../lib/absolute.ts';
import { siteModel } from '../model/index.ts';
import { feedPlaces, industryFeed, placeFeed, siteFeed, type FeedView } from '../model/views/feeds.ts';
import { viewDigest as key } from '../model/views/paths.ts';

export function feedResponse(view: FeedView, site: URL | undefined): Promise<Response> {
  return rss({
    title: view.title,
    description: view.description,
    // The channel's link is the page the feed belongs to; item links are resolved against it.
    site: new URL(href(view.page), site ?? LOCAL_SITE).href,
    items: view.items.map((i) => ({ title: i.title, link: href(i.link), pubDate: new Date(`${i.date}T00:00:00+08:00`), description: i.description, categories: i.categories })),
    customData: '<language>zh-cn</language>',
  });
}


/**
 * Static paths of the feeds of a place folder's pages that have briefings. The key is a digest
 * of the feed; the feed itself is built again when the route renders, so thousands of feeds are
 * not all held in memory while pages are written.
 */
export function placeFeedPaths(folder: 'counties' | 'parks' | 'regions') {
  const model = siteModel();
  return feedPlaces(model, folder).map((slug) => ({ params: { slug }, cacheKey: key(placeFeed(model, slug)) }));
}

export function industryFeedPaths() {
  const model = siteModel();
  return [...model.industries.values()].filter((i) => i.briefings.length > 0).map((i) => ({ params: { slug: i.slug }, cacheKey: key(industryFeed(model, i.slug)) }));
}

export const placeFeedView = (slug: string) => placeFeed(siteModel(), slug);
export const industryFeedView = (slug: string) => industryFeed(siteModel(), slug);
export const siteFeedView = () => siteFeed(siteModel());
