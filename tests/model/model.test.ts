/** The model's links, memberships, precedence and aggregations. */
import { describe, expect, it } from 'vitest';
import { BASE_FILES, load } from '../helpers/content.ts';
import type { Region } from '../../src/model/types.ts';

describe('hierarchy and memberships', () => {
  const { model } = load();
  it('gives each place its ancestors for breadcrumbs', () => {
    expect(model.places.get('zhijiang')!.ancestors).toEqual(['hubei', 'yichang']);
    expect(model.places.get('yaojiagang')!.ancestors).toEqual(['hubei', 'yichang', 'zhijiang']);
  });
  it('reaches counties of prefectures and their parks from the province', () => {
    const hubei = model.places.get('hubei') as Region;
    expect(hubei.members).toEqual(['yaojiagang', 'yichang', 'yidu', 'zhijiang']);
    expect(hubei.children).toEqual(['yichang']);
  });
  it('makes a grouping of listed members and links them back', () => {
    const g = model.places.get('dangzhisongyi') as Region;
    expect(g.grouping).toBe(true);
    expect(g.members).toEqual(['yaojiagang', 'yidu', 'zhijiang']);
    expect(model.places.get('zhijiang')!.groupings).toEqual(['dangzhisongyi']);
  });
  it('lists the parks in a county', () => {
    expect(model.places.get('zhijiang')!.parks).toEqual(['yaojiagang']);
  });
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

describe('industries', () => {
  const { model } = load();
  it('builds the tree and gathers places from sub-industries', () => {
    const ne = model.industries.get('new-energy')!;
    expect(ne.children).toEqual(['new-energy-batteries']);
    expect(ne.places).toEqual([{ slug: 'zhijiang', via: 'new-energy-batteries' }]);
    expect(model.industries.get('chemicals')!.places).toEqual([{ slug: 'yaojiagang', via: 'chemicals' }]);
  });
  it('gathers projects and briefings up the tree', () => {
    expect(model.industries.get('new-energy')!.projects.map((p) => p.name)).toEqual(['天赐新能源']);
    expect(model.industries.get('new-energy')!.briefings).toEqual(['lianghui']);
  });
});

describe('figures', () => {
  it('converts briefing values into the metric unit and credits the briefing', () => {
    const { model } = load();
    const gdp = model.places.get('zhijiang')!.figures.get('gdp')!;
    expect(gdp.map((o) => [o.period, o.value, o.source.briefing])).toEqual([
      ['2021', 740.1, undefined],
      ['2022', 800, 'lianghui'],
    ]);
  });
  it('lets the place file win over briefings, then the newest briefing, and warns', () => {
    const newer = '---\ntitle: 新报道\ndate: 2022-06-01\nsubjects: [zhijiang]\ndata:\n  zhijiang:\n    metrics:\n      gdp: { 2021: 741, 2022: 810 }\n---\n';
    const { model, diagnostics } = load({ 'briefings/newer.md': newer });
    const gdp = model.places.get('zhijiang')!.figures.get('gdp')!;
    expect(gdp.map((o) => [o.period, o.value, o.source.briefing])).toEqual([
      ['2021', 740.1, undefined],
      ['2022', 810, 'newer'],
    ]);
    expect(diagnostics.filter((d) => d.severity === 'warning' && d.message.includes('不一致')).map((d) => d.file.replace(/^.*\//, ''))).toEqual(['newer.md', 'lianghui.md']);
  });
  it('drops the figures of draft briefings from the site', () => {
    const draft = BASE_FILES['briefings/lianghui.md'].replace('date: 2022-01-21', 'date: 2022-01-21\ndraft: true');
    const { model } = load({ 'briefings/lianghui.md': draft });
    expect(model.briefings).toEqual([]);
    expect(model.places.get('zhijiang')!.figures.get('gdp')!.map((o) => o.period)).toEqual(['2021']);
  });
  it('puts the latest actual beside each target, with the share reached', () => {
    const { model } = load();
    const [rank, gdp] = model.places.get('zhijiang')!.targets.sort((a, b) => a.label.localeCompare(b.label));
    expect(model.places.get('zhijiang')!.targets).toHaveLength(2);
    const byKind = Object.fromEntries([rank, gdp].map((t) => [t.metric ?? t.ranking, t]));
    expect(byKind['county-top100'].actual).toMatchObject({ value: 98, period: '2021' });
    expect(byKind.gdp.value).toBe(1000);
    expect(byKind.gdp.actual).toMatchObject({ value: 800, period: '2022' });
    expect(byKind.gdp.share).toBeCloseTo(0.8);
  });
  it('measures an annual target against the latest annual figure, not a quarter', () => {
    const site = load({ 'counties/zhijiang.md': BASE_FILES['counties/zhijiang.md'].replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: 740.1, 2023Q1: 210 }') });
    const t = site.model.places.get('zhijiang')!.targets.find((x) => x.metric === 'gdp')!;
    expect(t.actual).toMatchObject({ period: '2022', value: 800 });
    expect(t.share).toBeCloseTo(0.8);
  });
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
  it('computes rank movement between years', () => {
    const later = '---\ntitle: 新榜单\ndate: 2023-01-01\nsubjects: [zhijiang]\ndata:\n  zhijiang:\n    rankings:\n      county-top100: { 2022: 90 }\n---\n';
    const { model } = load({ 'briefings/later.md': later });
    const entries = model.places.get('zhijiang')!.ranks.get('county-top100')!;
    expect(entries.map((e) => [e.year, e.rank, e.change])).toEqual([
      [2021, 98, undefined],
      [2022, 90, 8],
    ]);
    const ranking = model.rankings.get('county-top100')!;
    expect(ranking.years.map((y) => y.year)).toEqual([2022, 2021]);
    expect(ranking.movers).toEqual([{ place: 'zhijiang', change: 8 }]);
  });
});

describe('briefings and backlinks', () => {
  const { model } = load();
  it('links subjects and places mentioned in the text back to the briefing', () => {
    const b = model.briefingBySlug.get('lianghui')!;
    expect(b.mentions).toEqual(['yidu']);
    expect(model.places.get('zhijiang')!.briefings).toEqual([{ slug: 'lianghui', subject: true }]);
    expect(model.places.get('yidu')!.briefings).toEqual([{ slug: 'lianghui', subject: false }]);
  });
  it('counts a mention of the longest name only, not a shorter name inside it', () => {
    const site = load({
      'regions/yichang.md': '---\nname: 宜昌市\naliases: [宜昌]\ntype: 地级市\nparent: hubei\n---\n',
      'parks/yichang-gaoxinqu.md': '---\nname: 宜昌高新区\ntype: 高新技术产业开发区\nlevel: 国家级\nlocation: yichang\n---\n',
      'briefings/gaoxin.md': '---\ntitle: 园区简讯\ndate: 2022-03-01\nsubjects: [zhijiang]\n---\n宜昌高新区今年发展很快。\n',
    });
    expect(site.model.briefingBySlug.get('gaoxin')!.mentions).toEqual(['yichang-gaoxinqu']);
  });
  it('counts a subject listed twice once, with a warning', () => {
    const site = load({ 'briefings/lianghui.md': BASE_FILES['briefings/lianghui.md'].replace('subjects: [zhijiang, dangzhisongyi]', 'subjects: [zhijiang, zhijiang, dangzhisongyi]') });
    expect(site.model.places.get('zhijiang')!.briefings).toEqual([{ slug: 'lianghui', subject: true }]);
    expect(site.diagnostics.some((d) => d.field === 'subjects[1]' && d.severity === 'warning')).toBe(true);
  });
  it('collects the figures a briefing reports', () => {
    const b = model.briefingBySlug.get('lianghui')!;
    expect(b.observations.map((o) => `${o.place} ${o.metric} ${o.period} ${o.value}`)).toEqual(['zhijiang gdp 2022 800']);
    expect(b.projects.map((p) => [p.name, p.investment])).toEqual([['天赐新能源', 50]]);
  });
  it('lists every figure a briefing reports, including one that a newer briefing supersedes', () => {
    const newer = '---\ntitle: 新报道\ndate: 2022-06-01\nsubjects: [zhijiang]\ndata:\n  zhijiang:\n    metrics:\n      gdp: { 2022: 810 }\n---\n';
    const { model: withNewer } = load({ 'briefings/newer.md': newer });
    const old = withNewer.briefingBySlug.get('lianghui')!.observations;
    expect(old.map((o) => [o.period, o.value, o.supersededBy?.briefing])).toEqual([['2022', 800, 'newer']]);
  });
});

