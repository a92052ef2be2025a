// Measuring one scale: its content, cold builds and rebuilds of ours and bare, the output and the clean-build comparison.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editBriefing, makeContent, type Edit } from './content.ts';
import { compareTrees, inspect, type Output } from './inspect.ts';
import { build, type Run } from './measure.ts';
import { measureSearch, type SearchOutput } from './search.ts';
import type { Cli } from './options.ts';
import { log, root, walk } from './util.ts';
import { contentCacheDir } from '../build-cache.ts';

export interface ScaleResult {
  scale: string;
  contentFiles: number;
  contentBytes: number;
  cold: { ours: Run[]; bare: Run[] };
  rebuild: { ours: Run[]; bare: Run[] };
  edits: Edit[];
  identical: { differing: number; first?: string };
  /** The clean full build of the edited content that the rebuild is compared with. */
  clean: Run;
  output: Output;
  search?: SearchOutput;
  barePagePaths: string[];
  dirs?: string;
}

/** Measures one scale, with the options' runs, seed and keep. */
export async function measureScale(scale: string, cli: Pick<Cli, 'runs' | 'seed' | 'keep'>): Promise<ScaleResult> {
  const tmp = mkdtempSync(join(tmpdir(), `bench-${scale}-`));
  const content = join(tmp, 'content');
  const out = { ours: join(tmp, 'ours'), bare: join(tmp, 'bare'), clean: join(tmp, 'ours-clean') };
  const bareCache = join(tmp, 'bare-cache');
  // Where scripts/build.ts keeps ours' cache for this content folder (see scripts/bench-run.ts):
  // removed afterwards, so benchmarks do not leave caches behind.
  const oursCache = contentCacheDir(root, content);
  try {
    log(`scale ${scale}: content in ${content}`);
    makeContent(scale, content, cli.seed);
    const contentFiles = walk(content);
    const contentBytes = contentFiles.reduce((n, f) => n + statSync(join(content, f)).size, 0);

    const cold: ScaleResult['cold'] = { ours: [], bare: [] };
    let output: Output | undefined;
    let barePagePaths: string[] = [];
    for (let r = 0; r < cli.runs; r++) {
      for (const kind of r % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const)) {
        log(`scale ${scale}: ${kind}, cold build ${r + 1} of ${cli.runs}…`);
        // A cold build starts with no output either, in case the build reuses what is there.
        rmSync(out[kind], { recursive: true, force: true });
        const run = await build(kind, content, out[kind], kind === 'bare' ? { cache: bareCache } : {});
        cold[kind].push(run);
        log(`  ${run.pages} pages, ${run.seconds} s, ${run.maxRssMB} MB (load ${run.load.toFixed(1)})`);
      }
    }
    output = inspect(out.ours);
    const search = await measureSearch(out.ours);
    barePagePaths = inspect(out.bare).pagePaths;

    const rebuild: ScaleResult['rebuild'] = { ours: [], bare: [] };
    const edits: Edit[] = [];
    for (let r = 0; r < cli.runs; r++) {
      const edit = editBriefing(content, r);
      edits.push(edit);
      for (const kind of r % 2 === 0 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const)) {
        log(`scale ${scale}: ${kind}, rebuild ${r + 1} of ${cli.runs} after editing ${edit.file}…`);
        const run = await build(kind, content, out[kind], kind === 'bare' ? { warm: true, cache: bareCache } : { warm: true });
        rebuild[kind].push(run);
        log(`  ${run.seconds} s, ${run.maxRssMB} MB (load ${run.load.toFixed(1)})`);
      }
    }
    log(`scale ${scale}: ours, clean full build of the edited content, to compare…`);
    rmSync(out.clean, { recursive: true, force: true });
    const clean = await build('ours', content, out.clean);
    log(`  ${clean.seconds} s`);
    const identical = compareTrees(out.ours, out.clean);
    log(`scale ${scale}: rebuild ${identical.differing === 0 ? 'identical to' : `differs from (${identical.differing} files, first ${identical.first})`} the clean build`);
    return { scale, contentFiles: contentFiles.length, contentBytes, cold, rebuild, edits, identical, clean, output, search, barePagePaths, dirs: cli.keep ? tmp : undefined };
  } finally {
    if (!cli.keep) rmSync(tmp, { recursive: true, force: true });
    rmSync(oursCache, { recursive: true, force: true });
  }
}
