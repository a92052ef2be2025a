/**
 * `npm run import`: page furniture removed and listed, Traditional converted, title/date/source
 * only where stated, known and unknown places, figures measured against the hand-checked list
 * of the seeds' figures, drafts that pass the check as written and after confirming, and no
 * file ever overwritten or text lost.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import matter from 'gray-matter';
import { cleanArticle } from '../../scripts/import/clean.ts';
import { articleMeta } from '../../scripts/import/meta.ts';
import { planImport } from '../../scripts/import/plan.ts';
import { findQuantities } from '../../scripts/import/numbers.ts';
import { loadContentDir } from '../../src/model/index.ts';
import { buildSite, CI, cleanUp, root, tempDir } from '../helpers/built-site.ts';
import { writeContent } from '../helpers/content.ts';
import { scoreSeeds, seedFile, SEEDS } from './import-score.ts';

afterAll(cleanUp);
const seedsDir = join(root, '../shared/seeds');
const haveSeeds = existsSync(seedsDir);
if (CI && !haveSeeds) throw new Error('../shared/seeds is missing');
const seed = (s: string) => readFileSync(seedFile(seedsDir, s), 'utf8');
const example = join(root, 'content');
const exampleModel = loadContentDir(example).model;

function contentCopy(): string {
  const dir = join(tempDir('import-'), 'content');
  cpSync(example, dir, { recursive: true });
  return dir;
}
function run(args: string[], input?: string) {
  return spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: root, encoding: 'utf8', input, env: { ...process.env, NODE_ENV: 'production' } });
}
function check(dir: string) {
  return spawnSync(process.execPath, ['scripts/check.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } });
}

describe('page furniture', () => {
  const page = [
    '今天是:2024年5月1日',
    '繁體 | 登录 | 注册',
    '首页 > 政务公开 > 通知公告',
    '【字体：大 中 小】 打印本页 关闭窗口',
    '某县经济运行情况通报',
    '某县1至3月实现地区生产总值约120亿元，同比增长6.5%。',
    '点击上方蓝字关注我们',
    '分享 收藏 点赞 在看',
    '阅读原文',
    '责任编辑：张三',
    '审核：李四',
    '相关链接:',
    '- 2024-04-30某县召开会议',
    '- 2024-04-29某县开展活动',
    '主办单位：某县人民政府办公室 鄂ICP备12345678号',
  ].join('\n');
  const a = cleanArticle(page);

  it('keeps only the article and lists every removed line with its kind', () => {
    expect(a.lines.map((l) => l.text)).toEqual(['某县经济运行情况通报', '某县1至3月实现地区生产总值约120亿元，同比增长6.5%。']);
    expect(a.removed.map((r) => r.line)).toEqual([1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(a.removed.find((r) => r.line === 15)!.why).toMatch(/页脚/);
    expect(a.facts.nearbyDates).toEqual(['2024-04-30', '2024-04-29']);
  });

  it('removes pinyin glosses, forum anti-copy strings and full-width spacing, keeping numbers glued to text', () => {
    const b = cleanArticle('經(jīng)濟發(fā)展　很快\n( } E! S: T" U7 t 8月底,承接首批下放99項涉企行政審批事項\n內外兼修提品質2 A7 B d" \\4 i0 r3 b" H\nGDP增長5.2%,5G基站(GDP)');
    expect(b.traditional).toBe(true);
    expect(b.lines.map((l) => l.text)).toEqual(['经济发展很快', '8月底,承接首批下放99项涉企行政审批事项', '内外兼修提品质', 'GDP增长5.2%,5G基站(GDP)']);
  });

  it('leaves a Simplified article as written', () => {
    const text = '乾隆年间的干部在湖里区开会，头发很长。';
    expect(cleanArticle(text).lines[0].text).toBe(text);
    expect(cleanArticle(text).traditional).toBe(false);
  });

  it('names garbled characters instead of guessing them', () => {
    expect(cleanArticle('目標任務清晰?!皶h傳遞了新信息').warnings.join()).toMatch(/乱码/);
  });
});

describe('numbers', () => {
  it.each([
    ['约1210亿元', { value: 1210, unit: '亿元', qualifier: '约' }],
    ['6800多家', { value: 6800, unit: '家', qualifier: '多' }],
    ['近1200万吨', { value: 1200, unit: '万吨', qualifier: '近' }],
    ['30余万平方米', { value: 30, unit: '万平方米', qualifier: '余' }],
    ['45%左右', { value: 45, unit: '%', qualifier: '左右' }],
    ['两千亿', { value: 2000, unit: '亿元' }],
    ['5-8家', { value: 5, max: 8, unit: '家' }],
    ['30亿-50亿元', { value: 30, max: 50, unit: '亿元' }],
    ['1,386户', { value: 1386, unit: '户' }],
  ])('%s', (text, expected) => expect(findQuantities(text)[0]).toMatchObject(expected));

  it('reads no quantity inside names and codes', () => {
    expect(findQuantities('5G基站、316国道、“1161”纲要')).toEqual([]);
  });
});

describe.skipIf(!haveSeeds)('the five seeds', () => {
  const metas = Object.fromEntries(SEEDS.map((s) => [s, articleMeta(cleanArticle(seed(s)))]));

  it('fills title, date and source only where the text states them', () => {
    expect(metas['000']).toMatchObject({ title: undefined, date: '2022-01-21', source: undefined });
    expect(metas['001']).toMatchObject({ title: '奏响县域经济发展最强音——全省强县域行动推进会暨园区工作会议侧记', date: '2023-04-24', source: { name: '甘肃日报', author: '范海瑞' } });
    expect(metas['002']).toMatchObject({ title: undefined, date: undefined });
    expect(metas['003']).toMatchObject({ title: '市人民政府关于印发潜江市县域经济“百强进位”行动方案的通知', date: '2022-01-21', source: { name: '市发改委' } });
    expect(metas['004']).toMatchObject({ title: '打造“创新高地、产业新城”冲刺国家高新区百强——随州高新区党工委书记郭晓东访谈录', date: '2021-12-17', source: { name: '随州日报', author: '陈云' } });
  });

  it('removes each seed\'s noise: the captcha line, related links, credits, forum stamps and glosses', () => {
    const removed = (s: string) => cleanArticle(seed(s)).removed.map((r) => r.text);
    expect(removed('000')).toEqual(['请输入验证码']);
    expect(removed('001').filter((t) => t.startsWith('- 2023-04-24'))).toHaveLength(4);
    expect(removed('002')).toContain('责任编辑: 吉政');
    expect(removed('003')).toEqual(expect.arrayContaining(['今天是:', '热门搜索:', '相关链接:', '公开属性:主动公开']));
    expect(removed('004')[0]).toMatch(/^本帖最后由/);
    for (const s of SEEDS) {
      const body = cleanArticle(seed(s)).lines.map((l) => l.text).join('\n');
      expect(body).not.toMatch(/\((?:jīng|qū|fā|chǎn|yè)\)|本帖|ICP|验证码|V Z1/);
    }
  });

  it('never loses a line: every non-empty input line is kept in the body or listed as removed', () => {
    for (const s of SEEDS) {
      const a = cleanArticle(seed(s));
      const nonEmpty = seed(s).split(/\r?\n/).map((l, i) => ({ l, i: i + 1 })).filter((x) => x.l.trim() !== '');
      const accounted = new Set([...a.lines.map((l) => l.line), ...a.removed.map((r) => r.line)]);
      expect(nonEmpty.filter((x) => !accounted.has(x.i)).map((x) => x.l)).toEqual([]);
    }
  });

  it('proposes the seeds\' figures with precision and recall above 0.9 against the hand-checked list', () => {
    const r = scoreSeeds(seedsDir, exampleModel, example);
    const table = r.seeds.map((s) => `${s.seed}: ${s.matchedProposals}/${s.proposals} proposals, ${s.matchedListed}/${s.listed} listed`).join('\n');
    expect(r.precision, table).toBeGreaterThan(0.9);
    expect(r.recall, table).toBeGreaterThan(0.9);
    expect(r.subjects, table).toBeGreaterThan(0.8);
  });

  it('prints the proposal as JSON in the issue\'s shape and writes nothing', () => {
    const dir = contentCopy();
    const before = readdirSync(join(dir, 'briefings')).sort();
    const res = run(['--json', '--content', dir, seedFile(seedsDir, '001')]);
    expect(res.status, res.stderr).toBe(0);
    const p = JSON.parse(res.stdout);
    expect(Object.keys(p)).toEqual(['title', 'date', 'source', 'subjects', 'industries', 'unknown', 'figures']);
    expect(p.subjects).toContain('gulang');
    expect(p.figures).toContainEqual(expect.objectContaining({ kind: 'rank_change', subject: 'gulang', ranking: 'gansu-county-evaluation', value: 24, unit: '位', period: '2022' }));
    expect(p.figures).toContainEqual(expect.objectContaining({ kind: 'metric', subject: 'jiayuguan-gongye-yuanqu', metric: 'industrial_output', value: 746, unit: '亿元' }));
    expect(p.figures).toContainEqual(expect.objectContaining({ kind: 'rank', ranking: 'provincial-park-top100', rank: 79 }));
    for (const f of p.figures) expect(typeof f.sentence).toBe('string');
    expect(readdirSync(join(dir, 'briefings')).sort()).toEqual(before);
  });

  it('writes drafts that pass the check as written and, confirmed, build into pages', () => {
    // The example's places without its briefings: the seeds come in through the importer.
    const dir = contentCopy();
    rmSync(join(dir, 'briefings'), { recursive: true });
    const written: string[] = [];
    for (const s of SEEDS) {
      const res = run(['--content', dir, seedFile(seedsDir, s)]);
      expect(res.status, res.stderr).toBe(0);
      written.push(/(\S+\.md)\s*$/m.exec(res.stdout.split('\n')[0])![1]);
    }
    const files = written.map((w) => join(root, w));
    for (const f of files) expect(readFileSync(f, 'utf8')).toMatch(/^draft: true$/m);
    let res = check(dir);
    expect(res.status, res.stdout + res.stderr).toBe(0);
    // The editor confirms every figure the draft could state with what the content has, and publishes.
    for (const f of files) writeFileSync(f, confirm(readFileSync(f, 'utf8'), dir));
    res = check(dir);
    expect(res.status, res.stdout + res.stderr).toBe(0);
    const model = loadContentDir(dir).model;
    const slugs = files.map((f) => f.replace(/^.*\//, '').replace(/\.md$/, ''));
    for (const slug of slugs) expect(model.briefingBySlug.get(slug)?.draft ?? false).toBe(false);
    expect(model.rankChanges.find((c) => c.place === 'gulang')?.source.briefing).toBe(slugs[1]);
    expect(model.observations.filter((o) => slugs.includes(o.source?.briefing ?? '')).length).toBeGreaterThanOrEqual(15);
    const site = buildSite({ contentDir: dir });
    for (const slug of slugs) expect(existsSync(join(site.dir, 'briefings', slug, 'index.html'))).toBe(true);
    const page = readFileSync(join(site.dir, 'briefings', slugs[4], 'index.html'), 'utf8');
    expect(page).toContain('随州高新区');
  }, 300_000);
});

/**
 * What an editor does with a draft: takes out `draft: true` and uncomments the proposed data,
 * keeping what the content can state (known metrics and rankings, named projects, known years).
 */
