/** Behaviour fixed after review: each test fails on the old behaviour. */
import { describe, expect, it } from 'vitest';
import { BASE_FILES, load } from '../helpers/content.ts';
import type { Region } from '../../src/model/types.ts';

const Z = BASE_FILES['counties/zhijiang.md'];
const errorsOf = (site: ReturnType<typeof load>) => site.errors.map((e) => ({ file: e.file.replace(/^.*?content-[^/]+\//, ''), field: e.field, text: `${e.message} ${e.hint ?? ''}` }));

describe('mentions in text', () => {
  it('count the longest name only, not a shorter name inside it', () => {
    const site = load({
      'regions/yichang.md': '---\nname: 宜昌市\naliases: [宜昌]\ntype: 地级市\nparent: hubei\n---\n',
      'parks/yichang-gaoxinqu.md': '---\nname: 宜昌高新区\ntype: 高新技术产业开发区\nlevel: 国家级\nlocation: yichang\n---\n',
      'briefings/gaoxin.md': '---\ntitle: 园区简讯\ndate: 2022-03-01\nsubjects: [zhijiang]\n---\n宜昌高新区今年发展很快。\n',
    });
    expect(site.model.briefingBySlug.get('gaoxin')!.mentions).toEqual(['yichang-gaoxinqu']);
  });
});

describe('a briefing lists every figure it reports', () => {
  it('including one that a newer briefing supersedes', () => {
    const newer = '---\ntitle: 新报道\ndate: 2022-06-01\nsubjects: [zhijiang]\ndata:\n  zhijiang:\n    metrics:\n      gdp: { 2022: 810 }\n---\n';
    const { model } = load({ 'briefings/newer.md': newer });
    const old = model.briefingBySlug.get('lianghui')!.observations;
    expect(old.map((o) => [o.period, o.value, o.supersededBy?.briefing])).toEqual([['2022', 800, 'newer']]);
  });
});

describe('years and quarters', () => {
  const site = load({ 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: 740.1, 2023Q1: 210 }') });
  it('an annual target is measured against the latest annual figure, not a quarter', () => {
    const t = site.model.places.get('zhijiang')!.targets.find((x) => x.metric === 'gdp')!;
    expect(t.actual).toMatchObject({ period: '2022', value: 800 });
    expect(t.share).toBeCloseTo(0.8);
  });
});

describe('region members', () => {
  it('a grouping inside a province does not bring its listed members into the province', () => {
    const site = load({
      'regions/shanxi.md': '---\nname: 山西省\ntype: 省\n---\n',
      'regions/cross.md': '---\nname: 跨省协作区\ntype: 协作区\nparent: shanxi\nmembers: [zhijiang]\n---\n',
    });
    expect((site.model.places.get('shanxi') as Region).members).toEqual(['cross']);
    expect((site.model.places.get('cross') as Region).members).toEqual(['yaojiagang', 'zhijiang']);
  });
  it('groupings that list each other get each other\'s members, whatever the file order', () => {
    const site = load({
      'regions/a-group.md': '---\nname: 甲组团\ntype: 协作区\nmembers: [b-group, zhijiang]\n---\n',
      'regions/b-group.md': '---\nname: 乙组团\ntype: 协作区\nmembers: [a-group, yidu]\n---\n',
    });
    expect((site.model.places.get('a-group') as Region).members).toEqual(['b-group', 'yaojiagang', 'yidu', 'zhijiang']);
    expect((site.model.places.get('b-group') as Region).members).toEqual(['a-group', 'yaojiagang', 'yidu', 'zhijiang']);
  });
  it('listing members does not make a prefecture a grouping', () => {
    const site = load({ 'regions/yichang.md': '---\nname: 宜昌市\ntype: 地级市\nparent: hubei\nmembers: [yidu]\n---\n' });
    expect((site.model.places.get('yichang') as Region).grouping).toBe(false);
  });
});

describe('precedence and lists', () => {
  it('keeps several targets of one file for the same metric and year', () => {
    const site = load({ 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\nregion: yichang\ntargets:\n  - { metric: gdp, value: 500, year: 2025, label: 甲 }\n  - { metric: gdp, value: 600, year: 2025, label: 乙 }\n---\n' });
    expect(site.model.places.get('yidu')!.targets.map((t) => t.label)).toEqual(['甲', '乙']);
    expect(site.diagnostics.filter((d) => d.message.includes('不一致'))).toEqual([]);
  });
  it('lets the place file win a target over a briefing and warns with the field', () => {
    const b = BASE_FILES['briefings/lianghui.md'].replace('    projects:', '    targets:\n      - { metric: gdp, value: 1200, year: 2025 }\n    projects:');
    const site = load({ 'briefings/lianghui.md': b });
    const gdpTargets = site.model.places.get('zhijiang')!.targets.filter((t) => t.metric === 'gdp');
    expect(gdpTargets.map((t) => t.value)).toEqual([1000]);
    expect(site.diagnostics.find((d) => d.message.includes('不一致'))?.field).toBe('data.zhijiang.targets[0]');
  });
  it('counts a subject listed twice once, with a warning', () => {
    const site = load({ 'briefings/lianghui.md': BASE_FILES['briefings/lianghui.md'].replace('subjects: [zhijiang, dangzhisongyi]', 'subjects: [zhijiang, zhijiang, dangzhisongyi]') });
    expect(site.model.places.get('zhijiang')!.briefings).toEqual([{ slug: 'lianghui', subject: true }]);
    expect(site.diagnostics.some((d) => d.field === 'subjects[1]' && d.severity === 'warning')).toBe(true);
  });
});

describe('mistakes found in review', () => {
  it('a loop blames only the files on it', () => {
    const site = load({ 'regions/hubei.md': '---\nname: 湖北省\ntype: 省\nparent: yichang\n---\n' });
    expect(errorsOf(site).map((e) => e.file).sort()).toEqual(['regions/hubei.md', 'regions/yichang.md']);
  });
  it('an industry loop blames only the industries on it, and those below keep their place', () => {
    const site = load({ 'industries/new-energy.md': '---\nname: 新能源\nparent: new-energy-batteries\n---\n', 'industries/solar.md': '---\nname: 光伏\nparent: new-energy\n---\n' });
    expect(errorsOf(site).map((e) => e.file).sort()).toEqual(['industries/new-energy-batteries.md', 'industries/new-energy.md']);
    expect(site.model.industries.get('solar')!.ancestors).toEqual(['new-energy']);
  });
  it('a county whose region is a grouping', () => {
    const site = load({ 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\nregion: dangzhisongyi\n---\n' });
    expect(errorsOf(site)).toEqual([expect.objectContaining({ file: 'counties/yidu.md', field: 'region', text: expect.stringContaining('集聚区') })]);
  });
  it('a misspelt data block, target or project key', () => {
    const site = load({ 'counties/zhijiang.md': Z.replace('metrics:\n', 'metircs:\n').replace('year: 2025, label: 进位八十强', 'yaer: 2025, label: 进位八十强') });
    const errors = errorsOf(site);
    expect(errors).toContainEqual(expect.objectContaining({ field: 'targets[0].yaer', text: expect.stringContaining('year') }));
    expect(errors).toContainEqual(expect.objectContaining({ field: 'metircs', text: expect.stringContaining('metrics') }));
    const data = load({ 'briefings/lianghui.md': BASE_FILES['briefings/lianghui.md'].replace('    metrics:\n', '    metircs:\n').replace('investment:', 'investmnt:') });
    expect(errorsOf(data).map((e) => e.field)).toEqual(['data.zhijiang.metircs', 'data.zhijiang.projects[0].investmnt']);
  });
  it('an upper-case extension', () => {
    const site = load({ 'counties/yidu.md': null, 'counties/yidu.MD': BASE_FILES['counties/yidu.md'] });
    expect(errorsOf(site)).toContainEqual(expect.objectContaining({ file: 'counties/yidu.MD', text: expect.stringContaining('yidu.md') }));
  });
  it('boundaries with broken coordinates', () => {
    const geo = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { adcode: '420583' }, geometry: { type: 'Polygon', coordinates: 'x' } }] };
    const site = load({ 'boundaries/yichang.geojson': JSON.stringify(geo) });
    expect(errorsOf(site)).toEqual([expect.objectContaining({ file: 'boundaries/yichang.geojson', field: 'features[0].geometry.coordinates' })]);
  });
  it('the hint names the file of the suggested place', () => {
    const site = load({ 'counties/zhijiang.md': Z.replace('region: yichang', 'region: yichan') });
    expect(errorsOf(site)[0].text).toContain('regions/yichang.md');
  });
});

describe('files in subfolders', () => {
  it('take their slug from the file name alone', () => {
    const site = load({ 'counties/yidu.md': null, 'counties/hubei/yidu.md': BASE_FILES['counties/yidu.md'] });
    expect(site.errors).toEqual([]);
    expect(site.model.places.get('yidu')!.url).toBe('/counties/yidu/');
  });
  it('two files with one slug in different subfolders are an error', () => {
    const site = load({ 'counties/hubei/yidu.md': BASE_FILES['counties/yidu.md'] });
    expect(errorsOf(site)).toContainEqual(expect.objectContaining({ file: 'counties/yidu.md', field: '(文件名 file name)' }));
  });
});

