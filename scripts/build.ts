/**
 * `npm run build`: validate content, build the site in a scratch folder,
 * and swap it into dist/ only when everything succeeded, so a failed build
 * never leaves a broken or half-written site behind.
 */
import { rmSync, renameSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { build } from 'astro';
import { forgetSite, loadSite, contentDirFromEnv, type SiteModel } from '../src/model/index.ts';
import { reportDiagnostics } from '../src/model/report.ts';
import { checkLinks, formatLinkReport } from './check-links.ts';
import { siteBase } from '../src/lib/base.ts';
import { contentCacheDir, manifestKeys, pruneFolderCaches, reused, shortHash } from './build-cache.ts';
import { pagesIn, phase, seconds } from './progress.ts';
import { alive } from './alive.ts';
import { saveDigests, writeEdition, type EditionResult } from './edition.ts';
import { writeSitemap } from './sitemap.ts';
import { leftovers, removeLater, replacedName } from './remove-later.ts';

const root = resolve(import.meta.dirname, '..');
// V8 lets the heap grow to as much as 4× what survived its last full collection before the
// next one. With the model and Astro's content store alive, that made the national build's
// peak 2,397 MB; at most 1.5× it was 2,015 MB, in single cold builds (bench/README.md).
// The heap's limit is untouched: this only collects sooner, at some cost in time.
setFlagsFromString('--heap-growing-percent=50');
// A build is a production build, even when started from a test runner: vitest exports
// NODE_ENV=test and its import.meta.env (MODE, DEV, PROD, SSR, BASE_URL) to child processes,
// and Vite would take them over.
process.env.NODE_ENV = 'production';
for (const key of ['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']) delete process.env[key];
const outDir = resolve(process.env.OUT_DIR || resolve(root, 'dist'));
// Beside the output folder, so the final rename never crosses file systems.
const scratch = `${outDir}.partial-${process.pid}`;
const lock = resolve(root, '.build-tmp', 'lock');

/** Astro keeps its content store in the project (.astro/, node_modules/.astro): one build at a time. */
async function acquireLock(): Promise<void> {
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      writeFileSync(resolve(lock, 'pid'), String(process.pid));
      return;
    } catch {
      const pid = Number(existsSync(resolve(lock, 'pid')) ? readFileSync(resolve(lock, 'pid'), 'utf8') : NaN);
      if (Number.isInteger(pid) && !alive(pid)) rmSync(lock, { recursive: true, force: true });
      if (waited === 2000) console.log('等待另一个构建结束 waiting for another build of this project to finish…');
      await sleep(200);
    }
  }
}

const verbose = process.argv.includes('--verbose');
const started = performance.now();
/** The content's model; the build stops here, listing them, if the content has errors. */
function readModel(): SiteModel {
  const reading = phase('读取并检查内容 reading and checking content');
  const site = loadSite(contentDirFromEnv());
  reading();
  if (site.diagnostics.length > 0) console.log(reportDiagnostics(site.diagnostics, { verbose, fullListFile: resolve(root, '.build-tmp', 'diagnostics.txt') }));
  if (site.errors.length > 0) {
    console.error(`\n构建已停止：请先修正上面的 ${site.errors.length} 个错误。${existsSync(outDir) ? `上一次生成的网站（${outDir}）保持不变。` : ''}`);
    process.exit(1);
  }
  return site.model;
}

/**
 * Astro's build and the Traditional edition into the scratch folder. The model lives only in
 * here (and in loadSite's cache, cleared after): the link check that follows holds every link
 * of the site and should not hold the model too.
 */
