/**
 * The page views (src/model/views/): one plain object per page kind, holding everything its
 * template prints, with site paths (the HTML layer adds the deploy base).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { load } from '../helpers/content.ts';
import {
  briefingIndex, briefingPage, countyIndex, homePage, industryIndex, industryPage, mdxChartFor, parkIndex, placePage, rankingIndex, rankingPage, regionIndex,
} from '../../src/model/views/index.ts';
import type { SiteModel } from '../../src/model/types.ts';

const chartsBriefing = '---\ntitle: 图表简报\ndate: 2022-03-01\nsubjects: [zhijiang]\n---\n正文。\n\n<RankChart places={["zhijiang"]} ranking="county-top100" />\n';

function allViews(model: SiteModel): [string, unknown][] {
  return [
    ['home', homePage(model)],
    ['counties', countyIndex(model)],
    ['parks', parkIndex(model)],
    ['regions', regionIndex(model)],
    ['industries', industryIndex(model)],
    ['rankings', rankingIndex(model)],
    ['briefings', briefingIndex(model)],
    ...[...model.places.keys()].map((s): [string, unknown] => [`place ${s}`, placePage(model, s)]),
    ...[...model.industries.keys()].map((s): [string, unknown] => [`industry ${s}`, industryPage(model, s)]),
    ...[...model.rankings.keys()].map((s): [string, unknown] => [`ranking ${s}`, rankingPage(model, s)]),
    ...model.briefings.map((b): [string, unknown] => [`briefing ${b.slug}`, briefingPage(model, b.slug)]),
  ];
}

/** Every value in a view: objects must be plain (no classes, Maps or model records' methods). */
function walk(x: unknown, at: string, visit: (key: string, value: unknown, at: string) => void): void {
  if (Array.isArray(x)) return x.forEach((v, i) => walk(v, `${at}[${i}]`, visit));
  if (x && typeof x === 'object') {
    expect(Object.getPrototypeOf(x), `${at} is not a plain object`).toBe(Object.prototype);
    for (const [k, v] of Object.entries(x)) {
      visit(k, v, `${at}.${k}`);
      walk(v, `${at}.${k}`, visit);
    }
  }
}

describe('page views', () => {
  const base = process.env.SITE_BASE;
  afterEach(() => {
    if (base === undefined) delete process.env.SITE_BASE;
    else process.env.SITE_BASE = base;
  });

  it('are plain data whose links are site paths, whatever the deploy base', () => {
    process.env.SITE_BASE = '/sub/';
    const { model, errors } = load({ 'briefings/charts.mdx': chartsBriefing });
    expect(errors).toEqual([]);
    let urls = 0;
    for (const [name, view] of allViews(model)) {
      walk(view, name, (key, value, at) => {
        // A briefing's source may link elsewhere (source.url); every other link is a page of this site.
        if ((key !== 'url' && key !== 'csvUrl') || value === undefined || at.endsWith('.source.url')) return;
        urls++;
        // Or an anchor on the page itself (a place page citing its own file: #about).
        expect(value, at).toMatch(/^(\/(?!sub\/)|#about$)/);
      });
    }
    expect(urls).toBeGreaterThan(50);
  });

  it('print the page\'s newest date, from what it shows', () => {
    const { model } = load({ 'briefings/charts.mdx': chartsBriefing });
    expect(homePage(model).asOf).toBe('2022-03-01');
    expect(briefingIndex(model).asOf).toBe('2022-03-01');
    expect(briefingPage(model, 'lianghui').asOf).toBe('2022-01-21');
    expect(placePage(model, 'zhijiang').asOf).toBe('2022-03-01');
  });
});

describe('the place page', () => {
  it('lists its facts, member tables and link lists ready to print', () => {
    const { model } = load();
    const park = placePage(model, 'yaojiagang');
    expect(park.facts).toEqual([{ term: '类别', text: '园区 · 化工园区 · 级别省级' }, { term: '所在地', link: { label: '枝江市', url: '/counties/zhijiang/' } }]);
    expect(park).toMatchObject({ level: '省级', levelBadge: '省级', grouping: false, crumbs: [{ label: '首页', url: '/' }, { label: '湖北省' }, { label: '宜昌市' }, { label: '枝江市' }] });
    const zhijiang = placePage(model, 'zhijiang');
    expect(zhijiang.facts.map((f) => f.term)).toEqual(['类别', '上级', '行政区划代码', '又称']);
    expect(zhijiang.linkLists.map((l) => l.heading)).toEqual(['境内园区', '所属区域组团', '产业']);
    const cluster = placePage(model, 'dangzhisongyi');
    expect(cluster.grouping).toBe(true);
    expect(cluster.memberTables.map((t) => [t.id, t.table.rows.map((r) => r.place.label)])).toEqual([['mc-h', ['宜都市', '枝江市']], ['mp-h', ['姚家港化工园']]]);
  });
});

describe('index pages', () => {
  it('regions: administrative regions with the regions below them, groupings with their listed members', () => {
    const { model } = load();
    const v = regionIndex(model);
    expect(v.admin).toEqual([{ link: { label: '湖北省', url: '/regions/hubei/' }, meta: '省 · 成员 4 个', children: [{ label: '宜昌市', url: '/regions/yichang/' }] }]);
    expect(v.groupings).toEqual([{ link: { label: '当枝松宜集聚区', url: '/regions/dangzhisongyi/' }, meta: '集聚区 · 成员 枝江市、宜都市', children: [] }]);
  });

  it('industries: a tree with the number of places under each', () => {
    const { model } = load();
    const tree = industryIndex(model).tree;
    const energy = tree.find((n) => n.link.label === '新能源')!;
    expect(energy).toEqual({ link: { label: '新能源', url: '/industries/new-energy/' }, count: 1, children: [{ link: { label: '新能源电池', url: '/industries/new-energy-batteries/' }, count: 1, children: [] }] });
  });

  it('rankings: one line each with scope, size, years and targets', () => {
    const { model } = load();
    expect(rankingIndex(model).items.map((i) => i.meta)).toEqual(['县（市、区）榜单 · 100强 · 收录 2021年 的 1 条位次 · 1 个进位目标', '园区榜单 · 暂无位次数据']);
  });

  it('counties and parks: tables sorted by the main indicator, or by name', () => {
    const { model } = load();
    expect(countyIndex(model)).toMatchObject({ count: 2, orderBy: '名称' });
    expect(parkIndex(model).groups).toMatchObject([{ level: '省级', count: 1 }]);
  });
});

describe('a briefing\'s MDX charts', () => {
  it('are found by the component and props written in the body, with their CSV path', () => {
    const { model, errors } = load({ 'briefings/charts.mdx': chartsBriefing });
    expect(errors).toEqual([]);
    const v = briefingPage(model, 'charts');
    expect(v.mdxCharts.charts).toHaveLength(1);
    const found = mdxChartFor(v.mdxCharts, 'RankChart', { places: ['zhijiang'], ranking: 'county-top100' });
    expect(found.chart?.spec.id).toBe(found.id);
    expect(found.chart?.csvUrl).toBe('/data/briefings/charts.csv');
    expect(mdxChartFor(v.mdxCharts, 'RankChart', { places: ['yidu'] }).chart).toBeUndefined();
  });
});

describe('source marks', () => {
  it('cite a place page\'s own file as #about, and another place\'s by its path', () => {
    const { model } = load({});
    const sources = placePage(model, 'zhijiang').refs.sources;
    expect(sources.some((s) => s.url === '#about')).toBe(true);
    expect(sources.every((s) => s.url === '#about' || !s.url.startsWith('/counties/zhijiang/'))).toBe(true);
  });
});
