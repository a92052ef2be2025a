/**
 * Astro's caches for scripts/build.ts: one folder per content folder under
 * node_modules/.astro (content store, rendered bodies, and the incremental build's manifest
 * and page copies). Old folders are pruned so test and preview folders do not pile up, and
 * the manifests before and after a build say how many pages were reused.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** A short hex digest, for cache folder names. */
export const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** Where an Astro project (`projectRoot`) keeps its caches for one content folder. */
export function contentCacheDir(projectRoot: string, contentDir: string): string {
  return resolve(projectRoot, 'node_modules', '.astro', `content-${shortHash(resolve(contentDir))}`);
}

/** Content folders whose caches are kept, most recently used first. */
const KEEP = 6;

/** Marks `current` as used and removes all but the KEEP most recently used content caches. */
export function pruneFolderCaches(current: string): void {
  const now = new Date();
  if (existsSync(current)) utimesSync(current, now, now);
  const parent = dirname(current);
  if (!existsSync(parent)) return;
  const folders = readdirSync(parent)
    .filter((n) => n.startsWith('content-'))
    .map((n) => join(parent, n))
    .filter((p) => p !== current)
    .map((p) => ({ p, t: statSync(p).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { p } of folders.slice(KEEP - 1)) rmSync(p, { recursive: true, force: true });
}

/** Page path → cache key from the incremental build's manifest in `cacheDir`. */
export function manifestKeys(cacheDir: string): Map<string, string> {
  const keys = new Map<string, string>();
  try {
    const data = JSON.parse(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8')) as { routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string }> }> };
    for (const route of Object.values(data.routes)) for (const [path, entry] of Object.entries(route.paths)) keys.set(path, `${route.dependencyHash}|${entry.cacheKey}`);
  } catch {
    // No manifest yet: a first build.
  }
  return keys;
}

/** "reused 15,810 of 15,872 pages", from the manifests before and after a build. */
export function reused(before: Map<string, string>, after: Map<string, string>): { reused: number; keyed: number } {
  let same = 0;
  for (const [path, key] of after) if (before.get(path) === key) same++;
  return { reused: same, keyed: after.size };
}
