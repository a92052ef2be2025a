/**
 * The editor mistakes suite: each case is a small content folder with one
 * mistake. `npm run check` (and so the build, which runs the same check
 * first) must exit 1 with a message naming the file and the field, and
 * never print a stack trace. Valid oddities must pass.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BASE_FILES, writeContent } from '../helpers/content.ts';

const root = resolve(import.meta.dirname, '../..');
const Z = BASE_FILES['counties/zhijiang.md'];
const B = BASE_FILES['briefings/lianghui.md'];
const P = BASE_FILES['parks/yaojiagang.md'];

interface Case {
  name: string;
  files: Record<string, string | null>;
  /** The file (relative to content/) and the field the message must name. */
  file: string;
  field: string;
  /** Extra write, for bytes that are not UTF-8 text. */
  raw?: (dir: string) => void;
}

const cases: Case[] = [
  { name: 'malformed YAML (unclosed list)', files: { 'counties/yidu.md': '---\nname: 宜都市\ntype: [县级市\nregion: yichang\n---\n' }, file: 'counties/yidu.md', field: 'YAML' },
  { name: 'malformed YAML (bad indentation)', files: { 'counties/yidu.md': '---\nname: 宜都市\n  type: 县级市\nregion: yichang\n---\n' }, file: 'counties/yidu.md', field: 'YAML' },
  { name: 'a key written twice', files: { 'counties/yidu.md': '---\nname: 宜都市\nname: 宜都\ntype: 县级市\nregion: yichang\n---\n' }, file: 'counties/yidu.md', field: 'YAML' },
  { name: 'missing required region', files: { 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\n---\n' }, file: 'counties/yidu.md', field: 'region' },
  { name: 'missing name', files: { 'counties/yidu.md': '---\ntype: 县级市\nregion: yichang\n---\n' }, file: 'counties/yidu.md', field: 'name' },
  { name: 'briefing without title', files: { 'briefings/lianghui.md': B.replace('title: 当枝松宜合力打造集聚区\n', '') }, file: 'briefings/lianghui.md', field: 'title' },
  { name: 'briefing without date', files: { 'briefings/lianghui.md': B.replace('date: 2022-01-21\n', '') }, file: 'briefings/lianghui.md', field: 'date' },
  { name: 'briefing with no subjects', files: { 'briefings/lianghui.md': '---\ntitle: 空\ndate: 2022-01-21\nsubjects: []\n---\n' }, file: 'briefings/lianghui.md', field: 'subjects' },
  { name: 'a number written in words', files: { 'rankings/county-top100.md': '---\nname: 百强\nscope: counties\nsize: 一百\n---\n' }, file: 'rankings/county-top100.md', field: 'size' },
  { name: 'aliases as text instead of a list', files: { 'counties/yidu.md': '---\nname: 宜都市\naliases: 宜都\ntype: 县级市\nregion: yichang\n---\n' }, file: 'counties/yidu.md', field: 'aliases' },
  { name: 'unknown region slug', files: { 'counties/zhijiang.md': Z.replace('region: yichang', 'region: yichan') }, file: 'counties/zhijiang.md', field: 'region' },
  { name: 'region naming a county', files: { 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\nregion: zhijiang\n---\n' }, file: 'counties/yidu.md', field: 'region' },
  { name: 'unknown park location', files: { 'parks/yaojiagang.md': P.replace('location: zhijiang', 'location: zhijang') }, file: 'parks/yaojiagang.md', field: 'location' },
  { name: 'unknown parent region', files: { 'regions/yichang.md': '---\nname: 宜昌市\ntype: 地级市\nparent: hubie\n---\n' }, file: 'regions/yichang.md', field: 'parent' },
  { name: 'unknown grouping member', files: { 'regions/dangzhisongyi.md': '---\nname: 当枝松宜\ntype: 集聚区\nmembers: [zhijiang, yiduu]\n---\n' }, file: 'regions/dangzhisongyi.md', field: 'members[1]' },
  { name: 'unknown industry slug', files: { 'counties/zhijiang.md': Z.replace('[new-energy-batteries]', '[new-energy-battery]') }, file: 'counties/zhijiang.md', field: 'industries[0]' },
  { name: 'unknown industry parent', files: { 'industries/new-energy-batteries.md': '---\nname: 新能源电池\nparent: new-enrgy\n---\n' }, file: 'industries/new-energy-batteries.md', field: 'parent' },
  { name: 'unknown ranking in a data block', files: { 'counties/zhijiang.md': Z.replace('county-top100: { 2021: 98 }', 'county-top10: { 2021: 98 }') }, file: 'counties/zhijiang.md', field: 'rankings.county-top10' },
  { name: 'unknown ranking in a target', files: { 'counties/zhijiang.md': Z.replace('{ ranking: county-top100, rank: 80', '{ ranking: county-top', ) }, file: 'counties/zhijiang.md', field: 'targets[0].ranking' },
  { name: 'unknown metric', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gpd: { 2021: 740.1 }') }, file: 'counties/zhijiang.md', field: 'metrics.gpd' },
  { name: 'unknown briefing subject', files: { 'briefings/lianghui.md': B.replace('subjects: [zhijiang, dangzhisongyi]', 'subjects: [zhijiag, dangzhisongyi]') }, file: 'briefings/lianghui.md', field: 'subjects[0]' },
  { name: 'data for a place not in subjects', files: { 'briefings/lianghui.md': B.replace('subjects: [zhijiang, dangzhisongyi]', 'subjects: [dangzhisongyi]') }, file: 'briefings/lianghui.md', field: 'data.zhijiang' },
  { name: 'duplicate slug across places', files: { 'parks/zhijiang.md': '---\nname: 枝江园\ntype: 工业园区\nlevel: 县级\nlocation: yidu\n---\n' }, file: 'parks/zhijiang.md', field: '文件名' },
  { name: 'duplicate adcode', files: { 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\nregion: yichang\nadcode: "420583"\n---\n' }, file: 'counties/zhijiang.md', field: 'adcode' },
  { name: 'adcode with five digits', files: { 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\nregion: yichang\nadcode: "42058"\n---\n' }, file: 'counties/yidu.md', field: 'adcode' },
  { name: 'a unit that cannot convert', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "740亩" }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.2021' },
  { name: 'a unit that does not exist', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "740亿美元" }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.2021' },
  { name: 'a value that is no number', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: 约七百亿 }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.2021' },
  { name: 'an impossible date', files: { 'briefings/lianghui.md': B.replace('date: 2022-01-21', 'date: 2022-02-30') }, file: 'briefings/lianghui.md', field: 'date' },
  { name: 'a date written in words', files: { 'briefings/lianghui.md': B.replace('date: 2022-01-21', 'date: 2022年1月21日') }, file: 'briefings/lianghui.md', field: 'date' },
  { name: 'a quarter that does not exist', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021Q5: 740.1 }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.2021Q5' },
  { name: 'a year out of range', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 20211: 740.1 }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.20211' },
  { name: 'a rank of 0', files: { 'counties/zhijiang.md': Z.replace('county-top100: { 2021: 98 }', 'county-top100: { 2021: 0 }') }, file: 'counties/zhijiang.md', field: 'rankings.county-top100.2021' },
  { name: 'a fractional rank', files: { 'counties/zhijiang.md': Z.replace('county-top100: { 2021: 98 }', 'county-top100: { 2021: 97.5 }') }, file: 'counties/zhijiang.md', field: 'rankings.county-top100.2021' },
  { name: 'a rank beyond the list size', files: { 'counties/zhijiang.md': Z.replace('county-top100: { 2021: 98 }', 'county-top100: { 2021: 120 }') }, file: 'counties/zhijiang.md', field: 'rankings.county-top100.2021' },
  { name: 'a ranking whose scope excludes the place', files: { 'counties/zhijiang.md': Z.replace('county-top100: { 2021: 98 }', 'park-top100: { 2021: 9 }') }, file: 'counties/zhijiang.md', field: 'rankings.park-top100' },
  { name: 'a file name that is not a slug', files: { 'counties/Yi_Du.md': BASE_FILES['counties/yidu.md'], 'counties/yidu.md': null }, file: 'counties/Yi_Du.md', field: '文件名' },
  { name: 'an empty file', files: { 'counties/yidu.md': '' }, file: 'counties/yidu.md', field: '空' },
  { name: 'a file without frontmatter', files: { 'counties/yidu.md': '宜都市是县级市。\n' }, file: 'counties/yidu.md', field: 'frontmatter' },
  { name: 'a 5 MB briefing', files: { 'briefings/huge.md': `---\ntitle: 超长\ndate: 2022-01-21\nsubjects: [zhijiang]\n---\n${'县域经济。'.repeat(350_000)}` }, file: 'briefings/huge.md', field: 'MB' },
  { name: 'a file saved as GBK', files: {}, raw: (dir) => writeFileSync(join(dir, 'counties/yidu.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xd2, 0xcb, 0xb6, 0xbc, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a])), file: 'counties/yidu.md', field: 'UTF-8' },
  { name: 'a park level that is not allowed', files: { 'parks/yaojiagang.md': P.replace('level: 省级', 'level: 省属') }, file: 'parks/yaojiagang.md', field: 'level' },
  { name: 'a project status that is not allowed', files: { 'briefings/lianghui.md': B.replace('status: 在建', 'status: 建设中') }, file: 'briefings/lianghui.md', field: 'data.zhijiang.projects[0].status' },
  { name: 'a project investment in a wrong unit', files: { 'briefings/lianghui.md': B.replace('investment: "50亿元"', 'investment: "50亩"') }, file: 'briefings/lianghui.md', field: 'data.zhijiang.projects[0].investment' },
  { name: 'a target with neither metric nor ranking', files: { 'counties/zhijiang.md': Z.replace('- { metric: gdp, value: "1000亿元", year: 2025 }', '- { value: 1000, year: 2025 }') }, file: 'counties/zhijiang.md', field: 'targets[1]' },
  { name: 'a metric target without a value', files: { 'counties/zhijiang.md': Z.replace('- { metric: gdp, value: "1000亿元", year: 2025 }', '- { metric: gdp, year: 2025 }') }, file: 'counties/zhijiang.md', field: 'targets[1].value' },
  { name: 'a loop in the hierarchy', files: { 'regions/hubei.md': '---\nname: 湖北省\ntype: 省\nparent: yichang\n---\n' }, file: 'regions/hubei.md', field: 'parent' },
  { name: 'a metric with an unknown unit', files: { 'metrics.yaml': 'gdp: { name: 地区生产总值, unit: 亿美元 }\nindustrial_output: { name: 工业总产值, unit: 亿元 }\nland: { name: 土地征迁, unit: 亩 }\nshare: { name: 工业增加值占比, unit: "%" }\n' }, file: 'metrics.yaml', field: 'gdp.unit' },
  { name: 'malformed metrics.yaml', files: { 'metrics.yaml': 'gdp: { name: 地区生产总值, unit: 亿元\n' }, file: 'metrics.yaml', field: 'YAML' },
  { name: 'a source URL that is not http', files: { 'briefings/lianghui.md': B.replace('source: { name: 湖北日报 }', 'source: { name: 湖北日报, url: "javascript:alert(1)" }') }, file: 'briefings/lianghui.md', field: 'source.url' },
  { name: 'draft written as text', files: { 'briefings/lianghui.md': B.replace('date: 2022-01-21', 'date: 2022-01-21\ndraft: 是') }, file: 'briefings/lianghui.md', field: 'draft' },
  { name: 'an MDX chart with an unknown place', files: { 'briefings/charts.mdx': '---\ntitle: 图\ndate: 2022-01-21\nsubjects: [zhijiang]\n---\n<RankChart places={["zhijang"]} />\n' }, file: 'briefings/charts.mdx', field: '<RankChart> places' },
  { name: 'an MDX chart with a prop it does not have', files: { 'briefings/charts.mdx': '---\ntitle: 图\ndate: 2022-01-21\nsubjects: [zhijiang]\n---\n<RankChart places={["zhijiang"]} color="red" />\n' }, file: 'briefings/charts.mdx', field: '<RankChart> color' },
  { name: 'an MDX chart with an unknown metric', files: { 'briefings/charts.mdx': '---\ntitle: 图\ndate: 2022-01-21\nsubjects: [zhijiang]\n---\n<IndicatorChart places={["zhijiang"]} metric="gpd" />\n' }, file: 'briefings/charts.mdx', field: '<IndicatorChart> metric' },
  { name: 'an MDX briefing with an unclosed brace', files: { 'briefings/charts.mdx': '---\ntitle: 图\ndate: 2022-01-21\nsubjects: [zhijiang]\n---\n目标{未闭合。\n' }, file: 'briefings/charts.mdx', field: '正文 body（第 6 行' },
  { name: 'an MDX briefing with an unclosed tag', files: { 'briefings/charts.mdx': '---\ntitle: 图\ndate: 2022-01-21\nsubjects: [zhijiang]\n---\n<div>没有闭合\n' }, file: 'briefings/charts.mdx', field: '正文 body' },
  // Content format 1.1
  { name: 'a range in a metric value', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "700-800亿元" }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.2021' },
  { name: 'two qualifiers on one value', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "约740亿元以上" }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.2021' },
  { name: 'a misspelt note in the long form', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: { value: 740.1, nte: 推定 } }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.2021' },
  { name: 'a rank change in words', files: { 'counties/zhijiang.md': Z.replace('rankings:\n', 'rank_changes:\n  county-top100: { 2022: 上升3位 }\nrankings:\n') }, file: 'counties/zhijiang.md', field: 'rank_changes.county-top100.2022' },
  { name: 'a rank change in an unknown ranking', files: { 'counties/zhijiang.md': Z.replace('rankings:\n', 'rank_changes:\n  county-top10: { 2022: 3 }\nrankings:\n') }, file: 'counties/zhijiang.md', field: 'rank_changes.county-top10' },
  { name: 'a park whose parent is its own sub-park', files: { 'parks/yaojiagang.md': P.replace('location: zhijiang', 'location: zhijiang\nparent: yaojiagang-east'), 'parks/yaojiagang-east.md': P.replace('name: 姚家港化工园', 'name: 姚家港东区').replace('location: zhijiang', 'location: zhijiang\nparent: yaojiagang') }, file: 'parks/yaojiagang-east.md', field: 'parent' },
  { name: 'a park parent that is a county', files: { 'parks/yaojiagang.md': P.replace('location: zhijiang', 'location: zhijiang\nparent: zhijiang') }, file: 'parks/yaojiagang.md', field: 'parent' },
  { name: 'a target about an unknown industry', files: { 'counties/zhijiang.md': Z.replace('- { metric: gdp, value: "1000亿元", year: 2025 }', '- { metric: gdp, value: "1000亿元", industry: chemical }') }, file: 'counties/zhijiang.md', field: 'targets[1].industry' },
];

function check(dir: string) {
  return spawnSync(process.execPath, ['scripts/check.ts', dir], { cwd: root, encoding: 'utf8' });
}

describe('editor mistakes fail with file and field, never a stack trace', () => {
  it('has at least 30 distinct cases', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('$name', (c) => {
    const dir = writeContent(c.files);
    c.raw?.(dir);
    const r = check(dir);
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(1);
    const block = out.split('\n');
    const at = block.findIndex((l) => l.endsWith(c.file));
    expect(at, `no message names ${c.file}:\n${out}`).toBeGreaterThanOrEqual(0);
    // The field (or the kind of whole-file problem) is named under that file's heading.
    const section = block.slice(at + 1, block.findIndex((l, i) => i > at && l !== '' && !l.startsWith(' ')) >>> 0).join('\n');
    expect(section, out).toContain(c.field);
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(out).not.toContain('内部错误');
  });
});

describe('valid oddities are accepted', () => {
  it('figures written as reporters write them pass the check (format 1.1)', () => {
    const z = Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "约740亿", 2020: { value: "超700亿元", note: 年份据发布日期推定 } }\n  land: { 2022: "4310多亩" }')
      .replace('- { metric: gdp, value: "1000亿元", year: 2025 }', '- { metric: gdp, value: "1000-1200亿元", note: 原文为区间 }');
    const r = check(writeContent({ 'counties/zhijiang.md': z, 'parks/yaojiagang.md': P.replace('level: 省级\n', '') }));
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('CRLF, a BOM, trailing spaces and full-width digits pass the check', () => {
    const odd = `\uFEFF${Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "７４０.１亿元" }').replace('type: 县级市', 'type: 县级市   ')}`.replaceAll('\n', '\r\n');
    const r = check(writeContent({ 'counties/zhijiang.md': odd }));
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
});
