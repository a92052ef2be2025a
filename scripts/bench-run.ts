/**
 * One measured build, for `npm run bench`:
 *
 *   node scripts/bench-run.ts <ours|bare> --content <dir> --out <dir> [--warm] [--cache <dir>]
 *
 * `ours` runs scripts/build.ts (validation, model, Astro build, link check, swap) in this
 * process; `bare` builds bench/bare, a plain Astro project over the same content files. Both
 * run here, so the peak memory (process.resourceUsage().maxRSS) includes Astro's build.
 * The last line printed is JSON: { kind, seconds, maxRssMB, pages, html, files, bytes, warm }.
 * Run one build per process: Astro and the model keep state on globalThis.
 *
 * Caches: Astro keeps its content store (rendered bodies included) in a cache folder per content
 * folder. Without --warm that cache is removed first (a cold build); with --warm a previous run's
 * cache is used (a rebuild after an edit). `ours` uses the cache folder scripts/build.ts picks;
 * `bare` uses --cache, or bench/bare/node_modules/.astro/content-<hash of the content folder>.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentCacheDir } from './build-cache.ts';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const bareRoot = resolve(root, 'bench', 'bare');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { content: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' }, warm: { type: 'boolean', default: false } },
});
const kind = positionals[0];
if ((kind !== 'ours' && kind !== 'bare') || !values.content || !values.out) {
  console.error('usage: node scripts/bench-run.ts <ours|bare> --content <dir> --out <dir> [--warm] [--cache <dir>]');
  process.exit(2);
}
const contentDir = resolve(values.content);
const outDir = resolve(values.out);
if (!existsSync(contentDir)) {
  console.error(`no content folder: ${contentDir}`);
  process.exit(2);
}

// Before Astro is imported: a production build, quiet, reading this content folder.
process.env.CONTENT_DIR = contentDir;
process.env.OUT_DIR = outDir;
process.env.CI = 'true';
process.env.NODE_ENV = 'production';
for (const key of ['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'SITE_BASE']) delete process.env[key];

// scripts/build.ts keeps one cache per content folder (with one subfolder per render key).
const oursCache = contentCacheDir(root, contentDir);
const bareCache = resolve(values.cache ?? contentCacheDir(bareRoot, contentDir));
const cache = kind === 'ours' ? oursCache : bareCache;
if (!values.warm) rmSync(cache, { recursive: true, force: true });

const started = performance.now();
if (kind === 'ours') {
  // A top-level-await script: the import resolves when the site is built and swapped into OUT_DIR;
  // on any failure it prints the reason and exits 1 itself.
  await import('./build.ts');
} else {
  const { build } = await import('astro');
  rmSync(outDir, { recursive: true, force: true });
  await build({ root: bareRoot, outDir, cacheDir: bareCache, logLevel: 'warn' });
}
const seconds = (performance.now() - started) / 1000;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
if (!existsSync(cache)) console.warn(`warning: no build cache at ${cache}; --warm and cold builds are not told apart (did scripts/build.ts move its cache?)`);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
const files = walk(outDir);
const result = {
  kind,
  seconds: Number(seconds.toFixed(2)),
  maxRssMB: Math.round(maxRssMB),
  pages: files.filter((f) => f.endsWith('/index.html')).length,
  html: files.filter((f) => f.endsWith('.html')).length,
  files: files.length,
  bytes: files.reduce((n, f) => n + statSync(f).size, 0),
  warm: values.warm,
};
console.log(JSON.stringify(result));
// Astro may leave handles (watchers, workers) open; the measurement is done.
process.exit(0);
