/**
 * The static paths of a page kind for Astro, each with its cache key, a digest of exactly the
 * page's view object (the page builds the view again when it renders). With incremental
 * builds (astro.config.mjs) a page whose key, code and rendered body are unchanged is copied
 * from the previous build instead of rendered: editing a briefing re-renders its own page,
 * the pages that show it (its subjects, industries, lists), and nothing else.
 */
import { createHash } from 'node:crypto';
import type { Folder } from '../folders.ts';
import type { SiteModel } from '../types.ts';

export interface PagePath {
  params: Record<string, string>;
  cacheKey?: string;
}

/** A short digest of a view's JSON: views are plain data (tests/model/views-pages.test.ts). */
export function viewDigest(view: unknown): string {
  return createHash('sha256').update(JSON.stringify(view)).digest('base64url').slice(0, 22);
}

/**
 * One path per slug, `/<folder>/<slug>/`, with its key. The key covers the body the
 * page renders too (the model's digest of it): Astro does not track Markdown bodies itself.
 */
export function pagePaths<V>(model: SiteModel, folder: Folder, slugs: Iterable<string>, view: (slug: string) => V, options: { lazy?: boolean } = {}): PagePath[] {
  // The dev server needs no cache key, and it runs getStaticPaths again after every edit:
  // building every page's view there took minutes at national scale.
  if (options.lazy) return [...slugs].map((slug) => ({ params: { slug } }));
  const paths: PagePath[] = [];
  for (const slug of slugs) {
    // The view is digested and let go: the page builds it again if it renders. Kept as props,
    // every page's view (a third of a GB at national scale) stayed alive until the last page.
    paths.push({ params: { slug }, cacheKey: viewDigest([view(slug), model.bodyDigests.get(`/${folder}/${slug}/`)]) });
  }
  return paths;
}
