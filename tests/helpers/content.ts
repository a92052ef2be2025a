/** Writes a small content folder for a test and loads it the way a build does. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { tempDir } from './scratch.ts';
import { loadContentDir, type LoadedSite } from '../../src/model/index.ts';

export const BASE_FILES: Record<string, string> = {
  'metrics.yaml': 'gdp: { name: 地区生产总值, unit: 亿元 }\nindustrial_output: { name: 工业总产值, unit: 亿元 }\nland: { name: 土地征迁, unit: 亩 }\nshare: { name: 工业增加值占比, unit: "%" }\n',
  'regions/hubei.md': '---\nname: 湖北省\ntype: 省\nadcode: "420000"\n---\n',
  'regions/yichang.md': '---\nname: 宜昌市\ntype: 地级市\nparent: hubei\n---\n',
  'regions/dangzhisongyi.md': '---\nname: 当枝松宜集聚区\ntype: 集聚区\nmembers: [zhijiang, yidu]\n---\n',
  'counties/zhijiang.md': '---\nname: 枝江市\naliases: [枝江]\ntype: 县级市\nregion: yichang\nadcode: "420583"\nindustries: [new-energy-batteries]\nmetrics:\n  gdp: { 2021: 740.1 }\nrankings:\n  county-top100: { 2021: 98 }\ntargets:\n  - { ranking: county-top100, rank: 80, year: 2025, label: 进位八十强 }\n  - { metric: gdp, value: "1000亿元", year: 2025 }\n---\n枝江突破性发展新能源。\n',
  'counties/yidu.md': '---\nname: 宜都市\naliases: [宜都]\ntype: 县级市\nregion: yichang\n---\n',
  'parks/yaojiagang.md': '---\nname: 姚家港化工园\ntype: 化工园区\nlevel: 省级\nlocation: zhijiang\nindustries: [chemicals]\n---\n',
  'industries/new-energy.md': '---\nname: 新能源\n---\n',
  'industries/new-energy-batteries.md': '---\nname: 新能源电池\nparent: new-energy\n---\n',
  'industries/chemicals.md': '---\nname: 化工\n---\n',
  'rankings/county-top100.md': '---\nname: 全国县域经济百强\nscope: counties\nsize: 100\n---\n',
  'rankings/park-top100.md': '---\nname: 省级百强园区\nscope: parks\n---\n',
  'briefings/lianghui.md': '---\ntitle: 当枝松宜合力打造集聚区\ndate: 2022-01-21\nsubjects: [zhijiang, dangzhisongyi]\nindustries: [new-energy]\nsource: { name: 湖北日报 }\ndata:\n  zhijiang:\n    metrics:\n      gdp: { 2022: "800亿元" }\n    projects:\n      - { name: 天赐新能源, investment: "50亿元", status: 在建, year: 2022, industries: [new-energy-batteries] }\n---\n宜都与枝江、当阳、松滋合力打造集聚区。\n',
};

export function writeContent(files: Record<string, string | null>, base: Record<string, string> = BASE_FILES): string {
  const dir = tempDir('content-');
  const all = { ...base, ...files };
  for (const [path, text] of Object.entries(all)) {
    if (text === null) continue;
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return dir;
}

/** Loads content made of the base files with some replaced (null removes a file). */
export function load(files: Record<string, string | null> = {}, base: Record<string, string> = BASE_FILES): LoadedSite & { dir: string } {
  const dir = writeContent(files, base);
  return { ...loadContentDir(dir), dir };
}

/** The errors of content made of the base files with some replaced, file paths relative to the folder. */
export function errorsOf(files: Record<string, string | null>) {
  return load(files).errors.map((e) => ({ ...e, file: e.file.replace(/^.*?content-[^/]+\//, '') }));
}

/** Asserts an error names `file` and `field`, and its message and hint contain each of `words`. */
export function expectError(files: Record<string, string | null>, file: string, field: string, ...words: string[]) {
  const errors = errorsOf(files);
  const match = errors.find((e) => e.file === file && e.field === field);
  expect(match, `no error for ${file} ${field}; got ${JSON.stringify(errors, null, 1)}`).toBeDefined();
  const text = `${match!.message} ${match!.hint ?? ''}`;
  for (const w of words) expect(text).toContain(w);
}

/** The errors of a loaded site as file (relative to the folder), field, and message and hint as one text. */
export function errorTextsOf(site: LoadedSite) {
  return site.errors.map((e) => ({ file: e.file.replace(/^.*?content-[^/]+\//, ''), field: e.field, text: `${e.message} ${e.hint ?? ''}` }));
}
