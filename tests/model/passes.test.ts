/**
 * Each pass of the model build (src/model/build/) alone: what it adds to the
 * context given only what the passes before it added.
 */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/model/diagnostics.ts';
import { readContent } from '../../src/model/read.ts';
import { readEntities } from '../../src/model/build/entities.ts';
import { buildHierarchy } from '../../src/model/build/hierarchy.ts';
import { readDataBlocks } from '../../src/model/build/data-blocks.ts';
import { resolvePrecedence, sortKeyForSource } from '../../src/model/build/precedence.ts';
import { deriveFigures } from '../../src/model/build/derived.ts';
import { linkBack } from '../../src/model/build/backlinks.ts';
import { readBoundaries } from '../../src/model/build/boundaries.ts';
import type { BuildContext } from '../../src/model/build/context.ts';
import { BASE_FILES, writeContent } from '../helpers/content.ts';

const Z = BASE_FILES['counties/zhijiang.md'];

function entities(files: Record<string, string | null> = {}): BuildContext {
  const diags = new Diagnostics();
  return readEntities(readContent(writeContent(files), diags), diags);
}

const fields = (ctx: BuildContext) => ctx.diags.items.map((d) => `${d.file.replace(/^.*?content-[^/]+\//, '')} ${d.field}`);

describe('entities', () => {
  it('makes one typed record per file and nothing links yet', () => {
    const ctx = entities();
    expect([...ctx.places.keys()].sort()).toEqual(['dangzhisongyi', 'hubei', 'yaojiagang', 'yichang', 'yidu', 'zhijiang']);
    const z = ctx.places.get('zhijiang')!;
    expect(z.kind).toBe('county');
    expect(z.parent).toBe('yichang');
    expect(z.ancestors).toEqual([]);
    expect(ctx.briefings.map((b) => [b.briefing.slug, b.briefing.date, Object.keys(b.data)])).toEqual([['lianghui', '2022-01-21', ['zhijiang']]]);
    expect(ctx.metrics.get('gdp')?.unit).toBe('亿元');
    expect(ctx.diags.items).toEqual([]);
  });

  it('keeps place slugs unique across folders and remembers files that failed their schema', () => {
    const ctx = entities({ 'parks/zhijiang.md': '---\nname: 枝江园\ntype: 园区\nlocation: yidu\n---\n', 'counties/yidu.md': '---\nname: 宜都市\ntype: 县级市\n---\n' });
    expect(ctx.places.get('zhijiang')?.kind).toBe('county');
    expect(ctx.brokenSlugs).toEqual(new Set(['yidu']));
    expect(fields(ctx)).toEqual(['counties/yidu.md region', 'parks/zhijiang.md (文件名 file name)']);
  });

  it('reads a briefing date into a calendar date', () => {
    const ctx = entities({ 'briefings/lianghui.md': BASE_FILES['briefings/lianghui.md'].replace('2022-01-21', '2022-1-5') });
    expect(ctx.briefings[0].briefing.date).toBe('2022-01-05');
  });
});

describe('hierarchy', () => {
  it('sets ancestors, children, hosted parks, members and groupings', () => {
    const ctx = entities();
    buildHierarchy(ctx);
    const get = (s: string) => ctx.places.get(s)!;
    expect(get('yaojiagang').ancestors).toEqual(['hubei', 'yichang', 'zhijiang']);
    expect(get('zhijiang').parks).toEqual(['yaojiagang']);
    expect(get('hubei').kind === 'region' && get('hubei')).toMatchObject({ children: ['yichang'], members: ['yaojiagang', 'yichang', 'yidu', 'zhijiang'] });
    expect(get('zhijiang').groupings).toEqual(['dangzhisongyi']);
    expect(ctx.industries.get('new-energy')!.children).toEqual(['new-energy-batteries']);
    expect(ctx.industries.get('new-energy-batteries')!.ancestors).toEqual(['new-energy']);
  });

  it('reports a loop once per file on it and drops the looping parent', () => {
    const ctx = entities({ 'regions/hubei.md': '---\nname: 湖北省\ntype: 省\nparent: yichang\n---\n' });
    buildHierarchy(ctx);
    expect(fields(ctx)).toEqual(['regions/hubei.md parent', 'regions/yichang.md parent']);
    expect(ctx.places.get('hubei')!.parent).toBeUndefined();
  });
});

