/**
 * `npm run bench -- [--scales 0.125,0.25,1] [--runs 1] [--seed 1] [--write] [--keep]`
 *
 * For each scale: generates content (scripts/generate.ts) into a temporary folder, then measures,
 * one build at a time, each build in its own process (scripts/bench-run.ts):
 *   - ours (scripts/build.ts) and bare (bench/bare: a plain Astro build of the same files, one
 *     plain layout, bodies rendered, no model, charts or links), both cold (no cache), --runs
 *     times in alternating order (median, min–max);
 *   - a rebuild after editing one sentence of one published .md briefing, ours and bare, each on
 *     its own cache and previous output (--runs times, a different briefing each time);
 *   - whether ours' rebuilt output is byte-identical to a clean full build of the edited content;
 *   - the output: files and bytes (per page), a county page's HTML+CSS, JavaScript on pages.
 * Prints a Markdown report (progress goes to stderr); --write stores it in bench/results.md.
 * `--scales example` measures a copy of the repository's content/ folder instead.
 * `--keep` leaves the temporary folders (content and outputs) in place and names them.
 *
 * Timings depend on the machine and its load: the report states both, and no test asserts one.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { readCli } from './bench/options.ts';
import { report } from './bench/report.ts';
import { measureScale, type ScaleResult } from './bench/scale.ts';
import { log, root } from './bench/util.ts';

const cli = readCli();

const started = { date: new Date(), load: loadavg() };
const command = `npm run bench -- --scales ${cli.scales.join(',')} --runs ${cli.runs} --seed ${cli.seed}${cli.write ? ' --write' : ''}`;
const results: ScaleResult[] = [];
try {
  for (const scale of cli.scales) results.push(await measureScale(scale, cli));
} catch (err) {
  console.error(`\n${(err as Error).message}`);
  process.exit(1);
}
const text = report(results, cli, started, { load: loadavg() }, command);
console.log(text);
if (cli.write) {
  const file = join(root, 'bench', 'results.md');
  writeFileSync(file, `${text}\n`);
  log(`written to ${relative(root, file)}`);
}
