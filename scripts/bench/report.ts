// The Markdown report: the goals with their verdicts, growth, and every measure per scale.
import { cpus } from 'node:os';
import { commit, machine } from './machine.ts';
import type { Run } from './measure.ts';
import type { Cli } from './options.ts';
import type { ScaleResult } from './scale.ts';
import { median } from './util.ts';

const KB = 1000;
const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const s2 = (x: number) => x.toFixed(2);
const times = (x: number) => `${x.toFixed(2)}×`;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const mark = (ok: boolean) => (ok ? 'pass' : '**fail**');

/** median (min–max) of a measure over runs. */
function spread(runs: Run[], pick: (r: Run) => number, fmt: (x: number) => string): string {
  const xs = runs.map(pick);
  return xs.length === 1 ? fmt(xs[0]) : `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
}

function derived(r: ScaleResult) {
  const oursCold = median(r.cold.ours.map((x) => x.seconds));
  const bareCold = median(r.cold.bare.map((x) => x.seconds));
  const oursRss = median(r.cold.ours.map((x) => x.maxRssMB));
  const bareRss = median(r.cold.bare.map((x) => x.maxRssMB));
  const oursRebuild = median(r.rebuild.ours.map((x) => x.seconds));
  const bareRebuild = median(r.rebuild.bare.map((x) => x.seconds));
  const o = r.cold.ours.at(-1)!;
  const pages = o.pages;
  const county = r.output.countyPage;
  return {
    pages,
    barePages: r.cold.bare.at(-1)!.pages,
    oursCold,
    bareCold,
    timeRatio: oursCold / bareCold,
    memRatio: oursRss / bareRss,
    oursRebuild,
    bareRebuild,
    rebuildRatio: oursRebuild / bareCold,
    filesPerPage: o.files / pages,
    bytesPerPage: o.bytes / pages,
    countyBytes: county ? county.html + county.css : NaN,
  };
}

export function report(results: ScaleResult[], cli: Pick<Cli, 'runs' | 'seed'>, started: { date: Date; load: number[] }, ended: { load: number[] }, command: string): string {
  const d = results.map(derived);
  const label = (r: ScaleResult, i: number) => `${r.scale === 'example' ? 'example' : `scale ${r.scale}`} (${n0(d[i].pages)} pages)`;
  const L: string[] = [];
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
  L.push('# Benchmark', '');
  L.push(`\`${command}\` (scripts/bench.ts), ${started.date.toISOString().replace(/\.\d+Z$/, 'Z')}, commit ${commit()}.`, '');
  L.push(`- Machine: ${machine()}.`);
  L.push(`- Load average (1, 5, 15 min): ${load(started.load)} at the start, ${load(ended.load)} at the end${Math.max(started.load[0], ended.load[0]) > cpus().length ? ' — more than the cores: other work shared the machine, so times are noisy' : ''}.`);
  L.push(
    '- **ours**: `scripts/build.ts` (validation, model, Astro build, link check, swap). **bare**: `bench/bare`, an Astro build of the same files ' +
      'with the same page count, one plain layout and bodies rendered; no model, charts or links. Each build runs alone in its own process ' +
      '(`scripts/bench-run.ts`); seconds are from the start of the build script to the site in place, peak memory is the process\'s peak RSS.',
  );
  L.push(`- Cold: no cache and no previous output. Rebuild: after editing one sentence of one published briefing, with the previous build's cache and output. ${cli.runs > 1 ? `${cli.runs} runs of each, in alternating order: median (min–max).` : 'One run of each.'}`);
  L.push('- 1 KB = 1,000 bytes; a page is an `index.html`.', '');

  // Goals, per scale; the verdict is the largest scale's.
  L.push('## Goals', '');
  L.push(`| goal | target | ${results.map(label).join(' | ')} |`);
  L.push(`| --- | --- |${results.map(() => ' --- |').join('')}`);
  const row = (goal: string, target: string, cell: (x: ReturnType<typeof derived>, r: ScaleResult) => string) =>
    L.push(`| ${goal} | ${target} | ${results.map((r, i) => cell(d[i], r)).join(' | ')} |`);
  row('full cold build, ours / bare', '≤ 1.5×', (x) => `${times(x.timeRatio)} ${mark(x.timeRatio <= 1.5)}`);
  row('rebuild after editing one briefing, ours rebuild / bare cold build', '≤ 0.5×', (x) => `${times(x.rebuildRatio)} ${mark(x.rebuildRatio <= 0.5)}`);
  row('rebuilt output byte-identical to a clean full build', 'yes', (_, r) => (r.identical.differing === 0 ? 'yes pass' : `no **fail**: ${r.identical.differing} files differ, first \`${r.identical.first}\``));
  row('peak memory, ours / bare', '≤ 1.25×', (x) => `${times(x.memRatio)} ${mark(x.memRatio <= 1.25)}`);
  row('output files per page', '≤ 2', (x) => `${x.filesPerPage.toFixed(2)} ${mark(x.filesPerPage <= 2)}`);
  row('output bytes per page (average)', '≤ 25 KB', (x) => `${kb(x.bytesPerPage)} ${mark(x.bytesPerPage <= 25 * KB)}`);
  row("a county page's HTML+CSS (the largest county page)", '≤ 60 KB', (x) => `${kb(x.countyBytes)} ${mark(x.countyBytes <= 60 * KB)}`);
  row('required JavaScript: pages with a script besides /search/ (where the search runs in the browser)', 'none', (_, r) => {
    // The search page of either edition runs the search in the browser.
    const others = r.output.scriptPages.filter((p) => !/^(zh-hant\/)?search\/index\.html$/.test(p));
    return others.length === 0 ? `0 pages pass (search: ${n0(r.output.jsBytes)} bytes)` : `${others.length} pages **fail**: first \`${others[0]}\``;
  });
  row('one search query downloads, search page and code included (the largest of the queries below)', '≤ 300 KB', (_, r) => {
    const q = r.search?.queries ?? [];
    if (!q.length) return 'no search page **fail**';
    const most = q.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    return `${kb(most.bytes)} (${most.query}) ${mark(most.bytes <= 300 * KB)}`;
  });
  row('time the search index adds: building it and rendering its files, / our cold build', '≤ 15%', (x, r) => {
    const s = r.cold.ours.map((q) => q.search).filter((v): v is NonNullable<Run['search']> => !!v);
    if (!s.length) return 'not logged **fail**';
    const added = median(s.map((v) => v.indexSeconds + v.routeSeconds));
    const share = added / x.oursCold;
    return `${s2(added)} s = ${(share * 100).toFixed(1)}%${s.every((v) => v.routeSeconds === 0) ? ' (index only: route times not logged)' : ''} ${mark(share <= 0.15)}`;
  });
  row('same page count as bare', 'equal', (x) => (x.pages === x.barePages ? `${n0(x.pages)} = ${n0(x.barePages)} pass` : `${n0(x.pages)} ≠ ${n0(x.barePages)} **fail**`));
  L.push('');
  const sized = results.map((r, i) => ({ r, x: d[i] })).filter(({ r }) => r.scale !== 'example');
  if (sized.length >= 2) {
    const small = sized.reduce((a, b) => (b.x.pages < a.x.pages ? b : a));
    const large = sized.reduce((a, b) => (b.x.pages > a.x.pages ? b : a));
    const content = large.x.pages / small.x.pages;
    const time = large.x.oursCold / small.x.oursCold;
    const bare = large.x.bareCold / small.x.bareCold;
    L.push(
      `Growth (goal: 8× the content in ≤ 8.8× the time, i.e. time ratio ≤ 1.1 × content ratio): from ${n0(small.x.pages)} to ${n0(large.x.pages)} pages ` +
        `(${times(content)} the content), ours took ${times(time)} the time (${(time / content).toFixed(2)} of the content ratio): ${mark(time <= 1.1 * content)}; ` +
        `bare took ${times(bare)} (${(bare / content).toFixed(2)}).`,
      '',
    );
  } else L.push('Growth: not measured (it needs two generated scales, e.g. `--scales 0.125,0.25,1`).', '');

  // Every measure, per scale.
  results.forEach((r, i) => {
    const x = d[i];
    const { ours, bare } = r.cold;
    const c = r.output.countyPage;
    L.push(`## ${label(r, i)}`, '');
    L.push(`Content: ${n0(r.contentFiles)} files, ${mb(r.contentBytes)}${r.scale === 'example' ? ' (a copy of content/)' : ` (scripts/generate.ts --scale ${r.scale} --seed ${cli.seed})`}.`, '');
    L.push('| measure | ours | bare | ours / bare |', '| --- | --- | --- | --- |');
    L.push(`| pages | ${n0(x.pages)} | ${n0(x.barePages)} | ${x.pages === x.barePages ? 'equal' : `**${x.pages > x.barePages ? '+' : ''}${n0(x.pages - x.barePages)}**`} |`);
    L.push(`| cold build, seconds | ${spread(ours, (q) => q.seconds, s2)} | ${spread(bare, (q) => q.seconds, s2)} | ${times(x.timeRatio)} |`);
    L.push(`| pages per second | ${(x.pages / x.oursCold).toFixed(1)} | ${(x.barePages / x.bareCold).toFixed(1)} | |`);
    L.push(`| peak memory, MB | ${spread(ours, (q) => q.maxRssMB, n0)} | ${spread(bare, (q) => q.maxRssMB, n0)} | ${times(x.memRatio)} |`);
    L.push(`| output files | ${n0(ours.at(-1)!.files)} (${x.filesPerPage.toFixed(2)} per page) | ${n0(bare.at(-1)!.files)} (${(bare.at(-1)!.files / x.barePages).toFixed(2)} per page) | |`);
    L.push(`| output bytes | ${mb(ours.at(-1)!.bytes)} (${kb(x.bytesPerPage)} per page) | ${mb(bare.at(-1)!.bytes)} (${kb(bare.at(-1)!.bytes / x.barePages)} per page) | |`);
    L.push(`| rebuild after one edit, seconds | ${spread(r.rebuild.ours, (q) => q.seconds, s2)} | ${spread(r.rebuild.bare, (q) => q.seconds, s2)} | ${times(x.oursRebuild / x.bareRebuild)} |`);
    L.push(`| rebuild / own cold build | ${times(x.oursRebuild / x.oursCold)} | ${times(x.bareRebuild / x.bareCold)} | |`);
    L.push(`| rebuild, ours / bare cold build (the goal) | ${times(x.rebuildRatio)} | | |`);
    const editions = (runs: Run[]) => runs.map((q) => q.edition).filter((v): v is NonNullable<Run['edition']> => !!v);
    const [cold, rebuilt] = [editions(ours), editions(r.rebuild.ours)];
    if (cold.length) {
      const added = median(cold.map((v) => v.seconds));
      const after = rebuilt.length ? `; after one edit ${s2(median(rebuilt.map((v) => v.seconds)))} s: ${n0(rebuilt[0].converted)} converted, ${n0(rebuilt[0].reused)} reused` : '';
      L.push(`| Traditional edition (converting pages and feeds, its search index), seconds | ${s2(added)} = ${((added / x.oursCold) * 100).toFixed(1)}% of the cold build, ${n0(cold[0].converted)} files${after} | | |`);
    }
    const reusedText = (runs: Run[]) => runs.map((q) => (!q.reused ? '?' : q.reused.pages ? `${n0(q.reused.pages)} of ${n0(q.reused.keyed)}` : '0')).join(', ');
    L.push(`| pages reused from the cache (as the build reports them), cold; rebuild | ${reusedText(ours)}; ${reusedText(r.rebuild.ours)} | | |`);
    L.push(`| rebuild, peak memory, MB | ${spread(r.rebuild.ours, (q) => q.maxRssMB, n0)} | ${spread(r.rebuild.bare, (q) => q.maxRssMB, n0)} | |`);
    const cleanNote = `clean build ${s2(r.clean.seconds)} s${r.clean.reused?.pages ? `, **but it reused ${n0(r.clean.reused.pages)} pages**` : ''}`;
    L.push(`| rebuilt output identical to a clean full build | ${r.identical.differing === 0 ? 'yes' : `no: ${r.identical.differing} files differ, first \`${r.identical.first}\``} (${cleanNote}) | | |`);
    L.push(c ? `| county page HTML+CSS | ${kb(c.html + c.css)}: \`${c.path}\` ${kb(c.html)} + CSS ${kb(c.css)} (${c.cssFiles.map((f) => `\`${f}\``).join(', ') || 'none linked'}) | | |` : '| county page HTML+CSS | no county page | | |');
    L.push(`| pages with JavaScript (script element or on* attribute) | ${n0(r.output.scriptPages.length)}${r.output.scriptPages.length ? ` (first \`${r.output.scriptPages[0]}\`)` : ''} | | |`);
    L.push(`| JavaScript files, bytes (with inline scripts) | ${n0(r.output.jsFiles)}, ${n0(r.output.jsBytes)} | | |`);
    if (r.search) {
      const sr = r.search;
      L.push(`| search index: files, bytes (gzipped) | ${n0(sr.files)}, ${mb(sr.bytes)} | | |`);
      L.push(`| search page, its CSS and script (loaded by every query) | ${kb(sr.pageBytes)} | | |`);
      L.push(`| one query's download, page and code included, then the first ${20} results | ${sr.queries.map((q) => `${q.query} ${kb(q.bytes)} (${n0(q.results)} results)`).join('; ')} | | |`);
    }
    const loads = (runs: Run[]) => runs.map((q) => `${q.load.toFixed(1)}${q.waited ? ' (waited for another build: the time includes the wait)' : ''}`).join(', ');
    L.push(`| load average (1 min) at each build's start, cold then rebuild | ${loads([...ours, ...r.rebuild.ours])} | ${loads([...bare, ...r.rebuild.bare])} | |`);
    L.push('');
    if (x.pages !== x.barePages) {
      const b = new Set(r.barePagePaths);
      const o = new Set(r.output.pagePaths);
      const onlyOurs = r.output.pagePaths.filter((p) => !b.has(p));
      const onlyBare = r.barePagePaths.filter((p) => !o.has(p));
      const few = (xs: string[]) => xs.slice(0, 5).map((p) => `\`${p}\``).join(', ') + (xs.length > 5 ? ', …' : '');
      L.push(`Pages only in ours: ${onlyOurs.length}${onlyOurs.length ? ` (${few(onlyOurs)})` : ''}; only in bare: ${onlyBare.length}${onlyBare.length ? ` (${few(onlyBare)})` : ''}.`, '');
    }
    L.push(`Edited: ${r.edits.map((e) => `\`${e.file}\` (“${e.before}” → “${e.after}”)`).join('; ')}.`, '');
    if (r.dirs) L.push(`Kept: \`${r.dirs}\`.`, '');
  });
  return L.join('\n');
}