describe('data blocks and precedence', () => {
  const upToPrecedence = (files: Record<string, string | null> = {}) => {
    const ctx = entities(files);
    buildHierarchy(ctx);
    const candidates = readDataBlocks(ctx);
    return { ctx, candidates, figures: resolvePrecedence(ctx, candidates) };
  };

  it('turns every figure into a candidate in its metric unit, with how it was stated', () => {
    const { candidates } = upToPrecedence({ 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "约7401000万元" }') });
    const [c] = candidates.observations.get('zhijiang|gdp|2021')!;
    expect(c.item).toMatchObject({ value: 740.1, stated: { qualifier: '约', unit: '万元' } });
    expect(c.order).toBe(sortKeyForSource(true, '', ''));
    expect(candidates.observations.get('zhijiang|gdp|2022')![0].source).toEqual({ briefing: 'lianghui', file: expect.stringMatching(/briefings\/lianghui\.md$/) });
  });

  it('a bad figure is reported at its field and drops only itself', () => {
    const { ctx, candidates } = upToPrecedence({ 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: "740亩", 2020: 700 }') });
    expect(fields(ctx)).toEqual(['counties/zhijiang.md metrics.gdp.2021']);
    expect([...candidates.observations.keys()].sort()).toEqual(['zhijiang|gdp|2020', 'zhijiang|gdp|2022']);
  });

  it('the place file wins over a briefing, which is warned about and marked superseded', () => {
    const { ctx, figures } = upToPrecedence({ 'counties/zhijiang.md': Z.replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: 740.1, 2022: 790 }') });
    expect(figures.observations.winners.filter((o) => o.period === '2022').map((o) => o.value)).toEqual([790]);
    const lost = figures.observations.reported.find((o) => o.source.briefing === 'lianghui')!;
    expect(lost.supersededBy?.file).toMatch(/counties\/zhijiang\.md$/);
    expect(fields(ctx)).toEqual(['briefings/lianghui.md data.zhijiang.metrics.gdp.2022']);
  });

  it('drops a draft briefing\'s figures after checking them', () => {
    const draft = BASE_FILES['briefings/lianghui.md'].replace('date: 2022-01-21', 'date: 2022-01-21\ndraft: true');
    const { candidates, figures } = upToPrecedence({ 'briefings/lianghui.md': draft });
    expect(candidates.observations.has('zhijiang|gdp|2022')).toBe(true);
    expect(figures.observations.winners.map((o) => o.period)).toEqual(['2021']);
  });
});

describe('derived figures, backlinks, boundaries', () => {
  const upToDerived = (files: Record<string, string | null> = {}) => {
    const ctx = entities(files);
    buildHierarchy(ctx);
    const figures = resolvePrecedence(ctx, readDataBlocks(ctx));
    deriveFigures(ctx, figures);
    return { ctx, figures };
  };

  it('computes rank movement, target actuals and shares', () => {
    const { ctx } = upToDerived({ 'counties/zhijiang.md': Z.replace('county-top100: { 2021: 98 }', 'county-top100: { 2021: 98, 2022: 90 }') });
    const z = ctx.places.get('zhijiang')!;
    expect(z.ranks.get('county-top100')!.map((r) => [r.year, r.change])).toEqual([[2021, undefined], [2022, 8]]);
    const gdp = z.targets.find((t) => t.metric === 'gdp')!;
    expect(gdp.actual).toMatchObject({ value: 800, period: '2022' });
    expect(gdp.share).toBeCloseTo(0.8);
    expect(ctx.rankings.get('county-top100')!.movers).toEqual([{ place: 'zhijiang', change: 8 }]);
  });

  it('links briefings, mentions and industries back', () => {
    const { ctx, figures } = upToDerived();
    const { briefings, mentions } = linkBack(ctx, figures);
    expect(briefings[0].mentions).toEqual(['yidu']);
    expect(briefings[0].observations.map((o) => o.period)).toEqual(['2022']);
    expect(ctx.places.get('yidu')!.briefings).toEqual([{ slug: 'lianghui', subject: false }]);
    expect(ctx.industries.get('new-energy')!.places).toEqual([{ slug: 'zhijiang', via: 'new-energy-batteries' }]);
    expect(ctx.industries.get('new-energy')!.projects.map((p) => p.name)).toEqual(['天赐新能源']);
    expect(mentions[0].text.length).toBeGreaterThanOrEqual(mentions.at(-1)!.text.length);
  });

  it('reads boundaries named for a region and reports others', () => {
    const square = { type: 'Feature', properties: { adcode: 420583 }, geometry: { type: 'Polygon', coordinates: [[[111, 30], [111.5, 30], [111.5, 30.5], [111, 30]]] } };
    const ctx = entities({ 'boundaries/yichang.geojson': JSON.stringify({ type: 'FeatureCollection', features: [square] }), 'boundaries/yichan.geojson': '{}' });
    const boundaries = readBoundaries(ctx);
    expect(boundaries.get('yichang')!.map((f) => f.properties.adcode)).toEqual(['420583']);
    expect(fields(ctx)).toEqual(['boundaries/yichan.geojson (文件名 file name)']);
  });
});
