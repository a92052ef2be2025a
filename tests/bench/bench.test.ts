/**
 * The benchmark (scripts/bench.ts) end to end at a small scale (a few hundred pages): ours and
 * bare build the same pages, a rebuild after one edit gives the same bytes as a clean build, and
 * the report carries every measure. Timings are never asserted: they depend on the machine.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** The rows of the Markdown tables under a "## heading", label → cells. */
function table(report: string, heading: RegExp): Map<string, string[]> {
  const sections = report.split(/^## /m);
  const section = sections.find((s) => heading.test(s.split('\n')[0]));
  if (!section) throw new Error(`no section ${heading} in the report:\n${report}`);
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))) {
    const cells = line.slice(2, -2).split(' | ');
    rows.set(cells[0], cells.slice(1));
  }
  return rows;
}

const NUMBER = /\d+(\.\d+)?/;

describe('npm run bench', () => {
  it('refuses a bad option with the usage', () => {
    let failure: { status?: number; stderr?: string } = {};
    try {
      execFileSync(process.execPath, ['scripts/bench.ts', '--runs', '0'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      failure = err as typeof failure;
    }
    expect(failure.status).toBe(2);
    expect(failure.stderr).toContain('--runs must be a whole number from 1');
    expect(failure.stderr).toContain('usage: node scripts/bench.ts');
  });

  it(
    'measures ours and bare on a few hundred pages and reports every measure',
    async () => {
      const { stdout } = await run(process.execPath, ['scripts/bench.ts', '--scales', '0.02', '--runs', '1'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      const report = stdout;
      // The machine and the run.
      expect(report).toMatch(/^# Benchmark/);
      expect(report).toMatch(/Machine: .+, \d+ cores, [\d.]+ GiB RAM, Node v\d+/);
      expect(report).toMatch(/Load average \(1, 5, 15 min\): [\d.]+, [\d.]+, [\d.]+ at the start, [\d.]+, [\d.]+, [\d.]+ at the end/);
      expect(report).toMatch(/commit `[0-9a-f]+`/);

      // Every measure, with numbers.
      const detail = table(report, /^scale 0\.02 \(/);
      const first = (label: string) => {
        const cells = detail.get(label);
        if (!cells) throw new Error(`no row "${label}" in:\n${report}`);
        return cells;
      };
      const [oursPages, barePages, pageRatio] = first('pages');
      expect(Number(oursPages.replace(/,/g, ''))).toBeGreaterThan(300);
      expect(oursPages).toBe(barePages);
      expect(pageRatio).toBe('equal');
      for (const label of ['cold build, seconds', 'peak memory, MB', 'rebuild after one edit, seconds']) {
        const [ours, bare, ratio] = first(label);
        expect(ours, label).toMatch(NUMBER);
        expect(bare, label).toMatch(NUMBER);
        expect(ratio, label).toMatch(/^\d+\.\d\d×$/);
      }
      expect(first('pages per second').slice(0, 2).every((c) => NUMBER.test(c))).toBe(true);
      expect(first('output files')[0]).toMatch(/^[\d,]+ \(\d+\.\d\d per page\)$/);
      expect(first('output bytes')[0]).toMatch(/^[\d.]+ MB \([\d.]+ KB per page\)$/);
      expect(first('rebuild, ours / bare cold build (the goal)')[0]).toMatch(/^\d+\.\d\d×$/);
      expect(first('rebuilt output identical to a clean full build')[0]).toMatch(/^yes \(clean build [\d.]+ s\)$/);
      expect(first('pages reused from the cache (as the build reports them), cold; rebuild')[0]).toMatch(/^0; [\d,]+ of [\d,]+$/);
      expect(first('county page HTML+CSS')[0]).toMatch(/^[\d.]+ KB: `counties\/[^/]+\/index\.html` [\d.]+ KB \+ CSS [\d.]+ KB \(`_astro\/[^`]+\.css`/);
      expect(first('pages with JavaScript (script element or on* attribute)')[0]).toMatch(/^\d+/);
      expect(first('JavaScript files, bytes (with inline scripts)')[0]).toMatch(/^\d+, [\d,]+$/);
      expect(first('search index: files, bytes (gzipped)')[0]).toMatch(/^[\d,]+, [\d.]+ MB$/);
      expect(first('one query\'s download, page and code included, then the first 20 results')[0]).toMatch(/^县域经济 [\d.]+ KB \([\d,]+ results\);/);
      expect(report).toMatch(/Edited: `briefings\/[^`]+\.md` \(“.+” → “.+（本句已修改）。”\)/);

      // Each goal, with a verdict.
      const goals = table(report, /^Goals/);
      expect([...goals.keys()].slice(1)).toEqual([
        'full cold build, ours / bare',
        'rebuild after editing one briefing, ours rebuild / bare cold build',
        'rebuilt output byte-identical to a clean full build',
        'peak memory, ours / bare',
        'output files per page',
        'output bytes per page (average)',
        "a county page's HTML+CSS (the largest county page)",
        'required JavaScript: pages with a script besides /search/ (where the search runs in the browser)',
        'one search query downloads, search page and code included (the largest of the queries below)',
        'time the search index adds: building it and rendering its files, / our cold build',
        'same page count as bare',
      ]);
      for (const [goal, [target, value]] of [...goals].slice(1)) {
        expect(target, goal).not.toBe('');
        expect(value, goal).toMatch(/(pass|\*\*fail\*\*|\*\*check\*\*)/);
      }
      expect(goals.get('rebuilt output byte-identical to a clean full build')?.[1]).toBe('yes pass');
      expect(goals.get('same page count as bare')?.[1]).toMatch(/pass$/);
      expect(report).toContain('Growth: not measured');
      // The Traditional edition's own time, within ours' cold build.
      expect(report).toMatch(/\| Traditional edition \(converting pages and feeds, its search index\), seconds \| [\d.]+ = [\d.]+% of the cold build, [\d,]+ files; after one edit/);
    },
    600_000,
  );
});
