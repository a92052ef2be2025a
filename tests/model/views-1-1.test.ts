/**
 * What readers see of format 1.1 and of the judgement calls in src/model/views/: the
 * headline rank card's rule, superseded figures named from data, per-page source and note
 * numbers, qualifiers and ranges in cards and tables.
 */
import { describe, expect, it } from 'vitest';
import { BASE_FILES, load } from '../helpers/content.ts';
import { keyFigures } from '../../src/model/views/cards.ts';
import { mainRanking, rankBlocks } from '../../src/model/views/ranks.ts';
import { PageRefs } from '../../src/model/views/refs.ts';
import { targetView } from '../../src/model/views/plans.ts';
import { briefingData } from '../../src/model/views/briefings.ts';
import { figureRows } from '../../src/model/views/figures.ts';
import { parkIndex, placePage } from '../../src/model/views/index.ts';

const Z = BASE_FILES['counties/zhijiang.md'];
const B = BASE_FILES['briefings/lianghui.md'];
const industrial = '---\nname: 中国工业百强县\nscope: counties\nsize: 100\n---\n';
const broad = '---\nname: 全国综合实力千强县\nscope: counties\nsize: 1000\n---\n';

describe('the headline rank card', () => {
  const files = {
    'rankings/industrial-top100.md': industrial,
    'rankings/broad-top1000.md': broad,
    'counties/zhijiang.md': Z.replace('  county-top100: { 2021: 98 }', '  county-top100: { 2021: 98 }\n  industrial-top100: { 2021: 79 }\n  broad-top1000: { 2021: 150 }'),
  };
  it('shows the ranking the place\'s targets name, never the best of several lists, and names it', () => {
    const { model } = load(files);
    const place = model.places.get('zhijiang')!;
    expect(mainRanking(model, place)).toBe('county-top100');
    const card = keyFigures(model, place, new PageRefs(model)).find((c) => c.value.startsWith('第'))!;
    expect(card).toMatchObject({ label: '全国县域经济百强', value: '第98位' });
  });
  it('without a target naming a list, shows the broadest list', () => {
    const { model } = load({ ...files, 'counties/zhijiang.md': files['counties/zhijiang.md'].replace('  - { ranking: county-top100, rank: 80, year: 2025, label: 进位八十强 }\n', '') });
    const card = keyFigures(model, model.places.get('zhijiang')!, new PageRefs(model)).find((c) => c.value.startsWith('第'))!;
    expect(card).toMatchObject({ label: '全国综合实力千强县', value: '第150位' });
  });
  it('a movement stated without a rank shows as such', () => {
    const { model } = load({ 'rankings/gansu-progress.md': '---\nname: 进步县排名\nscope: counties\n---\n', 'counties/yidu.md': BASE_FILES['counties/yidu.md'].replace('---\n', '---\nrank_changes:\n  gansu-progress: { 2022: 24 }\n').replace(/^rank_changes[^]*?---\n/, '---\n') });
    const yidu = model.places.get('yidu')!;
    const cards = keyFigures(model, yidu, new PageRefs(model));
    expect(cards[0]).toMatchObject({ label: '进步县排名', value: '上升24位', note: '2022年 · 未公布名次' });
    expect(rankBlocks(model, yidu, new PageRefs(model))[0].rows).toMatchObject([{ year: '2022年', rank: '未公布名次', movement: { arrow: '↑24', words: '上升24位' } }]);
  });
});

describe('figures as the source states them', () => {
  it('cards, tables and targets keep qualifiers and ranges', () => {
    const { model, errors } = load({
      'metrics.yaml': `${BASE_FILES['metrics.yaml']}big_firms: { name: 百亿企业, unit: 家 }\n`,
      'counties/zhijiang.md': Z.replace('  gdp: { 2021: 740.1 }', '  gdp: { 2022: { value: "约800亿元", note: 年份据发布日期推定 } }').replace('  - { metric: gdp, value: "1000亿元", year: 2025 }', '  - { metric: big_firms, value: "5-8家", label: 培育5-8家百亿企业 }'),
      'briefings/lianghui.md': B.replace('    metrics:\n      gdp: { 2022: "800亿元" }\n', ''),
    });
    expect(errors).toEqual([]);
    const place = model.places.get('zhijiang')!;
    const refs = new PageRefs(model);
    const cards = keyFigures(model, place, refs);
    expect(cards[0]).toMatchObject({ label: '地区生产总值', value: '约800亿元', note: '2022年', figureNote: { n: 1, text: '年份据发布日期推定' } });
    expect(figureRows(model, place.figures, refs)[0]).toMatchObject({ value: '约800亿元', note: { n: 1 } });
    const t = targetView(model, place.targets.find((x) => x.metric === 'big_firms')!, refs);
    expect(t).toMatchObject({ goal: '百亿企业 5-8家', deadline: '未注明年份' });
  });
});

describe('sources and notes on a page', () => {
  it('each source gets one number on the page, marks read 来源N, and every title is listed once', () => {
    const { model } = load();
    const v = placePage(model, 'zhijiang');
    const marks = [...v.figures.map((f) => f.source), ...v.ranks.flatMap((r) => r.rows.map((x) => x.source))];
    const briefingMarks = marks.filter((m) => m.label === '来源');
    expect(new Set(briefingMarks.map((m) => m.n)).size).toBe(1);
    expect(v.refs.sources.map((s) => s.title)).toEqual(expect.arrayContaining(['当枝松宜合力打造集聚区（2022年1月21日）', '枝江市的地点资料']));
    expect(new Set(v.refs.sources.map((s) => s.n)).size).toBe(v.refs.sources.length);
  });

  it('the page\'s data date is the newest among what it shows, not the newest of the site', () => {
    const later = '---\ntitle: 宜都简报\ndate: 2024-05-01\nsubjects: [yidu]\n---\n宜都。\n';
    const { model } = load({ 'briefings/later.md': later });
    expect(placePage(model, 'zhijiang').refs.asOf).toBe('2022-01-21');
    expect(placePage(model, 'yidu').refs.asOf).toBe('2024-05-01');
  });
});

describe('a superseded figure in a briefing\'s data box', () => {
  it('names the briefing that won by its title, brackets and all', () => {
    const newer = '---\ntitle: 宜昌（2022）经济简报（上）\ndate: 2023-01-01\nsubjects: [zhijiang]\ndata:\n  zhijiang:\n    metrics:\n      gdp: { 2022: "810亿元" }\n---\n正文。\n';
    const { model } = load({ 'briefings/newer.md': newer });
    const groups = briefingData(model, model.briefingBySlug.get('lianghui')!, new PageRefs(model));
    const gdp = groups[0].items.find((i) => i.label.startsWith('地区生产总值'))!;
    expect(gdp.superseded).toBe('已由《宜昌（2022）经济简报（上）》更新');
  });
});

describe('parks without a level', () => {
  it('are listed under 未注明级别 on the parks index and shown as 未注明 on their page', () => {
    const { model } = load({ 'parks/yaojiagang.md': BASE_FILES['parks/yaojiagang.md'].replace('level: 省级\n', '') });
    expect(parkIndex(model).groups.map((g) => g.level)).toEqual(['未注明级别']);
    expect(placePage(model, 'yaojiagang').level).toBe('未注明');
  });
});
