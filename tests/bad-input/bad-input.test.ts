/**
 * The editor mistakes suite: each case is a small content folder with one
 * mistake. `npm run check` (and so the build, which runs the same check
 * first) must exit 1 and print exactly the expected report: every message
 * with its file, field, what was found and how to fix it, and never a stack
 * trace. Valid oddities must pass.
 *
 * Most cases run in-process (`loadContentDir` + `formatDiagnostics`, which
 * is what scripts/check.ts prints); the cases marked `cli` also run the real
 * command. The temporary content folder is shown as `content/`.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadContentDir } from '../../src/model/index.ts';
import { formatDiagnostics } from '../../src/model/diagnostics.ts';
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
  /** The whole report, line by line, with the content folder shown as `content/`. */
  expected: string[];
  /** Also run the real `node scripts/check.ts`. */
  cli?: true;
  /** Extra write, for bytes that are not UTF-8 text. */
  raw?: (dir: string) => void;
}

const cases: Case[] = [
  { name: 'malformed YAML (unclosed list)', cli: true, files: { 'counties/yidu.md': '---\nname: 宜都市\ntype: [县级市\nregion: yichang\n---\n' }, file: 'counties/yidu.md', field: 'YAML',
    expected: [
      'content/counties/yidu.md',
      '  错误 error · YAML 格式错误（第 5 行）malformed YAML at line 5: Flow sequence in block collection must be sufficiently indented and end with a ]',
      '    → 检查冒号、缩进和引号；含冒号的文字要加引号 check colons, indentation and quotes',
      'content/regions/dangzhisongyi.md',
      '  错误 error · 第4行 line 4 · members[1]: 找不到成员地点“yidu” unknown place slug',
      '    → 新建 content/counties/yidu.md，或改成已有的 slug create content/counties/yidu.md or use an existing slug',
      '',
      '2 error(s), 0 warning(s).',
    ] },
  { name: 'malformed YAML (bad indentation)', files: { 'counties/yidu.md': '---\nname: 宜都市\n  type: 县级市\nregion: yichang\n---\n' }, file: 'counties/yidu.md', field: 'YAML',
    expected: [
      'content/counties/yidu.md',
      '  错误 error · YAML 格式错误（第 3 行）malformed YAML at line 3: Nested mappings are not allowed in compact mappings',
      '    → 检查冒号、缩进和引号；含冒号的文字要加引号 check colons, indentation and quotes',
      'content/regions/dangzhisongyi.md',
      '  错误 error · 第4行 line 4 · members[1]: 找不到成员地点“yidu” unknown place slug',
      '    → 新建 content/counties/yidu.md，或改成已有的 slug create content/counties/yidu.md or use an existing slug',
      '',
      '2 error(s), 0 warning(s).',
    ] },
  { name: 'a key written twice', files: { 'counties/yidu.md': '---\nname: 宜都市\nname: 宜都\ntype: 县级市\nregion: yichang\n---\n' }, file: 'counties/yidu.md', field: 'YAML',
    expected: [
      'content/counties/yidu.md',
      '  错误 error · YAML 格式错误（第 4 行）malformed YAML at line 4: Map keys must be unique',
      '    → 检查冒号、缩进和引号；含冒号的文字要加引号 check colons, indentation and quotes',
      'content/regions/dangzhisongyi.md',
      '  错误 error · 第4行 line 4 · members[1]: 找不到成员地点“yidu” unknown place slug',
      '    → 新建 content/counties/yidu.md，或改成已有的 slug create content/counties/yidu.md or use an existing slug',
      '',
      '2 error(s), 0 warning(s).',
    ] },
  { name: 'missing required region', files: { 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\n---\n' }, file: 'counties/yidu.md', field: 'region',
    expected: [
      'content/counties/yidu.md',
      '  错误 error · region: 缺少必填字段 this field is required',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'missing name', files: { 'counties/yidu.md': '---\ntype: 县级市\nregion: yichang\n---\n' }, file: 'counties/yidu.md', field: 'name',
    expected: [
      'content/counties/yidu.md',
      '  错误 error · name: 缺少必填字段 this field is required',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'briefing without title', files: { 'briefings/lianghui.md': B.replace('title: 当枝松宜合力打造集聚区\n', '') }, file: 'briefings/lianghui.md', field: 'title',
    expected: [
      'content/briefings/lianghui.md',
      '  错误 error · title: 缺少必填字段 this field is required',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'briefing without date', files: { 'briefings/lianghui.md': B.replace('date: 2022-01-21\n', '') }, file: 'briefings/lianghui.md', field: 'date',
    expected: [
      'content/briefings/lianghui.md',
      '  错误 error · date: 缺少必填字段 this field is required',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'briefing with no subjects', files: { 'briefings/lianghui.md': '---\ntitle: 空\ndate: 2022-01-21\nsubjects: []\n---\n' }, file: 'briefings/lianghui.md', field: 'subjects',
    expected: [
      'content/briefings/lianghui.md',
      '  错误 error · 第4行 line 4 · subjects: 至少要有一个主题地点 needs at least one place slug（现为 found []）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a number written in words', files: { 'rankings/county-top100.md': '---\nname: 百强\nscope: counties\nsize: 一百\n---\n' }, file: 'rankings/county-top100.md', field: 'size',
    expected: [
      'content/rankings/county-top100.md',
      '  错误 error · 第4行 line 4 · size: 榜单规模必须是正整数，如 100 size must be a whole number ≥ 1 (places on the list)（现为 found "一百"）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'aliases as text instead of a list', files: { 'counties/yidu.md': '---\nname: 宜都市\naliases: 宜都\ntype: 县级市\nregion: yichang\n---\n' }, file: 'counties/yidu.md', field: 'aliases',
    expected: [
      'content/counties/yidu.md',
      '  错误 error · 第3行 line 3 · aliases: 必须是名称列表，如 [枝江] must be a list of names（现为 found "宜都"）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'unknown region slug', cli: true, files: { 'counties/zhijiang.md': Z.replace('region: yichang', 'region: yichan') }, file: 'counties/zhijiang.md', field: 'region',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第5行 line 5 · region: 找不到区域“yichan” unknown region slug',
      '    → 是不是 did you mean “yichang”？（content/regions/yichang.md）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'region naming a county', files: { 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\nregion: zhijiang\n---\n' }, file: 'counties/yidu.md', field: 'region',
    expected: [
      'content/counties/yidu.md',
      '  错误 error · 第4行 line 4 · region: “zhijiang”是县（市、区），不是上一级行政区 must name the prefecture or province above it',
      '    → 组团关系写在组团文件的 members 中 list groupings in the grouping file\'s members',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'unknown park location', files: { 'parks/yaojiagang.md': P.replace('location: zhijiang', 'location: zhijang') }, file: 'parks/yaojiagang.md', field: 'location',
    expected: [
      'content/parks/yaojiagang.md',
      '  错误 error · 第5行 line 5 · location: 找不到所在地“zhijang” unknown place slug',
      '    → 是不是 did you mean “zhijiang”？（content/counties/zhijiang.md）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'unknown parent region', files: { 'regions/yichang.md': '---\nname: 宜昌市\ntype: 地级市\nparent: hubie\n---\n' }, file: 'regions/yichang.md', field: 'parent',
    expected: [
      'content/regions/yichang.md',
      '  错误 error · 第4行 line 4 · parent: 找不到上级区域“hubie” unknown region slug',
      '    → 是不是 did you mean “hubei”？（content/regions/hubei.md）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'unknown grouping member', files: { 'regions/dangzhisongyi.md': '---\nname: 当枝松宜\ntype: 集聚区\nmembers: [zhijiang, yiduu]\n---\n' }, file: 'regions/dangzhisongyi.md', field: 'members[1]',
    expected: [
      'content/regions/dangzhisongyi.md',
      '  错误 error · 第4行 line 4 · members[1]: 找不到成员地点“yiduu” unknown place slug',
      '    → 是不是 did you mean “yidu”？（content/counties/yidu.md）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'unknown industry slug', files: { 'counties/zhijiang.md': Z.replace('[new-energy-batteries]', '[new-energy-battery]') }, file: 'counties/zhijiang.md', field: 'industries[0]',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第7行 line 7 · industries[0]: 找不到产业“new-energy-battery” unknown industry slug',
      '    → 是不是 did you mean “new-energy-batteries”？（content/industries/new-energy-batteries.md）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'unknown industry parent', files: { 'industries/new-energy-batteries.md': '---\nname: 新能源电池\nparent: new-enrgy\n---\n' }, file: 'industries/new-energy-batteries.md', field: 'parent',
    expected: [
      'content/industries/new-energy-batteries.md',
      '  错误 error · 第3行 line 3 · parent: 找不到上级产业“new-enrgy” unknown industry slug',
      '    → 是不是 did you mean “new-energy”？（content/industries/new-energy.md）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'unknown ranking in a data block', files: { 'counties/zhijiang.md': Z.replace('county-top100: { 2021: 98 }', 'county-top10: { 2021: 98 }') }, file: 'counties/zhijiang.md', field: 'rankings.county-top10',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第11行 line 11 · rankings.county-top10: 找不到榜单“county-top10” unknown ranking slug',
      '    → 是不是 did you mean “county-top100”？（content/rankings/county-top100.md）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'unknown ranking in a target', files: { 'counties/zhijiang.md': Z.replace('{ ranking: county-top100, rank: 80', '{ ranking: county-top', ) }, file: 'counties/zhijiang.md', field: 'targets[0].ranking',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第13行 line 13 · targets[0].ranking: 找不到榜单“county-top” unknown ranking slug',
      '    → 是不是 did you mean “county-top100”？（content/rankings/county-top100.md）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'unknown metric', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gpd: { 2021: 740.1 }') }, file: 'counties/zhijiang.md', field: 'metrics.gpd',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第9行 line 9 · metrics.gpd: metrics.yaml 中没有指标“gpd” unknown metric',
      '    → 是不是 did you mean “gdp”？',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'unknown briefing subject', files: { 'briefings/lianghui.md': B.replace('subjects: [zhijiang, dangzhisongyi]', 'subjects: [zhijiag, dangzhisongyi]') }, file: 'briefings/lianghui.md', field: 'subjects[0]',
    expected: [
      'content/briefings/lianghui.md',
      '  错误 error · 第4行 line 4 · subjects[0]: 找不到地点“zhijiag” unknown place slug',
      '    → 是不是 did you mean “zhijiang”？（content/counties/zhijiang.md）',
      '  错误 error · 第8行 line 8 · data.zhijiang: “zhijiang”不在 subjects 中 the data names a place that is not a subject',
      '    → 把 zhijiang 加进 subjects add it to subjects',
      '',
      '2 error(s), 0 warning(s).',
    ] },
  { name: 'data for a place not in subjects', files: { 'briefings/lianghui.md': B.replace('subjects: [zhijiang, dangzhisongyi]', 'subjects: [dangzhisongyi]') }, file: 'briefings/lianghui.md', field: 'data.zhijiang',
    expected: [
      'content/briefings/lianghui.md',
      '  错误 error · 第8行 line 8 · data.zhijiang: “zhijiang”不在 subjects 中 the data names a place that is not a subject',
      '    → 把 zhijiang 加进 subjects add it to subjects',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'duplicate slug across places', files: { 'parks/zhijiang.md': '---\nname: 枝江园\ntype: 工业园区\nlevel: 县级\nlocation: yidu\n---\n' }, file: 'parks/zhijiang.md', field: '文件名',
    expected: [
      'content/parks/zhijiang.md',
      '  错误 error · (文件名 file name): 地点 slug “zhijiang” 已被 content/counties/zhijiang.md 使用 place slugs are shared by counties, parks and regions',
      '    → 给其中一个改名，如加上省份或类型后缀 rename one, e.g. add a suffix',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'duplicate adcode', files: { 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\nregion: yichang\nadcode: "420583"\n---\n' }, file: 'counties/zhijiang.md', field: 'adcode',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第6行 line 6 · adcode: 行政区划代码 420583 与 content/counties/yidu.md 重复 duplicate adcode',
      '    → 每个代码只属于一个地点；检查是否抄错 each code belongs to one place',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'adcode with five digits', files: { 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\nregion: yichang\nadcode: "42058"\n---\n' }, file: 'counties/yidu.md', field: 'adcode',
    expected: [
      'content/counties/yidu.md',
      '  错误 error · 第5行 line 5 · adcode: 行政区划代码必须是 6 位数字，如 "420583" must be a 6-digit GB/T 2260 code（现为 found "42058"）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a unit that cannot convert', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "740亩" }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.2021',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第9行 line 9 · metrics.gdp.2021: 单位“亩”无法换算成指标的单位“亿元”（现为 found "740亩"）cannot convert 亩 to 亿元',
      '    → 用 元、万元、亿元、万亿元 之一，或换一个单位为 亩 的指标',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a unit that does not exist', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "740亿美元" }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.2021',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第9行 line 9 · metrics.gdp.2021: 不认识的单位“亿美元”（现为 found "740亿美元"）unknown unit',
      '    → 可用的单位 allowed: 元 万元 亿元 万亿元 % 个 家 户 万户 项 人 万人 人次 万人次 亩 平方米 万平方米 平方公里 公里 吨 万吨 千瓦 万千瓦 千瓦时 亿千瓦时 标箱 万标箱（金额也可写 万、亿、万亿）；限定词 约 近 超 逾 超过 写在数字前，多 余 写在数字后，以上 左右 写在最后；或只写数字，单位为 亿元',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a value that is no number', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: 约七百亿 }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.2021',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第9行 line 9 · metrics.gdp.2021: 不是数值（现为 found "约七百亿"）not a number',
      '    → 写成数字，如 740.1，或带单位，如 "340亿元"、"约800亿元"（单位 亿元）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'an impossible date', files: { 'briefings/lianghui.md': B.replace('date: 2022-01-21', 'date: 2022-02-30') }, file: 'briefings/lianghui.md', field: 'date',
    expected: [
      'content/briefings/lianghui.md',
      '  错误 error · 第3行 line 3 · date: 日期不存在（现为 found "2022-02-30"）impossible date',
      '    → 检查月份和日子，如 2月没有 30 日 check the month and day',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a date written in words', files: { 'briefings/lianghui.md': B.replace('date: 2022-01-21', 'date: 2022年1月21日') }, file: 'briefings/lianghui.md', field: 'date',
    expected: [
      'content/briefings/lianghui.md',
      '  错误 error · 第3行 line 3 · date: 日期格式不对（现为 found "2022年1月21日"）not a date',
      '    → 写成 2022-01-21 write it as YYYY-MM-DD',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a quarter that does not exist', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021Q5: 740.1 }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.2021Q5',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第9行 line 9 · metrics.gdp.2021Q5: 期“2021Q5”不是年份或季度 not a year or quarter',
      '    → 写成年份 2021 或季度 2023Q1 write a year (2021) or a quarter (2023Q1)',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a year out of range', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 20211: 740.1 }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.20211',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第9行 line 9 · metrics.gdp.20211: 期“20211”不是年份或季度 not a year or quarter',
      '    → 写成年份 2021 或季度 2023Q1 write a year (2021) or a quarter (2023Q1)',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a rank of 0', files: { 'counties/zhijiang.md': Z.replace('county-top100: { 2021: 98 }', 'county-top100: { 2021: 0 }') }, file: 'counties/zhijiang.md', field: 'rankings.county-top100.2021',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第11行 line 11 · rankings.county-top100.2021: 名次必须是从 1 开始的整数（现为 found 0）a rank is a whole number from 1',
      '    → 第1位写 1；榜单上的名次没有 0 和小数 rank 1 is the best; no 0, no fractions',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a fractional rank', files: { 'counties/zhijiang.md': Z.replace('county-top100: { 2021: 98 }', 'county-top100: { 2021: 97.5 }') }, file: 'counties/zhijiang.md', field: 'rankings.county-top100.2021',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第11行 line 11 · rankings.county-top100.2021: 名次必须是从 1 开始的整数（现为 found 97.5）a rank is a whole number from 1',
      '    → 第1位写 1；榜单上的名次没有 0 和小数 rank 1 is the best; no 0, no fractions',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a rank beyond the list size', files: { 'counties/zhijiang.md': Z.replace('county-top100: { 2021: 98 }', 'county-top100: { 2021: 120 }') }, file: 'counties/zhijiang.md', field: 'rankings.county-top100.2021',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第11行 line 11 · rankings.county-top100.2021: 名次 120 超出榜单容量 100 rank beyond the list\'s size',
      '    → 检查名次，或修改 content/rankings/county-top100.md 的 size',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a ranking whose scope excludes the place', files: { 'counties/zhijiang.md': Z.replace('county-top100: { 2021: 98 }', 'park-top100: { 2021: 9 }') }, file: 'counties/zhijiang.md', field: 'rankings.park-top100',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第11行 line 11 · rankings.park-top100: 榜单“省级百强园区”只收园区（scope: parks），而 枝江市 是县（市、区） the ranking\'s scope does not include this place',
      '    → 换成适合这类地点的榜单，或修改榜单的 scope',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a file name that is not a slug', files: { 'counties/Yi_Du.md': BASE_FILES['counties/yidu.md'], 'counties/yidu.md': null }, file: 'counties/Yi_Du.md', field: '文件名',
    expected: [
      'content/counties/Yi_Du.md',
      '  错误 error · (文件名 file name): 文件名“Yi_Du”不是有效的 slug：只能用小写字母、数字和连字符 is not a valid slug',
      '    → 改名为 rename to yi-du.md',
      'content/regions/dangzhisongyi.md',
      '  错误 error · 第4行 line 4 · members[1]: 找不到成员地点“yidu” unknown place slug',
      '    → 新建 content/counties/yidu.md，或改成已有的 slug create content/counties/yidu.md or use an existing slug',
      '',
      '2 error(s), 0 warning(s).',
    ] },
  { name: 'an empty file', files: { 'counties/yidu.md': '' }, file: 'counties/yidu.md', field: '空',
    expected: [
      'content/counties/yidu.md',
      '  错误 error · 文件是空的 the file is empty',
      '    → 至少写上 name 等必填字段的 frontmatter add frontmatter with the required fields',
      'content/regions/dangzhisongyi.md',
      '  错误 error · 第4行 line 4 · members[1]: 找不到成员地点“yidu” unknown place slug',
      '    → 新建 content/counties/yidu.md，或改成已有的 slug create content/counties/yidu.md or use an existing slug',
      '',
      '2 error(s), 0 warning(s).',
    ] },
  { name: 'a file without frontmatter', files: { 'counties/yidu.md': '宜都市是县级市。\n' }, file: 'counties/yidu.md', field: 'frontmatter',
    expected: [
      'content/counties/yidu.md',
      '  错误 error · 文件开头缺少 frontmatter（--- 包围的 YAML）the file has no frontmatter',
      '    → 在文件第一行写 ---，接着写字段，再用 --- 结束 start the file with a --- block',
      'content/regions/dangzhisongyi.md',
      '  错误 error · 第4行 line 4 · members[1]: 找不到成员地点“yidu” unknown place slug',
      '    → 新建 content/counties/yidu.md，或改成已有的 slug create content/counties/yidu.md or use an existing slug',
      '',
      '2 error(s), 0 warning(s).',
    ] },
  { name: 'a 5 MB briefing', files: { 'briefings/huge.md': `---\ntitle: 超长\ndate: 2022-01-21\nsubjects: [zhijiang]\n---\n${'县域经济。'.repeat(350_000)}` }, file: 'briefings/huge.md', field: 'MB',
    expected: [
      'content/briefings/huge.md',
      '  错误 error · 文件太大（5.0 MB，上限 2 MB）file too large',
      '    → 拆分成几篇简报，或删去粘贴进来的多余内容 split it, or remove pasted material',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a file saved as GBK', cli: true, files: {}, raw: (dir) => writeFileSync(join(dir, 'counties/yidu.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xd2, 0xcb, 0xb6, 0xbc, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a])), file: 'counties/yidu.md', field: 'UTF-8',
    expected: [
      'content/counties/yidu.md',
      '  错误 error · 文件不是 UTF-8 编码 the file is not UTF-8',
      '    → 用 UTF-8 编码另存此文件 save it as UTF-8',
      'content/regions/dangzhisongyi.md',
      '  错误 error · 第4行 line 4 · members[1]: 找不到成员地点“yidu” unknown place slug',
      '    → 新建 content/counties/yidu.md，或改成已有的 slug create content/counties/yidu.md or use an existing slug',
      '',
      '2 error(s), 0 warning(s).',
    ] },
  { name: 'a park level that is not allowed', files: { 'parks/yaojiagang.md': P.replace('level: 省级', 'level: 省属') }, file: 'parks/yaojiagang.md', field: 'level',
    expected: [
      'content/parks/yaojiagang.md',
      '  错误 error · 第4行 line 4 · level: 级别只能是 国家级、省级、市级、县级；来源未说明就删掉这一项 level must be one of these, or left out（现为 found "省属"）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a project status that is not allowed', files: { 'briefings/lianghui.md': B.replace('status: 在建', 'status: 建设中') }, file: 'briefings/lianghui.md', field: 'data.zhijiang.projects[0].status',
    expected: [
      'content/briefings/lianghui.md',
      '  错误 error · 第12行 line 12 · data.zhijiang.projects[0].status: 状态只能是 签约、在建、投产、竣工、谋划 status must be one of these（现为 found "建设中"）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a project investment in a wrong unit', files: { 'briefings/lianghui.md': B.replace('investment: "50亿元"', 'investment: "50亩"') }, file: 'briefings/lianghui.md', field: 'data.zhijiang.projects[0].investment',
    expected: [
      'content/briefings/lianghui.md',
      '  错误 error · 第12行 line 12 · data.zhijiang.projects[0].investment: 单位“亩”无法换算成指标的单位“亿元”（现为 found "50亩"）cannot convert 亩 to 亿元',
      '    → 用 元、万元、亿元、万亿元 之一，或换一个单位为 亩 的指标',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a target with neither metric nor ranking', files: { 'counties/zhijiang.md': Z.replace('- { metric: gdp, value: "1000亿元", year: 2025 }', '- { value: 1000, year: 2025 }') }, file: 'counties/zhijiang.md', field: 'targets[1]',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第14行 line 14 · targets[1]: 目标需要 metric（指标）或 ranking（榜单）a target needs a metric or a ranking（现为 found {"value":1000,"year":2025}）',
      '    → 如 { metric: gdp, value: 1200, year: 2025 } 或 { ranking: county-top100, rank: 80, year: 2025 }',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a metric target without a value', files: { 'counties/zhijiang.md': Z.replace('- { metric: gdp, value: "1000亿元", year: 2025 }', '- { metric: gdp, year: 2025 }') }, file: 'counties/zhijiang.md', field: 'targets[1].value',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第14行 line 14 · targets[1].value: 指标目标缺少 value a metric target needs a value',
      '    → 如 { metric: gdp, value: 1200, year: 2025 }',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a loop in the hierarchy', cli: true, files: { 'regions/hubei.md': '---\nname: 湖北省\ntype: 省\nparent: yichang\n---\n' }, file: 'regions/hubei.md', field: 'parent',
    expected: [
      'content/regions/hubei.md',
      '  错误 error · 第4行 line 4 · parent: 上下级关系成环：hubei → yichang → hubei the hierarchy loops',
      '    → 检查这些文件的 region / parent，使其最终通向省级区域 make the chain end at a province',
      'content/regions/yichang.md',
      '  错误 error · 第4行 line 4 · parent: 上下级关系成环：yichang → hubei → yichang the hierarchy loops',
      '    → 检查这些文件的 region / parent，使其最终通向省级区域 make the chain end at a province',
      '',
      '2 error(s), 0 warning(s).',
    ] },
  { name: 'a metric with an unknown unit', files: { 'metrics.yaml': 'gdp: { name: 地区生产总值, unit: 亿美元 }\nindustrial_output: { name: 工业总产值, unit: 亿元 }\nland: { name: 土地征迁, unit: 亩 }\nshare: { name: 工业增加值占比, unit: "%" }\n' }, file: 'metrics.yaml', field: 'gdp.unit',
    expected: [
      'content/briefings/lianghui.md',
      '  错误 error · 第10行 line 10 · data.zhijiang.metrics.gdp: metrics.yaml 中没有指标“gdp” unknown metric',
      '    → 在 content/metrics.yaml 中定义它：gdp: { name: …, unit: 亿元 }',
      'content/counties/zhijiang.md',
      '  错误 error · 第9行 line 9 · metrics.gdp: metrics.yaml 中没有指标“gdp” unknown metric',
      '    → 在 content/metrics.yaml 中定义它：gdp: { name: …, unit: 亿元 }',
      '  错误 error · 第14行 line 14 · targets[1].metric: metrics.yaml 中没有指标“gdp” unknown metric',
      '    → 在 content/metrics.yaml 中定义它',
      'content/metrics.yaml',
      '  错误 error · 第1行 line 1 · gdp.unit: 不认识的单位（现为 found "亿美元"）unknown unit',
      '    → 可用的单位 allowed: 元 万元 亿元 万亿元 % 个 家 户 万户 项 人 万人 人次 万人次 亩 平方米 万平方米 平方公里 公里 吨 万吨 千瓦 万千瓦 千瓦时 亿千瓦时 标箱 万标箱（金额也可写 万、亿、万亿）',
      '',
      '4 error(s), 0 warning(s).',
    ] },
  { name: 'malformed metrics.yaml', files: { 'metrics.yaml': 'gdp: { name: 地区生产总值, unit: 亿元\n' }, file: 'metrics.yaml', field: 'YAML',
    expected: [
      'content/briefings/lianghui.md',
      '  错误 error · 第10行 line 10 · data.zhijiang.metrics.gdp: metrics.yaml 中没有指标“gdp” unknown metric',
      '    → 在 content/metrics.yaml 中定义它：gdp: { name: …, unit: 亿元 }',
      'content/counties/zhijiang.md',
      '  错误 error · 第9行 line 9 · metrics.gdp: metrics.yaml 中没有指标“gdp” unknown metric',
      '    → 在 content/metrics.yaml 中定义它：gdp: { name: …, unit: 亿元 }',
      '  错误 error · 第14行 line 14 · targets[1].metric: metrics.yaml 中没有指标“gdp” unknown metric',
      '    → 在 content/metrics.yaml 中定义它',
      'content/metrics.yaml',
      '  错误 error · YAML 格式错误（第 2 行）malformed YAML at line 2: Flow map in block collection must be sufficiently indented and end with a }',
      '',
      '4 error(s), 0 warning(s).',
    ] },
  { name: 'a source URL that is not http', files: { 'briefings/lianghui.md': B.replace('source: { name: 湖北日报 }', 'source: { name: 湖北日报, url: "javascript:alert(1)" }') }, file: 'briefings/lianghui.md', field: 'source.url',
    expected: [
      'content/briefings/lianghui.md',
      '  错误 error · 第6行 line 6 · source.url: 必须是 http(s) 网址 must be an http(s) URL（现为 found "javascript:alert(1)"）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'draft written as text', files: { 'briefings/lianghui.md': B.replace('date: 2022-01-21', 'date: 2022-01-21\ndraft: 是') }, file: 'briefings/lianghui.md', field: 'draft',
    expected: [
      'content/briefings/lianghui.md',
      '  错误 error · 第4行 line 4 · draft: 只能是 true 或 false must be true or false（现为 found "是"）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'an MDX chart with an unknown place', files: { 'briefings/charts.mdx': '---\ntitle: 图\ndate: 2022-01-21\nsubjects: [zhijiang]\n---\n<RankChart places={["zhijang"]} />\n' }, file: 'briefings/charts.mdx', field: '<RankChart> places',
    expected: [
      'content/briefings/charts.mdx',
      '  错误 error · <RankChart> places（第 6 行 line 6）: 找不到“zhijang” unknown place',
      '    → 是不是 did you mean “zhijiang”？',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'an MDX chart with a prop it does not have', files: { 'briefings/charts.mdx': '---\ntitle: 图\ndate: 2022-01-21\nsubjects: [zhijiang]\n---\n<RankChart places={["zhijiang"]} color="red" />\n' }, file: 'briefings/charts.mdx', field: '<RankChart> color',
    expected: [
      'content/briefings/charts.mdx',
      '  错误 error · <RankChart> color（第 6 行 line 6）: 这个组件没有这个属性 unknown prop',
      '    → 可用的属性：places、ranking、title；例：<RankChart places={["zhijiang"]} ranking="county-top100" />',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'an MDX chart with an unknown metric', files: { 'briefings/charts.mdx': '---\ntitle: 图\ndate: 2022-01-21\nsubjects: [zhijiang]\n---\n<IndicatorChart places={["zhijiang"]} metric="gpd" />\n' }, file: 'briefings/charts.mdx', field: '<IndicatorChart> metric',
    expected: [
      'content/briefings/charts.mdx',
      '  错误 error · <IndicatorChart> metric（第 6 行 line 6）: 找不到“gpd” unknown metric',
      '    → 是不是 did you mean “gdp”？',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'an MDX briefing with an unclosed brace', cli: true, files: { 'briefings/charts.mdx': '---\ntitle: 图\ndate: 2022-01-21\nsubjects: [zhijiang]\n---\n目标{未闭合。\n' }, file: 'briefings/charts.mdx', field: '正文 body（第 6 行',
    expected: [
      'content/briefings/charts.mdx',
      '  错误 error · 正文 body（第 6 行 line 6）: MDX 语法错误 MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
      '    → MDX 中 { } 和 < 有特殊含义：正文里的 { 写成 \\{，< 写成 &lt;；不用图表组件的文件可改为 .md',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'an MDX briefing with an unclosed tag', files: { 'briefings/charts.mdx': '---\ntitle: 图\ndate: 2022-01-21\nsubjects: [zhijiang]\n---\n<div>没有闭合\n' }, file: 'briefings/charts.mdx', field: '正文 body',
    expected: [
      'content/briefings/charts.mdx',
      '  错误 error · 正文 body（第 6 行 line 6）: MDX 语法错误 MDX syntax error: Expected a closing tag for `<div>` (1:1-1:6) before the end of `paragraph`',
      '    → MDX 中 { } 和 < 有特殊含义：正文里的 { 写成 \\{，< 写成 &lt;；不用图表组件的文件可改为 .md',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  // Content format 1.1
  { name: 'a range in a metric value', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "700-800亿元" }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.2021',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第9行 line 9 · metrics.gdp.2021: 指标数值不能是范围（现为 found "700-800亿元"）a range is allowed only in a target\'s value',
      '    → 写一个数，并把原文放进注释：{ value: "700亿元", note: 原文为 700-800亿元 }',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'two qualifiers on one value', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "约740亿元以上" }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.2021',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第9行 line 9 · metrics.gdp.2021: 一个数值只能有一个限定词（现为 found "约740亿元以上"）one qualifier per value',
      '    → 照原文写一个，如 "约800亿元" 或 "4310多亩"',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a misspelt note in the long form', files: { 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: { value: 740.1, nte: 推定 } }') }, file: 'counties/zhijiang.md', field: 'metrics.gdp.2021',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第9行 line 9 · metrics.gdp.2021: 长写法只能有 value 和 note 两项（现为 found {"value":740.1,"nte":"推定"}）the long form takes value and note only',
      '    → 写成 { value: "约800亿元", note: 期别据发布日期推定 }',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a rank change in words', files: { 'counties/zhijiang.md': Z.replace('rankings:\n', 'rank_changes:\n  county-top100: { 2022: 上升3位 }\nrankings:\n') }, file: 'counties/zhijiang.md', field: 'rank_changes.county-top100.2022',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第11行 line 11 · rank_changes.county-top100.2022: 位次变化必须是带符号的整数（现为 found "上升3位"）a rank change is a signed whole number',
      '    → 上升24位写 +24，下降3位写 -3 write +24 for up 24 places, -3 for down 3',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a rank change in an unknown ranking', files: { 'counties/zhijiang.md': Z.replace('rankings:\n', 'rank_changes:\n  county-top10: { 2022: 3 }\nrankings:\n') }, file: 'counties/zhijiang.md', field: 'rank_changes.county-top10',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第11行 line 11 · rank_changes.county-top10: 找不到榜单“county-top10” unknown ranking slug',
      '    → 是不是 did you mean “county-top100”？（content/rankings/county-top100.md）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a park whose parent is its own sub-park', files: { 'parks/yaojiagang.md': P.replace('location: zhijiang', 'location: zhijiang\nparent: yaojiagang-east'), 'parks/yaojiagang-east.md': P.replace('name: 姚家港化工园', 'name: 姚家港东区').replace('location: zhijiang', 'location: zhijiang\nparent: yaojiagang') }, file: 'parks/yaojiagang-east.md', field: 'parent',
    expected: [
      'content/parks/yaojiagang-east.md',
      '  错误 error · 第6行 line 6 · parent: 园区上下级成环：yaojiagang-east → yaojiagang → yaojiagang-east the parks\' parents loop',
      '    → 检查这些园区的 parent，最上级的园区不写 parent the top park has no parent',
      'content/parks/yaojiagang.md',
      '  错误 error · 第6行 line 6 · parent: 园区上下级成环：yaojiagang → yaojiagang-east → yaojiagang the parks\' parents loop',
      '    → 检查这些园区的 parent，最上级的园区不写 parent the top park has no parent',
      '',
      '2 error(s), 0 warning(s).',
    ] },
  { name: 'a park parent that is a county', files: { 'parks/yaojiagang.md': P.replace('location: zhijiang', 'location: zhijiang\nparent: zhijiang') }, file: 'parks/yaojiagang.md', field: 'parent',
    expected: [
      'content/parks/yaojiagang.md',
      '  错误 error · 第6行 line 6 · parent: “zhijiang”是县（市、区），parent 只写所属的园区 parent names the park this one belongs to',
      '    → 所在的县（市、区）写在 location 中 the hosting county goes in location',
      '',
      '1 error(s), 0 warning(s).',
    ] },
  { name: 'a target about an unknown industry', files: { 'counties/zhijiang.md': Z.replace('- { metric: gdp, value: "1000亿元", year: 2025 }', '- { metric: gdp, value: "1000亿元", industry: chemical }') }, file: 'counties/zhijiang.md', field: 'targets[1].industry',
    expected: [
      'content/counties/zhijiang.md',
      '  错误 error · 第14行 line 14 · targets[1].industry: 找不到产业“chemical” unknown industry slug',
      '    → 是不是 did you mean “chemicals”？（content/industries/chemicals.md）',
      '',
      '1 error(s), 0 warning(s).',
    ] },
];

function check(dir: string) {
  return spawnSync(process.execPath, ['scripts/check.ts', dir], { cwd: root, encoding: 'utf8' });
}

/** Shows the temporary content folder as `content`, however the report names it (absolute, or relative to the working directory). */
function normalise(text: string, dir: string): string {
  const forms = [dir, relative(process.cwd(), dir), relative(root, dir)].map((p) => p.split('\\').join('/'));
  for (const p of forms) text = text.split(`${p}/`).join('content/');
  for (const p of forms) text = text.split(p).join('content');
  return text;
}

function contentOf(c: Case): string {
  const dir = writeContent(c.files);
  c.raw?.(dir);
  return dir;
}

/** The lines under `file`'s heading in a report. */
function sectionOf(report: string, file: string): string {
  const lines = report.split('\n');
  const at = lines.indexOf(`content/${file}`);
  if (at < 0) return '';
  const next = lines.findIndex((l, i) => i > at && l !== '' && !l.startsWith(' '));
  return lines.slice(at + 1, next < 0 ? undefined : next).join('\n');
}

describe('editor mistakes fail with file and field, never a stack trace', () => {
  it('has at least 30 distinct cases', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBeGreaterThanOrEqual(30);
    expect(cases.length).toBe(new Set(cases.map((c) => c.name)).size);
  });

  it.each(cases)('$name', (c) => {
    const dir = contentOf(c);
    const site = loadContentDir(dir);
    const report = normalise(formatDiagnostics(site.diagnostics), dir);
    expect(site.errors.length, report).toBeGreaterThan(0);
    expect(report).toBe(c.expected.join('\n'));
    // The field (or the kind of whole-file problem) is named under that file's heading.
    expect(sectionOf(report, c.file), report).toContain(c.field);
  });

  it.each(cases.filter((c) => c.cli))('npm run check: $name', (c) => {
    const dir = contentOf(c);
    const r = check(dir);
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(1);
    expect(normalise(r.stdout, dir)).toBe(`${c.expected.join('\n')}\n`);
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
