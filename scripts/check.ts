/**
 * `npm run check [-- <content-dir>] [--json] [--verbose]`: reads and validates the
 * content folder the way a build does, without building pages. Prints every problem
 * with its file, field and fix (summarised by kind when there are many; the full list
 * goes to .build-tmp/diagnostics.txt); `--json` prints them all as JSON for tools.
 * Exits 1 on errors.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentDir, contentDirFromEnv } from '../src/model/index.ts';
import { reportDiagnostics } from '../src/model/report.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' }, verbose: { type: 'boolean' } } });
const dir = positionals[0] ?? contentDirFromEnv();
try {
  const site = loadContentDir(dir);
  const m = site.model;
  const counts = { counties: m.counties.length, parks: m.parks.length, regions: m.regions.length, industries: m.industries.size, rankings: m.rankings.size, briefings: m.briefings.length, figures: m.observations.length + m.rankEntries.length };
  if (values.json) {
    const errors = site.errors.length;
    console.log(JSON.stringify({ ok: errors === 0, errors, warnings: site.diagnostics.length - errors, counts, diagnostics: site.diagnostics }, null, 2));
  } else {
    const fullListFile = resolve(import.meta.dirname, '..', '.build-tmp', 'diagnostics.txt');
    if (site.diagnostics.length > 0) console.log(reportDiagnostics(site.diagnostics, { verbose: values.verbose, fullListFile }));
    if (site.errors.length === 0) {
      console.log(`内容检查通过 content OK: ${counts.counties} 县, ${counts.parks} 园区, ${counts.regions} 区域, ${counts.industries} 产业, ${counts.rankings} 榜单, ${counts.briefings} 简报, ${counts.figures} 项数据`);
    }
  }
  if (site.errors.length > 0) process.exit(1);
} catch (err) {
  // A bug in the generator, not in content: say so plainly.
  console.error(`内部错误 internal error while reading ${dir}: ${(err as Error).message}`);
  process.exit(2);
}
