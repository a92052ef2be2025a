/**
 * Each kind of editor mistake fails with a message naming the file and the
 * field, what was found and what is allowed. All problems come together.
 */
import { describe, expect, it } from 'vitest';
import { BASE_FILES, errorsOf, errorTextsOf, expectError, load } from '../helpers/content.ts';
import { formatDiagnostics } from '../../src/model/diagnostics.ts';

const zhijiang = BASE_FILES['counties/zhijiang.md'];
const briefing = BASE_FILES['briefings/lianghui.md'];


describe('the example base content', () => {
  it('is valid', () => {
    const site = load();
    expect(site.errors).toEqual([]);
  });
});

describe('mistakes an editor can make', () => {
  it('an unknown region slug names the closest known slug', () => {
    expectError({ 'counties/zhijiang.md': zhijiang.replace('region: yichang', 'region: yichan') }, 'counties/zhijiang.md', 'region', 'yichan', 'yichang');
  });
  it('the hint names the file of the suggested place', () => {
    const site = load({ 'counties/zhijiang.md': zhijiang.replace('region: yichang', 'region: yichan') });
    expect(errorTextsOf(site)[0].text).toContain('regions/yichang.md');
  });
  it('a county whose region is a grouping', () => {
    const site = load({ 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\nregion: dangzhisongyi\n---\n' });
    expect(errorTextsOf(site)).toEqual([expect.objectContaining({ file: 'counties/yidu.md', field: 'region', text: expect.stringContaining('集聚区') })]);
  });
  it('an unknown park location', () => {
    expectError({ 'parks/yaojiagang.md': BASE_FILES['parks/yaojiagang.md'].replace('location: zhijiang', 'location: zhijang') }, 'parks/yaojiagang.md', 'location', 'zhijiang');
  });
  it('an unknown parent region', () => {
    expectError({ 'regions/yichang.md': '---\nname: 宜昌市\ntype: 地级市\nparent: hubie\n---\n' }, 'regions/yichang.md', 'parent', 'hubei');
  });
  it('an unknown member of a grouping', () => {
    expectError({ 'regions/dangzhisongyi.md': '---\nname: 当枝松宜\ntype: 集聚区\nmembers: [zhijiang, yiduu]\n---\n' }, 'regions/dangzhisongyi.md', 'members[1]', 'yidu');
  });
  it('an unknown industry slug', () => {
    expectError({ 'counties/zhijiang.md': zhijiang.replace('industries: [new-energy-batteries]', 'industries: [new-energy-battery]') }, 'counties/zhijiang.md', 'industries[0]', 'new-energy-batteries');
  });
  it('an unknown industry parent', () => {
    expectError({ 'industries/new-energy-batteries.md': '---\nname: 新能源电池\nparent: new-enrgy\n---\n' }, 'industries/new-energy-batteries.md', 'parent', 'new-energy');
  });
  it('an unknown ranking in a data block', () => {
    expectError({ 'counties/zhijiang.md': zhijiang.replace('county-top100: { 2021: 98 }', 'county-top10: { 2021: 98 }') }, 'counties/zhijiang.md', 'rankings.county-top10', 'county-top100');
  });
  it('an unknown metric', () => {
    expectError({ 'counties/zhijiang.md': zhijiang.replace('gdp: { 2021: 740.1 }', 'gpd: { 2021: 740.1 }') }, 'counties/zhijiang.md', 'metrics.gpd', 'gdp');
  });
  it('an unknown subject of a briefing', () => {
    expectError({ 'briefings/lianghui.md': briefing.replace('subjects: [zhijiang, dangzhisongyi]', 'subjects: [zhijiag, dangzhisongyi]') }, 'briefings/lianghui.md', 'subjects[0]', 'zhijiang');
  });
  it('a briefing whose data names a place not in subjects', () => {
    expectError({ 'briefings/lianghui.md': briefing.replace('subjects: [zhijiang, dangzhisongyi]', 'subjects: [dangzhisongyi]') }, 'briefings/lianghui.md', 'data.zhijiang', 'subjects');
  });
  it('a missing required field', () => {
    expectError({ 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\n---\n' }, 'counties/yidu.md', 'region', '必填');
  });
  it('a misspelt required field is pointed out', () => {
    expectError({ 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\nregoin: yichang\n---\n' }, 'counties/yidu.md', 'region', 'regoin');
  });
  it('a misspelt data block, target or project key', () => {
    const site = load({ 'counties/zhijiang.md': zhijiang.replace('metrics:\n', 'metircs:\n').replace('year: 2025, label: 进位八十强', 'yaer: 2025, label: 进位八十强') });
    const errors = errorTextsOf(site);
    expect(errors).toContainEqual(expect.objectContaining({ field: 'targets[0].yaer', text: expect.stringContaining('year') }));
    expect(errors).toContainEqual(expect.objectContaining({ field: 'metircs', text: expect.stringContaining('metrics') }));
    const data = load({ 'briefings/lianghui.md': briefing.replace('    metrics:\n', '    metircs:\n').replace('investment:', 'investmnt:') });
    expect(errorTextsOf(data).map((e) => e.field)).toEqual(['data.zhijiang.metircs', 'data.zhijiang.projects[0].investmnt']);
  });
  it('a wrong type', () => {
    expectError({ 'rankings/county-top100.md': '---\nname: 百强\nscope: counties\nsize: 一百\n---\n' }, 'rankings/county-top100.md', 'size', '一百');
  });
  it('a park level that is not allowed', () => {
    expectError({ 'parks/yaojiagang.md': BASE_FILES['parks/yaojiagang.md'].replace('level: 省级', 'level: 省属') }, 'parks/yaojiagang.md', 'level', '国家级', '省属');
  });
  it('a duplicate slug across places', () => {
    expectError({ 'parks/zhijiang.md': '---\nname: 枝江园\ntype: 工业园区\nlevel: 县级\nlocation: zhijiang\n---\n' }, 'parks/zhijiang.md', '(文件名 file name)', 'zhijiang');
  });
  it('a duplicate adcode', () => {
    expectError({ 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\nregion: yichang\nadcode: "420583"\n---\n' }, 'counties/zhijiang.md', 'adcode', '420583', 'yidu.md');
  });
  it('an adcode that is not six digits', () => {
    expectError({ 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\nregion: yichang\nadcode: "42058"\n---\n' }, 'counties/yidu.md', 'adcode', '6');
  });
  it('a unit that cannot convert', () => {
    expectError({ 'counties/zhijiang.md': zhijiang.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "740亩" }') }, 'counties/zhijiang.md', 'metrics.gdp.2021', '亩', '亿元');
  });
  it('a unit that does not exist', () => {
    expectError({ 'counties/zhijiang.md': zhijiang.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "740亿美元" }') }, 'counties/zhijiang.md', 'metrics.gdp.2021', '亿美元');
  });
  it('an impossible date', () => {
    expectError({ 'briefings/lianghui.md': briefing.replace('date: 2022-01-21', 'date: 2022-02-30') }, 'briefings/lianghui.md', 'date', '2022-02-30');
  });
  it('a period that is not a year or quarter', () => {
    expectError({ 'counties/zhijiang.md': zhijiang.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021Q5: 740.1 }') }, 'counties/zhijiang.md', 'metrics.gdp.2021Q5', '2023Q1');
  });
  it('a rank of 0 or a fraction', () => {
    expectError({ 'counties/zhijiang.md': zhijiang.replace('county-top100: { 2021: 98 }', 'county-top100: { 2021: 0 }') }, 'counties/zhijiang.md', 'rankings.county-top100.2021', '1');
    expectError({ 'counties/zhijiang.md': zhijiang.replace('county-top100: { 2021: 98 }', 'county-top100: { 2021: 9.5 }') }, 'counties/zhijiang.md', 'rankings.county-top100.2021', '9.5');
  });
  it('a ranking whose scope does not fit the place', () => {
    expectError({ 'counties/zhijiang.md': zhijiang.replace('county-top100: { 2021: 98 }', 'park-top100: { 2021: 9 }') }, 'counties/zhijiang.md', 'rankings.park-top100', 'parks');
  });
  it('a file name that is not a valid slug', () => {
    expectError({ 'counties/Yi_Du.md': BASE_FILES['counties/yidu.md'] }, 'counties/Yi_Du.md', '(文件名 file name)', 'yi-du.md');
  });
  it('malformed YAML gives the line', () => {
    expectError({ 'counties/yidu.md': '---\nname: 宜都市\ntype: [县级市\nregion: yichang\n---\n' }, 'counties/yidu.md', '', 'YAML');
  });
  it('an empty file', () => {
    expectError({ 'counties/yidu.md': '' }, 'counties/yidu.md', '', '空');
  });
  it('a loop in the hierarchy', () => {
    expectError({ 'regions/hubei.md': '---\nname: 湖北省\ntype: 省\nparent: yichang\n---\n' }, 'regions/hubei.md', 'parent', '→');
  });
  it('a loop blames only the files on it', () => {
    const site = load({ 'regions/hubei.md': '---\nname: 湖北省\ntype: 省\nparent: yichang\n---\n' });
    expect(errorTextsOf(site).map((e) => e.file).sort()).toEqual(['regions/hubei.md', 'regions/yichang.md']);
  });
  it('an industry loop blames only the industries on it, and those below keep their place', () => {
    const site = load({ 'industries/new-energy.md': '---\nname: 新能源\nparent: new-energy-batteries\n---\n', 'industries/solar.md': '---\nname: 光伏\nparent: new-energy\n---\n' });
    expect(errorTextsOf(site).map((e) => e.file).sort()).toEqual(['industries/new-energy-batteries.md', 'industries/new-energy.md']);
    expect(site.model.industries.get('solar')!.ancestors).toEqual(['new-energy']);
  });
  it('a target with neither metric nor ranking', () => {
    expectError({ 'counties/zhijiang.md': zhijiang.replace('- { metric: gdp, value: "1000亿元", year: 2025 }', '- { value: 1000, year: 2025 }') }, 'counties/zhijiang.md', 'targets[1]', 'metric');
  });
  it('a project status that is not allowed', () => {
    expectError({ 'briefings/lianghui.md': briefing.replace('status: 在建', 'status: 建设中') }, 'briefings/lianghui.md', 'data.zhijiang.projects[0].status', '签约');
  });
  it('a metric with a unit the generator does not know', () => {
    expectError({ 'metrics.yaml': 'gdp: { name: 地区生产总值, unit: 亿美元 }\n' }, 'metrics.yaml', 'gdp.unit', '亿元');
  });
  it('boundaries with broken coordinates', () => {
    const geo = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { adcode: '420583' }, geometry: { type: 'Polygon', coordinates: 'x' } }] };
    const site = load({ 'boundaries/yichang.geojson': JSON.stringify(geo) });
    expect(errorTextsOf(site)).toEqual([expect.objectContaining({ file: 'boundaries/yichang.geojson', field: 'features[0].geometry.coordinates' })]);
  });

  it('reports every error of a build together', () => {
    const errors = errorsOf({
      'counties/zhijiang.md': zhijiang.replace('region: yichang', 'region: yichan'),
      'parks/yaojiagang.md': BASE_FILES['parks/yaojiagang.md'].replace('level: 省级', 'level: 省属'),
      'briefings/lianghui.md': briefing.replace('date: 2022-01-21', 'date: 2022-13-01'),
    });
    expect(errors.map((e) => `${e.file} ${e.field}`).sort()).toEqual(['briefings/lianghui.md date', 'counties/zhijiang.md region', 'parks/yaojiagang.md level']);
  });

  it('prints a report without stack traces', () => {
    const site = load({ 'counties/zhijiang.md': zhijiang.replace('region: yichang', 'region: yichan') });
    const text = formatDiagnostics(site.diagnostics);
    expect(text).toContain('region: 找不到区域“yichan”');
    expect(text).toContain('did you mean “yichang”');
    expect(text).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('file names and folders', () => {
  it('an upper-case extension is an error that names the right one', () => {
    const site = load({ 'counties/yidu.md': null, 'counties/yidu.MD': BASE_FILES['counties/yidu.md'] });
    expect(errorTextsOf(site)).toContainEqual(expect.objectContaining({ file: 'counties/yidu.MD', text: expect.stringContaining('yidu.md') }));
  });
  it('files in subfolders take their slug from the file name alone', () => {
    const site = load({ 'counties/yidu.md': null, 'counties/hubei/yidu.md': BASE_FILES['counties/yidu.md'] });
    expect(site.errors).toEqual([]);
    expect(site.model.places.get('yidu')!.url).toBe('/counties/yidu/');
  });
  it('two files with one slug in different subfolders are an error', () => {
    const site = load({ 'counties/hubei/yidu.md': BASE_FILES['counties/yidu.md'] });
    expect(errorTextsOf(site)).toContainEqual(expect.objectContaining({ file: 'counties/yidu.md', field: '(文件名 file name)' }));
  });
});

describe('valid oddities are accepted', () => {
  it('CRLF line ends, a BOM, trailing spaces and full-width digits', () => {
    const odd = '\uFEFF' + zhijiang.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "７４０.１亿元" }').replace('type: 县级市', 'type: 县级市   ').replaceAll('\n', '\r\n');
    const site = load({ 'counties/zhijiang.md': odd });
    expect(site.errors).toEqual([]);
    expect(site.model.places.get('zhijiang')!.figures.get('gdp')![0].value).toBe(740.1);
  });
  it('an unknown field is a warning that suggests the known one', () => {
    const site = load({ 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\nregion: yichang\nsumary: 一句话\n---\n' });
    expect(site.errors).toEqual([]);
    expect(site.diagnostics.find((d) => d.field === 'sumary')?.hint).toContain('summary');
  });
});
