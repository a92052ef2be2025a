/**
 * The converter: cn→tw/hk on economic text, and place names kept right (湖里区, 新干县), checked
 * against every county-level name of GB/T 2260 (scripts/data/divisions.tsv).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import * as Locale from 'opencc-js/preset';
import { hantConverter, nameFixes, NAME_CHARS } from '../../src/edition/converter.ts';

const divisions = readFileSync(join(import.meta.dirname, '../../scripts/data/divisions.tsv'), 'utf8')
  .split('\n')
  .filter((l) => /^\d/.test(l))
  .map((l) => l.split('\t')[1]);

describe('Simplified → Traditional', () => {
  const tw = hantConverter('tw', []);

  it('converts economic text by words, without Taiwan phrase swaps', () => {
    expect(tw('召开新闻发布会')).toBe('召開新聞發佈會');
    expect(tw('优化营商环境，壮大产业集群')).toBe('優化營商環境，壯大產業集群');
    expect(tw('头发、发展、面粉、面积、干部、干燥')).toBe('頭髮、發展、麵粉、面積、幹部、乾燥');
  });

  it('leaves markup, addresses and Latin text as they are', () => {
    const html = '<a href="/counties/zhijiang/#target" class="x">GDP 1,210亿元</a>';
    expect(tw(html)).toBe('<a href="/counties/zhijiang/#target" class="x">GDP 1,210億元</a>');
  });

  it('converts run by run exactly as over the whole text: no dictionary key of cn→tw or cn→hk holds ASCII', () => {
    const keys: string[] = [];
    const walk = (d: unknown): void => {
      if (typeof d === 'string') keys.push(...d.split('|').map((e) => e.split(' ')[0]));
      else if (Array.isArray(d)) d.forEach(walk);
    };
    for (const group of [Locale.from.cn, Locale.to.tw, Locale.to.hk]) walk(group);
    expect(keys.length).toBeGreaterThan(10_000);
    expect(keys.filter((k) => /[\x00-\x7f]/.test(k))).toEqual([]);
    const text = '<p>2021年GDP达1,210亿元，头发<b>发展</b>面粉</p><a href="/x/">干部</a>';
    expect(tw(text)).toBe(OpenCC.Converter({ from: 'cn', to: 'tw' })(text));
  });

  it('differs between tw and hk where the two write differently', () => {
    expect(hantConverter('tw', [])('烟台市')).toBe('煙臺市');
    expect(hantConverter('hk', [])('烟台市')).toBe('煙台市');
  });
});

describe('place names', () => {
  const fixes = nameFixes('tw', divisions);
  const convert = hantConverter('tw', fixes);

  it('keeps 里, 干 and 岳 as names write them', () => {
    expect(convert('厦门市湖里区')).toBe('廈門市湖里區');
    expect(convert('江西省新干县')).toBe('江西省新干縣');
    expect(convert('安徽省岳西县和四川省岳池县')).toBe('安徽省岳西縣和四川省岳池縣');
  });

  it('converts the text around a name as it would without it', () => {
    expect(convert('湖里区的干部说，湖里面有鱼')).toBe('湖里區的幹部說，湖裡面有魚');
    expect(convert('新干县优化产业集群')).toBe('新干縣優化產業集群');
  });

  it('fixes only names holding a kept character, and only where OpenCC changed it', () => {
    for (const [converted, kept] of fixes) {
      expect(converted).not.toBe(kept);
      expect([...kept].length).toBe([...converted].length);
      expect([...kept].some((c) => NAME_CHARS.has(c))).toBe(true);
    }
    // Among 2,978 county-level names OpenCC gets these few wrong; everything else it converts as it does.
    expect(fixes.length).toBeGreaterThan(3);
    expect(fixes.length).toBeLessThan(30);
    for (const name of divisions) if (![...name].some((c) => NAME_CHARS.has(c))) expect(convert(name)).toBe(hantConverter('tw', [])(name));
  });

  it('has no fixes for a site without such names', () => {
    expect(nameFixes('tw', ['枝江市', '宜都市', '苏州工业园区'])).toEqual([]);
  });
});