function confirm(text: string, dir: string): string {
  const { model } = loadContentDir(dir, { drafts: true });
  const file = matter(text);
  const fm = file.matter.split('\n');
  const start = fm.indexOf('# data:');
  const data: string[] = [];
  for (let i = start; i >= 0 && i < fm.length && fm[i].startsWith('# ') && !fm[i].startsWith('# 导入时'); i++) data.push(fm[i].slice(2));
  const parsed = (yaml.load(data.join('\n'), { schema: yaml.CORE_SCHEMA }) as { data?: Record<string, Record<string, unknown>> } | undefined)?.data ?? {};
  const head = yaml.load(fm.join('\n'), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
  delete head.draft;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [slug, blocks] of Object.entries(parsed)) {
    const keep: Record<string, unknown> = {};
    const known = (b: string, k: string) => (b === 'metrics' ? model.metrics.has(k) : model.rankings.has(k));
    for (const b of ['metrics', 'rankings', 'rank_changes'] as const) {
      const entries = Object.entries((blocks[b] ?? {}) as Record<string, Record<string, unknown>>).filter(([k, v]) => known(b, k) && Object.keys(v).every((p) => /^\d{4}(Q[1-4])?$/.test(p)));
      if (entries.length) keep[b] = Object.fromEntries(entries);
    }
    const targets = ((blocks.targets ?? []) as Record<string, unknown>[]).filter((t) => (t.metric ? model.metrics.has(String(t.metric)) : model.rankings.has(String(t.ranking))));
    if (targets.length) keep.targets = targets;
    const projects = ((blocks.projects ?? []) as Record<string, unknown>[]).filter((p) => p.name !== '项目名称');
    if (projects.length) keep.projects = projects;
    if (Object.keys(keep).length) out[slug] = keep;
  }
  if (Object.keys(out).length) head.data = out;
  return `---\n${yaml.dump(head, { lineWidth: -1, schema: yaml.CORE_SCHEMA })}---\n${file.content}`;
}

