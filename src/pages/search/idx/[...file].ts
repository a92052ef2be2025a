/**
 * /search/idx/…: the search index's files (src/search/format.ts), built once per model. Each
 * file's cache key is a digest of its bytes, so an edit rewrites only the files it changes.
 */
import type { APIRoute } from 'astro';
import { createHash } from 'node:crypto';
import { siteModel } from '../../../model/index.ts';
import { siteSearchIndex } from '../../../model/search-index.ts';

export function getStaticPaths() {
  const { files } = siteSearchIndex(siteModel());
  return [...files].map(([file, bytes]) => ({ params: { file }, cacheKey: createHash('sha256').update(bytes).digest('base64url').slice(0, 22) }));
}

export const GET: APIRoute = ({ params }) => {
  const bytes = siteSearchIndex(siteModel()).files.get(params.file ?? '');
  if (!bytes) return new Response('Not found', { status: 404 });
  // Gzipped bytes served as they are: the search page unzips them (hosts need not compress).
  return new Response(bytes, { headers: { 'Content-Type': 'application/octet-stream' } });
};
