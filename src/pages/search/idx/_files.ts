/**
 * The search index's files (src/search/format.ts) as static routes, built once per model. Each
 * file's cache key is a digest of its bytes, so an edit rewrites only the files it changes.
 * One route per folder with the extension in its name: the dev server then serves them as files.
 */
import type { APIRoute } from 'astro';
import { createHash } from 'node:crypto';
import { siteModel } from '../../../model/index.ts';
import { siteSearchIndex } from '../../../model/search-index.ts';

/** The paths of the index files under `folder` (`t/`, `m/`), as `n` params of `[n].bin`. */
export function indexPaths(folder: string) {
  const out = [];
  for (const [path, bytes] of siteSearchIndex(siteModel()).files) {
    const m = /^(.*\/)?(\d+)\.bin$/.exec(path);
    if (m && (m[1] ?? '') === folder) out.push({ params: { n: m[2] }, cacheKey: createHash('sha256').update(bytes).digest('base64url').slice(0, 22) });
  }
  return out;
}

/** Serves one index file; gzipped bytes as they are (the search page unzips them). */
export function indexFile(path: string): Response {
  const bytes = siteSearchIndex(siteModel()).files.get(path);
  if (!bytes) return new Response('Not found', { status: 404 });
  return new Response(bytes, { headers: { 'Content-Type': 'application/octet-stream' } });
}

export const fileRoute = (folder: string): APIRoute => ({ params }) => indexFile(`${folder}${params.n}.bin`);
