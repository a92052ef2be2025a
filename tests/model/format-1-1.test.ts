/**
 * Content format 1.1 in the model: qualifiers and notes kept, ranges only in targets,
 * rank changes, parks without a level and parks inside parks, the new target and project
 * fields. Each misuse fails with the file, the field and a fix.
 */
import { describe, expect, it } from 'vitest';
import { BASE_FILES, errorsOf, expectError, load } from '../helpers/content.ts';
import type { Park } from '../../src/model/types.ts';

const Z = BASE_FILES['counties/zhijiang.md'];
const B = BASE_FILES['briefings/lianghui.md'];
/** The base briefing with another body. */
const withBody = (body: string) => B.slice(0, B.lastIndexOf('---\n') + 4) + body;
const park = (slug: string, extra: string) => `---\nname: ${slug}园\ntype: 工业园区\nlocation: zhijiang\n${extra}---\n`;


describe('qualifiers and notes', () => {
  it('keeps the qualifier and the unit the source wrote, converting the value', () => {
    const { model, errors } = load({ 'counties/zhijiang.md': Z.replace('  gdp: { 2021: 740.1 }', '  gdp: { 2021: "约740亿", 2020: "近7000000万元" }\n  land: { 2022: "4310多亩" }') });
    expect(errors).toEqual([]);
    const gdp = model.places.get('zhijiang')!.figures.get('gdp')!;
    expect(gdp.filter((o) => o.period < '2022').map((o) => [o.period, o.value, o.stated])).toEqual([
      ['2020', 700, { qualifier: '近', unit: '万元' }],
      ['2021', 740, { qualifier: '约', unit: '亿元' }],
    ]);
    expect(model.places.get('zhijiang')!.figures.get('land')![0].stated).toEqual({ qualifier: '多', unit: '亩' });
  });

  it('a metric defined in 亿 is in 亿元', () => {
    const { model, errors } = load({ 'metrics.yaml': `${BASE_FILES['metrics.yaml']}tax: { name: 税收, unit: 亿 }\n` });
    expect(errors).toEqual([]);
    expect(model.metrics.get('tax')!.unit).toBe('亿元');
  });

  it('drops 达 as plain wording', () => {
    const { model } = load({ 'counties/zhijiang.md': Z.replace('  gdp: { 2021: 740.1 }', '  gdp: { 2021: "达740亿元" }') });
    expect(model.places.get('zhijiang')!.figures.get('gdp')![0].stated).toBeUndefined();
  });

  it('keeps the note of the long form', () => {
    const { model, errors } = load({ 'counties/zhijiang.md': Z.replace('  gdp: { 2021: 740.1 }', '  gdp: { 2021: { value: "约740亿元", note: 年份据发布日期推定 } }') });
    expect(errors).toEqual([]);
    expect(model.places.get('zhijiang')!.figures.get('gdp')![0]).toMatchObject({ value: 740, note: '年份据发布日期推定', stated: { qualifier: '约' } });
  });

  it('a misspelt key in the long form is an error, so the note is not lost', () => {
    expectError({ 'counties/zhijiang.md': Z.replace('  gdp: { 2021: 740.1 }', '  gdp: { 2021: { value: 740.1, notes: 推定 } }') }, 'counties/zhijiang.md', 'metrics.gdp.2021', 'value', 'note');
  });

  it('two qualifiers on one value are an error', () => {
    expectError({ 'counties/zhijiang.md': Z.replace('  gdp: { 2021: 740.1 }', '  gdp: { 2021: "约740亿元以上" }') }, 'counties/zhijiang.md', 'metrics.gdp.2021', '限定词');
  });

  it('a range in a metric is an error that suggests the long form', () => {
    expectError({ 'counties/zhijiang.md': Z.replace('  gdp: { 2021: 740.1 }', '  gdp: { 2021: "700-800亿元" }') }, 'counties/zhijiang.md', 'metrics.gdp.2021', '范围', '{ value:', 'note');
  });
});