describe('articles from other sites', () => {
  const propose = (raw: string) => planImport({ raw, model: exampleModel, contentDir: example, taken: new Set(), file: 'a.txt', today: '2026-11-22' });

  it('keeps sentences that merely contain footer or metadata words', () => {
    const a = cleanArticle('本次推介会主办单位为宜都市人民政府，共签约项目15个。\n时间：3月15日上午，宜都市召开项目推进会，群众用手机扫一扫就能办理。\n主办单位：宜都市人民政府');
    expect(a.lines.map((l) => l.text)).toHaveLength(2);
    expect(a.removed.map((r) => r.line)).toEqual([3]);
  });

  it('reads a WeChat account line, a 本报 byline and reporters beside 通讯员', () => {
    const a = cleanArticle('枝江这一年\n枝江发布 2023-12-18 08:30 发表于湖北\n本报记者 陈大文 通讯员 李明\n枝江市地区生产总值增长6%。');
    expect(a.facts.dates[0].date).toBe('2023-12-18');
    expect(a.facts.sourceName).toBe('枝江发布');
    expect(a.facts.author).toBe('陈大文、李明');
  });

  it('lists a new park named after a known place, and does not count it as the place', () => {
    const plan = propose('枝江经济开发区新签约项目12个。古浪县上升了24个名次。古浪县召开大会。');
    expect(plan.proposal.unknown).toContainEqual({ name: '枝江经济开发区', kind: 'park', command: 'npm run new -- park 枝江经济开发区' });
    expect(plan.proposal.subjects).not.toContain('zhijiang');
  });

  it('reports what happened as figures, not targets, and keeps two projects of one sentence apart', () => {
    const plan = propose('2023年12月18日\n今年以来，枝江市规上专用汽车企业达到180多家。投资120亿元的枝江新材料产业园项目加快建设，总投资45亿元的安福寺精细化工项目已签约。');
    const f = plan.proposal.figures;
    expect(f.find((x) => x.value === 180)).toMatchObject({ kind: 'metric', period: '2023', qualifier: '多' });
    expect(f.filter((x) => x.kind === 'project').map((x) => [x.name, x.value, x.status])).toEqual([
      ['枝江新材料产业园', 120, '在建'],
      ['安福寺精细化工', 45, '签约'],
    ]);
  });

  it('reads figures in a short line with numbers, which is no subheading', () => {
    const plan = propose('2023年12月18日\n枝江市新签约项目30个\n枝江市经济发展。');
    expect(plan.proposal.figures.map((x) => x.value)).toEqual([30]);
  });
});

