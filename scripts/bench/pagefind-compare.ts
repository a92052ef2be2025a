/**
 * `node scripts/bench/pagefind-compare.ts <built site> [query …]`: our search against Pagefind
 * 1.6 on the same built site, by hand (it downloads Pagefind with npx; the site is changed:
 * a pagefind/ folder is added). For each query it prints what one search downloads in
 * Chromium, the script and the first 20 results included, and the number of results; for
 * Pagefind also its indexing time, peak memory and index size. bench/README.md has the numbers.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { walk } from './util.ts';

const QUERIES = ['县域经济', '开发区', '工业园区', '经济技术开发区', '新能源', '百强', '地区生产总值', '潜江龙虾'];
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const dist = resolve(process.argv[2] ?? 'dist');
const queries = process.argv.length > 3 ? process.argv.slice(3) : QUERIES;
if (!existsSync(join(dist, 'search', 'index.html'))) throw new Error(`${dist} is not a built site with a search page`);

// Indexed once: run again on the same folder, it only measures the queries.
const reuse = existsSync(join(dist, 'pagefind', 'pagefind.js'));
console.log(reuse ? `reusing ${dist}/pagefind` : `indexing ${dist} with Pagefind 1.6.0 (npx)…`);
const started = Date.now();
const pf = reuse ? { status: 0, stdout: '', stderr: '' } : spawnSync('/usr/bin/time', ['-v', 'npx', '--yes', 'pagefind@1.6.0', '--site', dist], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (pf.status !== 0) throw new Error(`pagefind failed:\n${pf.stdout}\n${pf.stderr}`);
const seconds = reuse ? NaN : (Date.now() - started) / 1000;
const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(pf.stderr)?.[1] ?? NaN) / 1024;
const pfFiles = walk(join(dist, 'pagefind'));
const pfBytes = pfFiles.reduce((n, f) => n + statSync(join(dist, 'pagefind', f)).size, 0);
const ours = walk(join(dist, 'search', 'idx'));
const oursBytes = ours.reduce((n, f) => n + statSync(join(dist, 'search', 'idx', f)).size, 0);
writeFileSync(join(dist, 'pagefind-blank.html'), '<!doctype html><meta charset="utf-8"><title>pagefind</title>');

// No Content-Security-Policy here: Pagefind needs WebAssembly ('wasm-unsafe-eval'), ours does not.
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = join(dist, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });

async function measure(run: (page: import('playwright-core').Page) => Promise<number>): Promise<{ bytes: number; results: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<number>[] = [];
  page.on('response', (r) => bodies.push(r.body().then((b) => b.length, () => 0)));
  const results = await run(page);
  await page.waitForLoadState('networkidle');
  // Every body read before the context closes (a closed context loses them).
  const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  await context.close();
  return { bytes, results };
}

console.log(`\nPagefind: ${seconds.toFixed(1)} s, peak ${Math.round(rss)} MB, ${pfFiles.length} files, ${(pfBytes / 1e6).toFixed(1)} MB; ours: ${ours.length} files, ${(oursBytes / 1e6).toFixed(1)} MB\n`);
console.log('| query | ours: download, results | Pagefind: download, results |');
console.log('| --- | --- | --- |');
for (const q of queries) {
  const o = await measure(async (page) => {
    await page.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    return Number(/找到 (\d+)/.exec((await page.textContent('#search-status')) ?? '')?.[1] ?? 0);
  });
  const p = await measure(async (page) => {
    await page.goto(`${origin}/pagefind-blank.html`);
    return page.evaluate(async (query) => {
      const url = '/pagefind/pagefind.js';
      const pagefind = await import(/* @vite-ignore */ url);
      await pagefind.init();
      const found = await pagefind.search(query);
      await Promise.all(found.results.slice(0, 20).map((r: { data: () => Promise<unknown> }) => r.data()));
      return found.results.length;
    }, q);
  });
  console.log(`| ${q} | ${(o.bytes / 1000).toFixed(1)} KB, ${o.results} | ${(p.bytes / 1000).toFixed(1)} KB, ${p.results} |`);
}
await browser.close();
server.close();
