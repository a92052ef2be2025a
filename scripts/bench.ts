/**
 * `npm run bench`: measures the example site's build (median of several
 * full builds), its size, and the cost of charts per page. Prints a
 * Markdown table; `--write` also stores it in docs/BENCHMARKS.md.
 * Measured here, never asserted in a unit test: timings depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { loadContentDir } from '../src/model/index.ts';
import { industryCharts, placeCharts, rankingCharts } from '../src/model/charts.ts';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS || 3);
const contentDir = resolve(process.env.CONTENT_DIR || join(root, 'content'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

// 1. Full builds, each into a fresh folder.
const times: number[] = [];
let files: string[] = [];
for (let i = 0; i < runs; i++) {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-')), 'dist');
  const t = performance.now();
  execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: out, CI: 'true' }, stdio: 'pipe' });
  times.push(performance.now() - t);
  files = walk(out).map((f) => f.slice(out.length));
  const bytes = files.reduce((n, f) => n + statSync(join(out, f)).size, 0);
  if (i === runs - 1) {
    const html = files.filter((f) => f.endsWith('.html'));
    const svgBytes = html.reduce((n, f) => n + (readFileSync(join(out, f), 'utf8').match(/<svg[\s\S]*?<\/svg>/g) ?? []).reduce((m, s) => m + Buffer.byteLength(s), 0), 0);
    Object.assign(globalThis, { htmlPages: html.length, totalBytes: bytes, svgBytes });
  }
  rmSync(join(out, '..'), { recursive: true, force: true });
}
const { htmlPages, totalBytes, svgBytes } = globalThis as unknown as { htmlPages: number; totalBytes: number; svgBytes: number };

// 2. Model and charts in-process: load + validate + model, then every page's charts.
const loadTimes: number[] = [];
const chartTimes: number[] = [];
let chartCount = 0;
let pagesWithCharts = 0;
for (let i = 0; i < 10; i++) {
  let t = performance.now();
  const { model } = loadContentDir(contentDir);
  loadTimes.push(performance.now() - t);
  t = performance.now();
  const all = [
    ...[...model.places.values()].map((p) => placeCharts(model, p)),
    ...[...model.industries.values()].map((x) => industryCharts(model, x)),
    ...[...model.rankings.values()].map((r) => rankingCharts(model, r)),
  ];
  chartTimes.push(performance.now() - t);
  chartCount = all.reduce((n, c) => n + c.length, 0);
  pagesWithCharts = all.filter((c) => c.length > 0).length;
}

// 3. The model at scale: synthetic content of n counties, n/20 prefectures and n briefings that
// mention places by name (the national-scale build is about 16,000 pages).
function synthetic(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-content-'));
  for (const f of ['counties', 'regions', 'briefings']) mkdirSync(join(dir, f));
  writeFileSync(join(dir, 'metrics.yaml'), 'gdp: { name: 地区生产总值, unit: 亿元 }\n');
  const name = (i: number) => `测试${String.fromCharCode(0x4e00 + (i % 20000))}${i}县`;
  const prefectures = Math.max(1, Math.floor(n / 20));
  for (let r = 0; r < prefectures; r++) writeFileSync(join(dir, 'regions', `p${r}.md`), `---\nname: 测试地区${r}\ntype: 地级市\n---\n`);
  for (let i = 0; i < n; i++) {
    writeFileSync(join(dir, 'counties', `c${i}.md`), `---\nname: ${name(i)}\ntype: 县\nregion: p${i % prefectures}\nmetrics:\n  gdp: { 2021: ${100 + (i % 900)}, 2022: ${110 + (i % 900)} }\n---\n`);
    const others = [1, 7, 31].map((k) => name((i + k) % n)).join('、');
    writeFileSync(join(dir, 'briefings', `b${i}.md`), `---\ntitle: 简报${i}\ndate: 2022-01-${String(1 + (i % 28)).padStart(2, '0')}\nsubjects: [c${i}]\n---\n${name(i)}与${others}合作推进项目建设。${'县域经济发展稳中有进。'.repeat(20)}\n`);
  }
  return dir;
}
const scale: string[] = [];
for (const n of (process.env.BENCH_SCALE ?? '1000,4000').split(',').map(Number).filter(Boolean)) {
  const dir = synthetic(n);
  const t = performance.now();
  const { errors } = loadContentDir(dir);
  const took = performance.now() - t;
  if (errors.length > 0) throw new Error(`synthetic content has errors: ${errors[0].message}`);
  scale.push(`| read + validate + model, ${n} counties + ${n} briefings + ${Math.max(1, Math.floor(n / 20))} regions (synthetic) | ${(took / 1000).toFixed(2)} s |`);
  rmSync(dir, { recursive: true, force: true });
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const report = `# Benchmarks

Measured by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
Content: \`${contentDir.startsWith(root) ? contentDir.slice(root.length + 1) : contentDir}\`.

| measure | value |
| --- | --- |
| full build (validate + Astro build + swap), median of ${runs} | ${(median(times) / 1000).toFixed(2)} s (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s) |
| HTML pages | ${htmlPages} |
| files written | ${files.length} |
| output size | ${(totalBytes / 1024).toFixed(0)} KiB |
| build time per HTML page | ${ms(median(times) / htmlPages)} |
| read + validate + model (in-process, median of 10) | ${ms(median(loadTimes))} |
| charts: ${chartCount} charts on ${pagesWithCharts} pages, geometry + SVG (median of 10) | ${ms(median(chartTimes))} in all, ${ms(median(chartTimes) / Math.max(1, pagesWithCharts))} per page with charts |
| inline SVG in HTML | ${(svgBytes / 1024).toFixed(0)} KiB (${((svgBytes / totalBytes) * 100).toFixed(1)}% of the output) |
${scale.join('\n')}
`;
console.log(report);
if (process.argv.includes('--write')) writeFileSync(join(root, 'docs', 'BENCHMARKS.md'), report);
