/**
 * `npm run build`: validate content, build the site in a scratch folder,
 * and swap it into dist/ only when everything succeeded, so a failed build
 * never leaves a broken or half-written site behind.
 */
import { rmSync, renameSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';
import { loadSite, formatDiagnostics, contentDirFromEnv } from '../src/model/index.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.env.OUT_DIR || resolve(root, 'dist'));
const scratch = resolve(root, '.build-tmp', 'dist');

const started = performance.now();
const site = loadSite(contentDirFromEnv());
if (site.diagnostics.length > 0) console.log(formatDiagnostics(site.diagnostics));
if (site.errors.length > 0) {
  console.error(`\n构建已停止：请先修正上面的 ${site.errors.length} 个错误。${existsSync(outDir) ? `上一次生成的网站（${outDir}）保持不变。` : ''}`);
  process.exit(1);
}

rmSync(scratch, { recursive: true, force: true });
mkdirSync(resolve(scratch, '..'), { recursive: true });
try {
  await build({ root, outDir: scratch, logLevel: process.env.CI ? 'warn' : 'info' });
} catch (err) {
  const e = err as Error & { hint?: string; loc?: { file?: string } };
  console.error(`\n构建失败 build failed: ${e.message}${e.loc?.file ? `\n  文件 file: ${e.loc.file}` : ''}${e.hint ? `\n  → ${e.hint}` : ''}`);
  console.error(existsSync(outDir) ? `上一次生成的网站（${outDir}）保持不变。` : '');
  process.exit(1);
}

// Swap: the old site stays in place until the new one is complete.
const old = `${outDir}.old`;
rmSync(old, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(scratch, outDir);
rmSync(old, { recursive: true, force: true });
const m = site.model;
const pages = 1 + 6 + m.counties.length + m.parks.length + m.regions.length + m.industries.size + m.rankings.size + m.briefings.length;
console.log(`\n网站已生成 site built: ${outDir} · ${pages} 个页面 pages · ${((performance.now() - started) / 1000).toFixed(1)} s`);
