/** A page's charts are specs until drawn; its data download is keyed by a digest of the specs. */
import { describe, expect, it } from 'vitest';
import { load } from '../helpers/content.ts';
import { chartSpecsFor, chartsFor } from '../../src/model/site-charts.ts';
import { pageDataFiles } from '../../src/model/views/charts.ts';
import { placePage } from '../../src/model/views/place.ts';
import { viewDigest } from '../../src/model/views/paths.ts';

const zhijiang = '/counties/zhijiang/';
const keyOf = (files: ReturnType<typeof pageDataFiles>, url: string) => files.find((f) => f.url === url)?.digest;
const changedGdp = { 'counties/zhijiang.md': '---\nname: 枝江市\ntype: 县级市\nregion: yichang\nmetrics:\n  gdp: { 2020: 650, 2021: 741 }\n---\n' };

describe('chart data downloads', () => {
  it('lists only pages with charts, with their folder and slug', () => {
    const { model } = load();
    const files = pageDataFiles(model);
    expect(files.find((f) => f.url === zhijiang)).toMatchObject({ folder: 'counties', slug: 'zhijiang' });
    // 宜都 has no figures, so no chart and no download.
    expect(chartsFor(model, '/counties/yidu/')).toEqual([]);
    expect(keyOf(files, '/counties/yidu/')).toBeUndefined();
  });

  it('gives the same key to the same content, and draws the same charts each time', () => {
    const { model } = load();
    expect(keyOf(pageDataFiles(model), zhijiang)).toBe(keyOf(pageDataFiles(load().model), zhijiang));
    expect(JSON.stringify(chartsFor(model, zhijiang))).toBe(JSON.stringify(chartsFor(model, zhijiang)));
  });

  it('gives a new download key and a new page key when a charted figure changes', () => {
    const { model } = load();
    const changed = load(changedGdp).model;
    expect(keyOf(pageDataFiles(changed), zhijiang)).not.toBe(keyOf(pageDataFiles(model), zhijiang));
    const pageKey = (m: typeof model) => viewDigest(placePage(m, 'zhijiang'));
    expect(pageKey(changed)).not.toBe(pageKey(model));
  });

  it('draws each spec into the figure of the same kind and id, in the same order', () => {
    const { model } = load();
    const specs = chartSpecsFor(model, zhijiang);
    expect(specs.length).toBeGreaterThan(0);
    expect(chartsFor(model, zhijiang).map((f) => [f.kind, f.id])).toEqual(specs.map((s) => [s.kind, s.id]));
  });
});
