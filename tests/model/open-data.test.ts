/** /data/model.json is written record by record; its text is one compact JSON document of the whole dataset. */
import { describe, expect, it } from 'vitest';
import { load } from '../helpers/content.ts';
import { metricRecord, modelJsonText, placeRecord } from '../../src/model/open-data.ts';

describe('model.json', () => {
  it('holds every section and record, as compact JSON, addresses included', () => {
    const { model } = load();
    const url = (p: string) => `https://example.gov.cn/sub${p}`;
    const text = modelJsonText(model, url);
    const data = JSON.parse(text);
    expect(JSON.stringify(data)).toBe(text);
    expect(Object.keys(data)).toEqual(['metrics', 'places', 'industries', 'rankings', 'briefings']);
    expect(data.metrics).toEqual([...model.metrics.values()].map(metricRecord));
    expect(data.places).toEqual([...model.places.values()].map((p) => JSON.parse(JSON.stringify(placeRecord(model, p, url)))));
    expect(data.places.find((p: { slug: string }) => p.slug === 'zhijiang').page).toBe('https://example.gov.cn/sub/counties/zhijiang/');
    expect(data.briefings.map((b: { slug: string }) => b.slug)).toEqual(model.briefings.map((b) => b.slug));
    expect(data.industries.find((i: { slug: string }) => i.slug === 'new-energy-batteries')).toMatchObject({ parent: 'new-energy', page: 'https://example.gov.cn/sub/industries/new-energy-batteries/' });
  });
});
