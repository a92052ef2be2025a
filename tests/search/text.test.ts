/** How text and queries become terms (src/search/text.ts), short names, and the index's binary codec. */
import { describe, expect, it } from 'vitest';
import { nameTerms, parseQuery, plainText, textTerms } from '../../src/search/text.ts';
import { shortNames } from '../../src/search/short-names.ts';
import { ByteReader, ByteWriter, readPostings, termHash, writePostings } from '../../src/search/codec.ts';

describe('terms', () => {
  it('cuts Chinese into overlapping pairs and keeps Latin words and numbers whole', () => {
    expect([...textTerms('枝江市GDP达到１２１０亿元')]).toEqual(['枝江', '江市', 'gdp', '达到', '1210', '亿元']);
  });

  it('indexes single characters only in names', () => {
    expect([...textTerms('县')]).toEqual([]);
    expect([...nameTerms('单县')]).toEqual(['单县', '单', '县']);
  });

  it('parses spaces, full-width spaces and quotes into words, dropping punctuation and repeats', () => {
    expect(parseQuery('枝江　新能源 "县域 经济" 枝江，').map((g) => g.text)).toEqual(['枝江', '新能源', '县域经济']);
    expect(parseQuery('县域经济')[0].terms).toEqual(['县域', '域经', '经济']);
    expect(parseQuery('县')[0].terms).toEqual(['县']);
    expect(parseQuery(' ，。 ')).toEqual([]);
    expect(parseQuery('e-commerce')[0]).toEqual({ text: 'ecommerce', terms: ['e', 'commerce'] });
    expect(parseQuery('宜都·松滋')[0].terms).toEqual(['宜都', '松滋']);
    expect(parseQuery('𠀀江')[0].terms).toEqual(['𠀀江']);
  });

  it('reads Markdown and MDX as plain text', () => {
    const md = "import Chart from '../x';\n\n## 标题\n\n见[枝江市](/counties/zhijiang/)，**增长** 5%。\n\n<RankChart ranking=\"county-top100\" />\n\n- 一项";
    expect(plainText(md)).toBe('标题 见枝江市， 增长 5%。 一项');
  });
});

describe('short names', () => {
  it.each([
    ['枝江市', ['枝江']],
    ['苏州工业园区', ['苏州园区', '苏州工业园']],
    ['随州高新技术产业开发区', ['随州高新区', '随州高新技术开发区']],
    ['长治经济技术开发区', ['长治经开区', '长治经济开发区', '长治开发区']],
    ['恩施土家族苗族自治州', ['恩施州', '恩施']],
    ['宜都化工园', ['宜都化工园区', '宜都园区']],
    ['单县', []],
    ['广西壮族自治区', ['广西']],
    ['新疆维吾尔自治区', ['新疆']],
    ['长阳土家族自治县', ['长阳县', '长阳']],
  ])('%s → %j', (name, shorts) => {
    expect(shortNames(name).sort()).toEqual([...shorts].sort());
  });
});

describe('codec', () => {
  it('round-trips posting lists as gaps or bitmaps, whichever is smaller', () => {
    const sparse = [3, 400, 70_000];
    const dense = Array.from({ length: 900 }, (_, i) => i * 2);
    for (const ids of [[], [0], sparse, dense]) {
      const w = new ByteWriter();
      writePostings(w, ids);
      const bytes = w.result();
      expect(readPostings(new ByteReader(bytes))).toEqual(ids);
      if (ids === dense) expect(bytes.length).toBeLessThan(250);
    }
  });

  it('hashes terms the same way every time, spread over files', () => {
    expect(termHash('枝江')).toBe(termHash('枝江'));
    const buckets = new Set(['枝江', '江市', '新能', '能源', '县域', '域经', '经济', 'gdp'].map((t) => termHash(t) % 8));
    expect(buckets.size).toBeGreaterThan(3);
  });
});
