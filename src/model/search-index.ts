/**
 * The site's search index, built once per model from every page's search record
 * (views/search.ts): the index files' routes and the search page share it. Kept on globalThis,
 * like the model, because Vite bundles pages as separate copies of this module.
 */
import { buildSearchIndex, type SearchIndex } from '../search/build-index.ts';
import type { SiteModel } from './types.ts';
import { searchDocs } from './views/search.ts';

const KEY = Symbol.for('county-briefings.search-index');

export function siteSearchIndex(model: SiteModel): SearchIndex {
  const g = globalThis as unknown as Record<symbol, WeakMap<SiteModel, SearchIndex> | undefined>;
  const built = (g[KEY] ??= new WeakMap());
  let index = built.get(model);
  if (!index) {
    const start = performance.now();
    built.set(model, (index = buildSearchIndex(searchDocs(model))));
    const bytes = [...index.files.values()].reduce((n, b) => n + b.length, 0);
    // The benchmark reads this line (scripts/bench/measure.ts) for the time the index adds.
    console.log(`搜索索引 search index: ${index.manifest.docs} pages, ${index.files.size} files, ${bytes} bytes, built in ${((performance.now() - start) / 1000).toFixed(2)} s`);
  }
  return index;
}