describe('places the content does not have', () => {
  it.skipIf(!haveSeeds)('lists each with its npm run new command, and writes nothing when no known place is named', () => {
    const dir = writeContent({ 'regions/hubei.md': null, 'regions/yichang.md': null, 'counties/yidu.md': null, 'briefings/lianghui.md': null, 'regions/dangzhisongyi.md': null, 'counties/zhijiang.md': null, 'parks/yaojiagang.md': null });
    const res = run(['--content', dir, seedFile(seedsDir, '000')]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/没有写入任何文件/);
    for (const c of ['npm run new -- county 宜都市', 'npm run new -- county 当阳市', 'npm run new -- county 枝江市', 'npm run new -- region 宜昌市']) expect(res.stderr).toContain(c);
    expect(res.stderr).toContain('npm run new -- park 宜都化工园');
    expect(existsSync(join(dir, 'briefings'))).toBe(false);
  });

  it('proposes them in --json with kind and command', () => {
    const { model } = loadContentDir(writeContent({}));
    const plan = planImport({ raw: '古浪县上升了24个名次，定襄经开区发挥优势。枝江市实现地区生产总值800亿元。', model, contentDir: '/tmp/x', taken: new Set(), file: 'a.txt', today: '2026-11-22' });
    expect(plan.proposal.unknown).toEqual([
      { name: '定襄经开区', kind: 'park', command: 'npm run new -- park 定襄经开区' },
      { name: '古浪县', kind: 'county', command: 'npm run new -- county 古浪县' },
    ]);
    expect(plan.proposal.subjects).toEqual(['zhijiang']);
  });
});

