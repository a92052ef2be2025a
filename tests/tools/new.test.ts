/**
 * `npm run new`: slugs from names (levels dropped, polyphonic place names read right, taken
 * slugs numbered), counties and regions prefilled from the divisions table and the content,
 * every field of the format present, required ones marked, and no file ever overwritten.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { planNewFile } from '../../scripts/new/plan.ts';
import { slugCandidates } from '../../scripts/new/slug.ts';
import { loadContentDir } from '../../src/model/index.ts';
import { root, tempDir } from '../helpers/built-site.ts';

const example = join(root, 'content');
/** A copy of the example content, to add files to. */
function contentCopy(): string {
  const dir = join(tempDir('new-'), 'content');
  cpSync(example, dir, { recursive: true });
  return dir;
}
const today = '2026-11-22';

describe('slugs', () => {
  it.each([
    ['county', '枝江市', 'zhijiang'],
    ['county', '单县', 'shanxian'],
    ['county', '大城县', 'dacheng'],
    ['county', '涡阳县', 'guoyang'],
    ['county', '泌阳县', 'biyang'],
    ['county', '尉氏县', 'yushi'],
    ['county', '长治县', 'changzhi'],
    ['region', '恩施土家族苗族自治州', 'enshi'],
    ['region', '湖北省', 'hubei'],
    ['industry', '新能源', 'xinnengyuan'],
  ])('%s %s → %s', (kind, name, slug) => expect(slugCandidates(kind, name)[0]).toBe(slug));

  it('puts a park\'s kind after its place', () => {
    expect(slugCandidates('park', '随州高新技术产业开发区', ['随州'])[0]).toBe('suizhou-gaoxinqu');
    expect(slugCandidates('park', '长治经济技术开发区', ['长治'])[0]).toBe('changzhi-jingkaiqu');
  });

  it('keeps the level as a second choice, for names that share a stem', () => {
    expect(slugCandidates('county', '朝阳区')).toEqual(['chaoyang', 'chaoyang-qu']);
  });

  it('cuts a briefing title into pairs of syllables, eight at most', () => {
    expect(slugCandidates('briefing', '当枝松宜百强县域集聚区建设推进会')[0]).toBe('dangzhi-songyi-baiqiang-xianyu');
  });
});

