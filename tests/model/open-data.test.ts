/** /data/model.json is written record by record; its text is the whole dataset's JSON. */
import { describe, expect, it } from 'vitest';
import { load } from '../helpers/content.ts';
import { modelJson, modelJsonText } from '../../src/model/open-data.ts';

describe('model.json', () => {
  it('writes the same text as the whole dataset stringified at once, addresses included', () => {
    const { model } = load();
    const url = (p: string) => `https://example.gov.cn/sub${p}`;
    const text = modelJsonText(model, url);
    expect(text).toBe(JSON.stringify(modelJson(model, url)));
    const data = JSON.parse(text);
    expect(Object.keys(data)).toEqual(['metrics', 'places', 'industries', 'rankings', 'briefings']);
    expect(data.places.find((p: { slug: string }) => p.slug === 'zhijiang').page).toBe('https://example.gov.cn/sub/counties/zhijiang/');
  });
});
