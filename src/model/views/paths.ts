/**
 * The static paths of a page kind for Astro: each page's view object, built once and handed
 * to the page as props, and its cache key, a digest of exactly that view. With incremental
 * builds (astro.config.mjs) a page whose key, code and rendered body are unchanged is copied
 * from the previous build instead of rendered: editing a briefing re-renders its own page,
 * the pages that show it (its subjects, industries, lists), and nothing else.
 */
import { createHash } from 'node:crypto';
import type { Folder } from '../folders.ts';
import type { SiteModel } from '../types.ts';

export interface PagePath<V> {
  params: Record<string, string>;
  /** Absent in the dev server (`lazy`): the page builds its own view when it is requested. */
  props?: { view: V };
  cacheKey?: string;
}

/** A short digest of a view's JSON: views are plain data (tests/model/views-pages.test.ts). */
export function viewDigest(view: unknown): string {
  return createHash('sha256').update(JSON.stringify(view)).digest('base64url').slice(0, 22);
}

/**
 * One path per slug, `/<folder>/<slug>/`, with its view and key. The key covers the body the
 * page renders too (the model's digest of it): Astro does not track Markdown bodies itself.
 */
export function pagePaths<V>(model: SiteModel, folder: Folder, slugs: Iterable<string>, view: (slug: string) => V, options: { lazy?: boolean } = {}): PagePath<V>[] {
  // The dev server needs no cache key, and it runs getStaticPaths again after every edit:
  // building every page's view there took minutes at national scale.
  if (options.lazy) return [...slugs].map((slug) => ({ params: { slug } }));
  const paths: PagePath<V>[] = [];
  for (const slug of slugs) {
    const v = view(slug);
    paths.push({ params: { slug }, props: { view: v }, cacheKey: viewDigest([v, model.bodyDigests.get(`/${folder}/${slug}/`)]) });
  }
  return paths;
}
