/** A page's charts are drawn when asked; its data download is keyed by a digest of their data. */
import { describe, expect, it } from 'vitest';
import { load } from '../helpers/content.ts';
import { chartsFor } from '../../src/model/site-charts.ts';
import { pageDataFiles } from '../../src/model/views/charts.ts';

const zhijiang = '/counties/zhijiang/';
const keyOf = (files: ReturnType<typeof pageDataFiles>, url: string) => files.find((f) => f.url === url)?.digest;

describe('chart data downloads', () => {
  it('lists only pages with charts, with their folder and slug', () => {
    const { model } = load();
    const files = pageDataFiles(model);
    expect(files.find((f) => f.url === zhijiang)).toMatchObject({ folder: 'counties', slug: 'zhijiang' });
    // 宜都 has no figures, so no chart and no download.
    expect(chartsFor(model, '/counties/yidu/')).toEqual([]);
    expect(keyOf(files, '/counties/yidu/')).toBeUndefined();
  });

  it('gives the same key whether or not the page drew its charts first', () => {
    const drawnFirst = load().model;
    chartsFor(drawnFirst, zhijiang);
    expect(keyOf(pageDataFiles(drawnFirst), zhijiang)).toBe(keyOf(pageDataFiles(load().model), zhijiang));
  });

  it('gives a new key when a charted figure changes, and draws the same charts each time', () => {
    const { model } = load();
    const changed = load({ 'counties/zhijiang.md': '---\nname: 枝江市\ntype: 县级市\nregion: yichang\nmetrics:\n  gdp: { 2020: 650, 2021: 741 }\n---\n' }).model;
    expect(keyOf(pageDataFiles(changed), zhijiang)).not.toBe(keyOf(pageDataFiles(model), zhijiang));
    expect(JSON.stringify(chartsFor(model, zhijiang))).toBe(JSON.stringify(chartsFor(model, zhijiang)));
  });
});