async function writePages(m: SiteModel): Promise<{ reuse: { reused: number; keyed: number }; edition?: EditionResult; editionCache: string }> {
  const pageCount = 1 + 6 + m.counties.length + m.parks.length + m.regions.length + m.industries.size + m.rankings.size + m.briefings.length;
  await acquireLock();
  const release = () => rmSync(lock, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
  for (const dir of leftovers(outDir)) removeLater(dir);
  try {
    // Astro caches the content store, rendered Markdown included, in cacheDir. One cache per content
    // folder, so another folder's entries never mix in; and a new cache whenever what a body renders
    // to can change without its file changing: the names linked in text (the whole model's), the
    // base path, or the code that links them. And for another Node or ICU: pages' keys hold chart
    // specs, not drawings, and Chinese collation (localeCompare) orders some charts' rows.
    const folderCache = contentCacheDir(root, contentDirFromEnv());
    const renderKey = shortHash(
      JSON.stringify([m.mentions, siteBase(), process.versions.node, process.versions.icu]) +
        ['src/markdown/rehype-mentions.ts', 'src/model/mentions.ts'].map((f) => readFileSync(resolve(root, f), 'utf8')).join(''),
    );
    const cacheDir = resolve(folderCache, renderKey);
    if (existsSync(folderCache)) for (const old of readdirSync(folderCache)) if (old !== renderKey) rmSync(resolve(folderCache, old), { recursive: true, force: true });
    pruneFolderCaches(folderCache);
    const before = manifestKeys(cacheDir);
    // On a terminal, one progress line instead of Astro's line per page.
    const building = phase('生成页面 building pages', pageCount, pagesIn(scratch));
    await build({ root, outDir: scratch, cacheDir, logLevel: process.env.CI || process.stdout.isTTY ? 'warn' : 'info' });
    building();
    const reuse = reused(before, manifestKeys(cacheDir));
    const editing = phase('繁体版 Traditional edition');
    const edition = await writeEdition({ dir: scratch, previous: outDir, cacheDir, model: m, base: siteBase(), siteUrl: process.env.SITE_URL });
    editing();
    if (process.env.SITE_URL) await writeSitemap(scratch, new URL(siteBase(), process.env.SITE_URL).href, edition !== undefined);
    release();
    return { reuse, edition, editionCache: cacheDir };
  } catch (err) {
    release();
    rmSync(scratch, { recursive: true, force: true });
    const e = err as Error & { hint?: string; loc?: { file?: string } };
    console.error(`\n构建失败 build failed: ${e.message}${e.loc?.file ? `\n  文件 file: ${e.loc.file}` : ''}${e.hint ? `\n  → ${e.hint}` : ''}`);
    console.error(existsSync(outDir) ? `上一次生成的网站（${outDir}）保持不变。` : '');
    process.exit(1);
  }
}

const { reuse, edition, editionCache } = await writePages(readModel());
forgetSite(contentDirFromEnv());

// A site with a broken internal link, anchor or asset is not published.
const checking = phase('检查链接 checking links');
const links = checkLinks(scratch, { base: siteBase() });
checking();
if (links.problems.length > 0) {
  console.error(formatLinkReport(links));
  rmSync(scratch, { recursive: true, force: true });
  console.error(`\n构建已停止：生成的网站有 ${links.problems.length} 个失效链接。${existsSync(outDir) ? `上一次生成的网站（${outDir}）保持不变。` : ''}`);
  process.exit(1);
}

// Swap: the old site stays in place until the new one is complete.
const old = replacedName(outDir);
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(scratch, outDir);
if (existsSync(old)) removeLater(old);
if (edition) saveDigests(editionCache, edition.digests);
const reuseText = reuse.reused > 0 ? `（沿用上次生成的 ${reuse.reused} 页 reused ${reuse.reused} of ${reuse.keyed} keyed pages）` : '';
// The benchmark reads this line (scripts/bench/measure.ts) for the time the edition adds.
const editionText = edition ? ` · 繁体版 Traditional edition: ${edition.converted} 个转换 converted, ${edition.reused} 个沿用 reused, ${edition.seconds.toFixed(1)} s (search index ${edition.indexSeconds.toFixed(1)} s${edition.indexCached ? ', reused' : ''})` : '';
// Every HTML page the site holds, the Traditional edition's included.
console.log(`\n网站已生成 site built: ${outDir} · ${links.pages} 个页面 pages${reuseText}${editionText} · ${seconds(started)}`);
if (!process.env.SITE_URL) {
  console.log('提示 note: 未设置 SITE_URL，所以没有站点地图，订阅源里的链接指向本机预览地址 http://localhost:4321/。发布前请设置，如 SITE_URL=https://example.gov.cn npm run build（README“发布 / Publishing”）。');
}