describe('targets and projects (1.1)', () => {
  it('a range in a target value is kept as a range', () => {
    const { model, errors } = load({
      'metrics.yaml': `${BASE_FILES['metrics.yaml']}big_firms: { name: 百亿企业, unit: 家 }\n`,
      'counties/zhijiang.md': Z.replace('  - { metric: gdp, value: "1000亿元", year: 2025 }', '  - { metric: big_firms, value: "5-8家", label: 培育5-8家百亿企业, note: 原文未注明年份 }'),
    });
    expect(errors).toEqual([]);
    const t = model.places.get('zhijiang')!.targets.find((x) => x.metric === 'big_firms')!;
    expect(t).toMatchObject({ value: 5, stated: { max: 8, unit: '家' }, year: undefined, note: '原文未注明年份' });
  });

  it('a target names its industry; an unknown industry is an error with a suggestion', () => {
    const { model } = load({ 'counties/zhijiang.md': Z.replace('  - { metric: gdp, value: "1000亿元", year: 2025 }', '  - { metric: industrial_output, value: "300亿元", year: 2025, industry: chemicals }\n  - { metric: industrial_output, value: "200亿元", year: 2025, industry: new-energy }') });
    expect(model.places.get('zhijiang')!.targets.filter((t) => t.metric === 'industrial_output').map((t) => t.industry).sort()).toEqual(['chemicals', 'new-energy']);
    // Listed on the industry's page, and on its parent's.
    expect(model.industries.get('chemicals')!.targets.map((t) => t.value)).toEqual([300]);
    expect(model.industries.get('new-energy')!.targets.map((t) => t.value)).toEqual([200]);
    expectError({ 'counties/zhijiang.md': Z.replace('  - { metric: gdp, value: "1000亿元", year: 2025 }', '  - { metric: gdp, value: "1000亿元", industry: chemical }') }, 'counties/zhijiang.md', 'targets[1].industry', 'chemicals');
  });

  it('a ranking target may advance places instead of naming a rank', () => {
    const { model, errors } = load({ 'counties/zhijiang.md': Z.replace('{ ranking: county-top100, rank: 80, year: 2025, label: 进位八十强 }', '{ ranking: county-top100, advance: 20 }') });
    expect(errors).toEqual([]);
    expect(model.places.get('zhijiang')!.targets.find((t) => t.ranking)).toMatchObject({ advance: 20, year: undefined, label: '全国县域经济百强位次前移20位' });
  });

  it('a project without a status, with a qualified investment and a note', () => {
    const { model, errors } = load({ 'briefings/lianghui.md': B.replace('{ name: 天赐新能源, investment: "50亿元", status: 在建, year: 2022, industries: [new-energy-batteries] }', '{ name: 天赐新能源, investment: "约50亿元", note: 签约在即 }') });
    expect(errors).toEqual([]);
    expect(model.places.get('zhijiang')!.projects[0]).toMatchObject({ investment: 50, investmentStated: { qualifier: '约' }, status: undefined, note: '签约在即' });
  });
});

describe('rank changes', () => {
  const ranking = '---\nname: 全省县域经济发展进步县排名\nscope: counties\n---\n';
  it('are read from place files and briefings and listed on the place and the ranking', () => {
    const { model, errors } = load({
      'rankings/gansu-progress.md': ranking,
      'counties/zhijiang.md': Z.replace('rankings:\n', 'rank_changes:\n  gansu-progress: { 2021: -2 }\nrankings:\n'),
      'briefings/lianghui.md': B.replace('    metrics:\n', '    rank_changes:\n      gansu-progress: { 2022: { value: +24, note: 年份据“去年”推定 } }\n    metrics:\n'),
    });
    expect(errors).toEqual([]);
    expect(model.places.get('zhijiang')!.rankChanges.get('gansu-progress')!.map((c) => [c.year, c.change, c.note])).toEqual([[2021, -2, undefined], [2022, 24, '年份据“去年”推定']]);
    expect(model.rankings.get('gansu-progress')!.rankChanges.map((c) => c.year)).toEqual([2022, 2021]);
    expect(model.briefingBySlug.get('lianghui')!.rankChanges).toHaveLength(1);
  });
  it('a change that is not a signed whole number is an error', () => {
    expectError({ 'rankings/gansu-progress.md': ranking, 'counties/zhijiang.md': Z.replace('rankings:\n', 'rank_changes:\n  gansu-progress: { 2021: 上升24位 }\nrankings:\n') }, 'counties/zhijiang.md', 'rank_changes.gansu-progress.2021', '+24');
    expectError({ 'rankings/gansu-progress.md': ranking, 'counties/zhijiang.md': Z.replace('rankings:\n', 'rank_changes:\n  gansu-progress: { 2021: 2.5 }\nrankings:\n') }, 'counties/zhijiang.md', 'rank_changes.gansu-progress.2021', '整数');
  });
  it('an unknown ranking is an error with a suggestion', () => {
    expectError({ 'counties/zhijiang.md': Z.replace('rankings:\n', 'rank_changes:\n  county-top10: { 2021: 3 }\nrankings:\n') }, 'counties/zhijiang.md', 'rank_changes.county-top10', 'county-top100');
  });
  it('a ranking may carry a note in the long form', () => {
    const { model, errors } = load({ 'counties/zhijiang.md': Z.replace('  county-top100: { 2021: 98 }', '  county-top100: { 2021: { value: 98, note: 年份据发布日期推定 } }') });
    expect(errors).toEqual([]);
    expect(model.places.get('zhijiang')!.ranks.get('county-top100')![0]).toMatchObject({ rank: 98, note: '年份据发布日期推定' });
  });
});