describe('a new county', () => {
  it('is prefilled from the divisions table and the content, with every field of the format', () => {
    const dir = contentCopy();
    const plan = planNewFile({ kind: 'county', name: '远安县', contentDir: dir, today });
    expect(plan.path).toBe(join(dir, 'counties', 'yuanan.md'));
    const { data, content } = matter(plan.text);
    expect(data).toMatchObject({ name: '远安县', type: '县', region: 'yichang', adcode: '420525' });
    for (const field of ['name', 'aliases', 'summary', 'type', 'region', 'adcode', 'industries', 'metrics', 'rankings', 'rank_changes', 'targets', 'projects']) expect(plan.text, field).toMatch(new RegExp(`^(#\\s*)?${field}:`, 'm'));
    expect(plan.text).toMatch(/^type: .*# 必填。/m);
    expect(plan.text).toMatch(/^region: .*# 必填。/m);
    expect(content.trim()).not.toBe('');
    // Written as it is, it passes the check.
    writeFileSync(plan.path, plan.text);
    const site = loadContentDir(dir);
    expect(site.errors).toEqual([]);
    expect(site.model.places.get('yuanan')?.name).toBe('远安县');
  });

  it('names a region the content lacks, with the command that makes it', () => {
    const plan = planNewFile({ kind: 'county', name: '单县', contentDir: contentCopy(), today });
    expect(matter(plan.text).data).toMatchObject({ adcode: '371722', type: '县' });
    expect(plan.notes.join('\n')).toContain('npm run new -- region 菏泽市');
  });

  it('asks which one when a name has several divisions, and takes --adcode, also beside a file of the other one', () => {
    const dir = contentCopy();
    const plan = planNewFile({ kind: 'county', name: '朝阳区', contentDir: dir, today });
    expect(plan.notes.join('\n')).toMatch(/有 \d+ 个.*--adcode/);
    const beijing = planNewFile({ kind: 'county', name: '朝阳区', contentDir: dir, adcode: '110105', today });
    expect(matter(beijing.text).data.adcode).toBe('110105');
    // Its region filled in, as the editor would (北京市 has no file in the example content).
    writeFileSync(beijing.path, beijing.text.replace(/^region: .*$/m, 'region: hubei'));
    const changchun = planNewFile({ kind: 'county', name: '朝阳区', contentDir: dir, adcode: '220104', today });
    expect(changchun.slug).toBe('chaoyang-qu');
    expect(() => planNewFile({ kind: 'county', name: '朝阳区', contentDir: dir, adcode: '110105', today })).toThrow(/已有文件/);
  });

  it('suggests short names as aliases without enabling them, and sees slugs in subfolders', () => {
    const dir = contentCopy();
    const plan = planNewFile({ kind: 'county', name: '远安县', contentDir: dir, today });
    expect(plan.text).toMatch(/^# aliases: \[远安\]/m);
    expect(matter(plan.text).data.aliases).toBeUndefined();
    mkdirSync(join(dir, 'counties', 'yichang'), { recursive: true });
    writeFileSync(join(dir, 'counties', 'yichang', 'yuanan.md'), readFileSync(join(dir, 'counties', 'zhijiang.md'), 'utf8').replace('枝江市', '别的远安').replace('420583', '420597'));
    expect(planNewFile({ kind: 'county', name: '远安县', contentDir: dir, today }).slug).toBe('yuanan-xian');
  });

  it('refuses a name that already has a file, and numbers a taken slug', () => {
    const dir = contentCopy();
    expect(() => planNewFile({ kind: 'county', name: '枝江市', contentDir: dir, today })).toThrow(/已有文件.*counties\/zhijiang/);
    writeFileSync(join(dir, 'counties', 'yuanan.md'), readFileSync(join(dir, 'counties', 'zhijiang.md'), 'utf8').replace('枝江市', '另一个远安').replace('420583', '420599'));
    writeFileSync(join(dir, 'counties', 'yuanan-xian.md'), readFileSync(join(dir, 'counties', 'zhijiang.md'), 'utf8').replace('枝江市', '又一个远安').replace('420583', '420598'));
    const plan = planNewFile({ kind: 'county', name: '远安县', contentDir: dir, today });
    expect(plan.slug).toBe('yuanan-2');
    expect(plan.notes.join('\n')).toContain('yuanan-2');
  });
});

describe('other kinds', () => {
  it('writes a park, a briefing, an industry and a ranking with their fields, required ones marked', () => {
    const dir = contentCopy();
    const park = planNewFile({ kind: 'park', name: '宜昌高新技术产业开发区', contentDir: dir, today });
    expect(park.slug).toBe('yichang-gaoxinqu');
    expect(park.text).toMatch(/^location: .*# 必填。/m);
    expect(park.text).toMatch(/^# parent:/m);
    const briefing = planNewFile({ kind: 'briefing', name: '宜昌市召开县域经济发展大会', contentDir: dir, today });
    expect(matter(briefing.text).data).toMatchObject({ title: '宜昌市召开县域经济发展大会', subjects: [] });
    expect(briefing.text).toMatch(new RegExp(`^date: ${today} .*# 必填。`, 'm'));
    expect(briefing.text).toMatch(/^# data:/m);
    expect(planNewFile({ kind: 'ranking', name: '全国综合实力百强县市', contentDir: dir, today }).text).toMatch(/^scope: .*# 必填。/m);
    expect(planNewFile({ kind: 'industry', name: '氢能', contentDir: dir, today }).text).toMatch(/^# parent:/m);
  });
});

describe('the command', () => {
  const run = (dir: string, ...args: string[]) => spawnSync(process.execPath, ['scripts/new.ts', ...args, '--content', dir], { cwd: root, encoding: 'utf8' });

  it('creates the file, and never overwrites one', () => {
    const dir = contentCopy();
    const first = run(dir, 'county', '远安县');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('counties/yuanan.md');
    const before = readFileSync(join(dir, 'counties', 'yuanan.md'), 'utf8');
    writeFileSync(join(dir, 'counties', 'yuanan.md'), `${before}编辑写的正文。\n`);
    const again = run(dir, 'county', '远安县', '--slug', 'yuanan');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已被');
    expect(readFileSync(join(dir, 'counties', 'yuanan.md'), 'utf8')).toBe(`${before}编辑写的正文。\n`);
  });

  it('explains its use, and an unknown kind, without a stack trace', () => {
    const r = run(contentCopy(), 'city', '宜昌市');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('不认识的类别“city”');
    expect(r.stderr).toContain('npm run new -- county 枝江市');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