describe('files', () => {
  it('numbers a taken slug, refuses a taken --slug, and never overwrites', () => {
    const dir = writeContent({});
    const article = '枝江市召开会议\n2022年1月21日，枝江市实现地区生产总值约800亿元。\n';
    const first = run(['--content', dir, '-'], article);
    expect(first.status, first.stderr).toBe(0);
    const second = run(['--content', dir, '-'], article);
    expect(second.status, second.stderr).toBe(0);
    const names = readdirSync(join(dir, 'briefings')).sort();
    expect(names.filter((n) => n !== 'lianghui.md')).toEqual(['zhijiang-shizhao-kaihui-yi-2.md', 'zhijiang-shizhao-kaihui-yi.md']);
    const before = readFileSync(join(dir, 'briefings', 'lianghui.md'), 'utf8');
    const refused = run(['--content', dir, '--slug', 'lianghui', '-'], article);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/不会覆盖/);
    expect(readFileSync(join(dir, 'briefings', 'lianghui.md'), 'utf8')).toBe(before);
    const draft = readFileSync(join(dir, 'briefings', 'zhijiang-shizhao-kaihui-yi.md'), 'utf8');
    expect(draft).toContain('title: 枝江市召开会议');
    expect(draft).toContain('#       gdp: { 2022: 约800亿元 }');
    expect(check(dir).status).toBe(0);
  });

  it('reads GB18030 text and explains UTF-16', () => {
    const dir = writeContent({});
    const gb = new Uint8Array([0xd6, 0xa6, 0xbd, 0xad, 0xca, 0xd0, 0xca, 0xb5, 0xcf, 0xd6, 0xb5, 0xd8, 0xc7, 0xf8, 0xc9, 0xfa, 0xb2, 0xfa, 0xd7, 0xdc, 0xd6, 0xb5, 0x38, 0x30, 0x30, 0xd2, 0xda, 0xd4, 0xaa, 0xa1, 0xa3]);
    const file = join(tempDir('gb-'), 'a.txt');
    writeFileSync(file, gb);
    const res = run(['--json', '--content', dir, file]);
    expect(res.status, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout).figures[0]).toMatchObject({ kind: 'metric', metric: 'gdp', value: 800, unit: '亿元' });
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    const bad = run(['--content', dir, file]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/UTF-16/);
  });

  it('says what is wrong with an empty article and bad options, without a stack trace', () => {
    const dir = writeContent({});
    for (const [args, input, message] of [
      [['-'], '', /没有正文/],
      [['-'], '打印本页 关闭窗口\n', /没有正文/],
      [['--date', '2022/1/21', '-'], '枝江市。', /YYYY-MM-DD/],
      [[], '', /用法/],
    ] as const) {
      const res = run(['--content', dir, ...args], input);
      expect(res.status).toBe(1);
      expect(res.stderr).toMatch(message);
      expect(res.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });
});