describe('parks (1.1)', () => {
  it('a park without a level is valid', () => {
    const { model, errors } = load({ 'parks/yaojiagang.md': BASE_FILES['parks/yaojiagang.md'].replace('level: 省级\n', '') });
    expect(errors).toEqual([]);
    expect((model.places.get('yaojiagang') as Park).level).toBeUndefined();
  });

  it('a sub-park links its parent, the parent lists it, and breadcrumbs follow the chain', () => {
    const { model, errors } = load({ 'parks/jiadong.md': park('jiadong', 'parent: yaojiagang\n'), 'parks/jiadong-a.md': park('jiadong-a', 'parent: jiadong\n') });
    expect(errors).toEqual([]);
    const get = (s: string) => model.places.get(s) as Park;
    expect(get('jiadong').parentPark).toBe('yaojiagang');
    expect(get('yaojiagang').subParks).toEqual(['jiadong']);
    expect(get('jiadong-a').ancestors).toEqual(['hubei', 'yichang', 'zhijiang', 'yaojiagang', 'jiadong']);
    // The host county still counts every park it hosts.
    expect(model.places.get('zhijiang')!.parks.sort()).toEqual(['jiadong', 'jiadong-a', 'yaojiagang']);
  });

  it('a cycle of parent parks is an error on the files that form it, and they lose the parent', () => {
    const files = { 'parks/a.md': park('a', 'parent: b\n'), 'parks/b.md': park('b', 'parent: a\n'), 'parks/c.md': park('c', 'parent: a\n') };
    const errors = errorsOf(files).filter((e) => e.field === 'parent');
    expect(errors.map((e) => e.file).sort()).toEqual(['parks/a.md', 'parks/b.md']);
    expect(errors[0].message).toContain('成环');
  });

  it('an unknown parent park names the closest park; a parent that is not a park is an error', () => {
    expectError({ 'parks/jiadong.md': park('jiadong', 'parent: yaojiagan\n') }, 'parks/jiadong.md', 'parent', 'yaojiagang');
    expectError({ 'parks/jiadong.md': park('jiadong', 'parent: zhijiang\n') }, 'parks/jiadong.md', 'parent', 'location');
    expectError({ 'parks/jiadong.md': park('jiadong', 'parent: jiadong\n') }, 'parks/jiadong.md', 'parent', '自己');
  });
});

describe('briefings (1.1 extensions)', () => {
  it('keeps what an inferred date rests on', () => {
    const { model, errors } = load({ 'briefings/lianghui.md': B.replace('date: 2022-01-21\n', 'date: 2022-01-21\ndate_note: 原文未注明日期\n') });
    expect(errors).toEqual([]);
    expect(model.briefingBySlug.get('lianghui')!.dateNote).toBe('原文未注明日期');
  });

  it('counts a place as mentioned only where the body links it: not in the title, a heading or code', () => {
    const body = '# 宜都\n\n`宜都`\n\n```\n宜都\n```\n\n[宜都](https://example.org/)\n';
    const { model } = load({ 'briefings/lianghui.md': withBody(body).replace('title: 当枝松宜合力打造集聚区', 'title: 宜都合力打造集聚区') });
    expect(model.briefingBySlug.get('lianghui')!.mentions).toEqual([]);
    const linked = load({ 'briefings/lianghui.md': withBody('正文提到宜都。\n') }).model;
    expect(linked.briefingBySlug.get('lianghui')!.mentions).toEqual(['yidu']);
  });
});
