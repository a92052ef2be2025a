/**
 * `npm run check`: reads and validates the content folder the way a build
 * does, without building pages. Prints every problem with its file, field
 * and fix; exits 1 on errors.
 */
import { loadContentDir, contentDirFromEnv, formatDiagnostics } from '../src/model/index.ts';

const dir = process.argv[2] ?? contentDirFromEnv();
try {
  const site = loadContentDir(dir);
  const m = site.model;
  if (site.diagnostics.length > 0) console.log(formatDiagnostics(site.diagnostics));
  if (site.errors.length > 0) process.exit(1);
  console.log(
    `内容检查通过 content OK: ${m.counties.length} 县, ${m.parks.length} 园区, ${m.regions.length} 区域, ${m.industries.size} 产业, ${m.rankings.size} 榜单, ${m.briefings.length} 简报, ${m.observations.length + m.rankEntries.length} 项数据`,
  );
} catch (err) {
  // A bug in the generator, not in content: say so plainly.
  console.error(`内部错误 internal error while reading ${dir}: ${(err as Error).message}`);
  process.exit(2);
}
