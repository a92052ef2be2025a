/**
 * One built page or feed → its Traditional copy: the text converted, the site's own addresses
 * moved under zh-hant/ (pages, feeds, search index; never styles, scripts or data), the
 * language named, hreflang links kept and the switch turned round, at the root and on a sub-path.
 */
import { describe, expect, it } from 'vitest';
import { hantConverter } from '../../src/edition/converter.ts';
import { convertFeed, convertHtml, editionUrl, type DocumentContext } from '../../src/edition/document.ts';
import { inEdition } from '../../src/edition/paths.ts';

const convert = hantConverter('tw', []);
const ctx = (base: string, origins: string[] = [], page = 'counties/zhijiang/'): DocumentContext => ({ convert, variant: 'tw', base, origins, page });

describe('which addresses the edition mirrors', () => {
  it.each([
    ['', true],
    ['counties/zhijiang/', true],
    ['counties/zhijiang/#targets', true],
    ['search/?q=枝江', true],
    ['feed.xml', true],
    ['counties/zhijiang/feed.xml', true],
    ['search/idx/t/3.bin', true],
    ['_astro/Base.css', false],
    ['data/observations.csv', false],
    ['data/counties/zhijiang.json', false],
    ['favicon.svg', false],
    ['zh-hant/counties/zhijiang/', false],
  ])('%s → %s', (rest, mirrored) => expect(inEdition(rest)).toBe(mirrored));

  it('moves only this site\'s addresses', () => {
    const c = ctx('/sub/', ['https://example.gov.cn/sub/']);
    expect(editionUrl('/sub/parks/', c)).toBe('/sub/zh-hant/parks/');
    expect(editionUrl('https://example.gov.cn/sub/parks/', c)).toBe('https://example.gov.cn/sub/zh-hant/parks/');
    expect(editionUrl('/other/parks/', c)).toBe('/other/parks/');
    expect(editionUrl('https://example.org/sub/parks/', c)).toBe('https://example.org/sub/parks/');
    expect(editionUrl('#main', c)).toBe('#main');
  });
});

const page = (base: string, abs = '') => `<!doctype html><html lang="zh-CN"><head><title>枝江市 · 县域经济</title>
<meta name="description" content="宜昌市辖县级市"><link rel="canonical" href="${abs}${base}counties/zhijiang/">
<link rel="alternate" hreflang="zh-Hans" href="${abs}${base}counties/zhijiang/"><link rel="alternate" hreflang="zh-Hant" href="${abs}${base}zh-hant/counties/zhijiang/">
<meta property="og:locale" content="zh_CN"><link rel="alternate" type="application/rss+xml" href="${base}feed.xml">
<script type="application/ld+json">{"name":"枝江市","url":"${abs}${base}counties/zhijiang/","containedInPlace":{"url":"${abs}${base}regions/yichang/"},"license":"https://creativecommons.org/licenses/by/4.0/"}</script>
<link rel="stylesheet" href="${base}_astro/Base.css"></head><body><a class="skip" href="#main">跳到正文</a>
<form action="${base}search/"><input name="q"></form><a class="edition-switch" href="${base}zh-hant/counties/zhijiang/" hreflang="zh-Hant" lang="zh-Hant">繁體</a>
<h2 id="发展目标">发展目标</h2><a href="${base}counties/yidu/#发展目标">宜都</a><a href="#发展目标">目标</a>
<a href="${base}data/counties/zhijiang.json">JSON</a><a href="${base}data/observations.csv" download>CSV</a>
<svg><text x="1">地区生产总值</text></svg><p class="print-only">本页地址：<span class="page-address">${abs}${base}counties/zhijiang/</span></p></body></html>`;

describe.each([
  ['/', ''],
  ['/sub/', ''],
  ['/sub/', 'https://example.gov.cn'],
])('a page with base %s and site %s', (base, abs) => {
  const out = convertHtml(page(base, abs), ctx(base, abs ? [`${abs}${base}`] : []));

  it('says zh-Hant and converts every text', () => {
    expect(out).toContain('<html lang="zh-Hant">');
    expect(out).toContain('<meta property="og:locale" content="zh_TW">');
    expect(out).toContain('<title>枝江市 · 縣域經濟</title>');
    expect(out).toContain('content="宜昌市轄縣級市"');
    expect(out).toContain('<text x="1">地區生產總值</text>');
    expect(out).not.toMatch(/县|经济|发展|辖/);
  });

  it('moves links to pages and feeds, and keeps styles and data', () => {
    expect(out).toContain(`<link rel="canonical" href="${abs}${base}zh-hant/counties/zhijiang/">`);
    expect(out).toContain(`href="${base}zh-hant/feed.xml"`);
    expect(out).toContain(`action="${base}zh-hant/search/"`);
    expect(out).toContain(`href="${base}zh-hant/counties/yidu/#發展目標"`);
    expect(out).toContain('<h2 id="發展目標">');
    expect(out).toContain('href="#發展目標"');
    expect(out).toContain(`href="${base}_astro/Base.css"`);
    expect(out).toContain(`href="${base}data/counties/zhijiang.json"`);
    expect(out).toContain(`href="${base}data/observations.csv"`);
    expect(out).toContain('href="#main"');
  });

  it('keeps the hreflang alternates and turns the switch round', () => {
    expect(out).toContain(`<link rel="alternate" hreflang="zh-Hans" href="${abs}${base}counties/zhijiang/">`);
    expect(out).toContain(`<link rel="alternate" hreflang="zh-Hant" href="${abs}${base}zh-hant/counties/zhijiang/">`);
    expect(out).toContain(`<a class="edition-switch" href="${base}counties/zhijiang/" hreflang="zh-Hans" lang="zh-Hans">简体</a>`);
    expect(out).not.toContain('繁體</a>');
  });

  it('moves JSON-LD addresses and the printed address, and keeps others', () => {
    const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(out)![1]);
    expect(json).toEqual({ name: '枝江市', url: `${abs}${base}zh-hant/counties/zhijiang/`, containedInPlace: { url: `${abs}${base}zh-hant/regions/yichang/` }, license: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(out).toContain(`<span class="page-address">${abs}${base}zh-hant/counties/zhijiang/</span>`);
  });
});

describe('what stays as written', () => {
  it('keeps addresses elsewhere exactly, Chinese in them included', () => {
    const html = '<a href="https://baike.example.com/item/县域经济?wd=湖里">县域经济</a><img src="https://img.example.com/园区.png" alt="园区"><a href="/counties/x/#发展目标">发展</a>';
    expect(convertHtml(html, ctx('/'))).toBe('<a href="https://baike.example.com/item/县域经济?wd=湖里">縣域經濟</a><img src="https://img.example.com/园区.png" alt="園區"><a href="/zh-hant/counties/x/#發展目標">發展</a>');
  });

  it('keeps code as typed', () => {
    const html = '<p>运行 <code>npm run new -- 县 枝江市</code></p><pre><code>level: 省级\n</code></pre><p>省级</p>';
    expect(convertHtml(html, ctx('/'))).toBe('<p>運行 <code>npm run new -- 县 枝江市</code></p><pre><code>level: 省级\n</code></pre><p>省級</p>');
  });

  it('reads JSON-LD strings with escapes, and says the edition\'s language', () => {
    const ld = '{"isBasedOn":"https://www.gov.cn/a?x=1\\u0026y=\\"2\\"","url":"/counties/x/","about":[{"url":"/regions/y/"}],"inLanguage":"zh-CN"}';
    const out = convertHtml(`<script type="application/ld+json">${ld}</script>`, ctx('/'));
    const json = JSON.parse(/<script[^>]*>(.*)<\/script>/.exec(out)![1]);
    expect(json).toEqual({ isBasedOn: 'https://www.gov.cn/a?x=1&y="2"', url: '/zh-hant/counties/x/', about: [{ url: '/zh-hant/regions/y/' }], inLanguage: 'zh-Hant' });
  });
});

describe('attributes the edition sets', () => {
  it('replaces the named attributes only', () => {
    const html = '<form data-index="/search/idx/" data-version="abc" data-docs="12"></form>';
    const out = convertHtml(html, { ...ctx('/', [], 'search/'), attributes: { 'data-version': 'xyz', 'data-docs': '13' } });
    expect(out).toBe('<form data-index="/zh-hant/search/idx/" data-version="xyz" data-docs="13"></form>');
  });
});

describe('a feed', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>县域经济</title><link>https://example.gov.cn/sub/counties/zhijiang/</link><language>zh-cn</language>
<item><title>枝江发展</title><link>https://example.gov.cn/sub/briefings/a/</link><guid isPermaLink="true">https://example.gov.cn/sub/briefings/a/</guid><description>数据见 https://example.gov.cn/sub/data/model.json</description></item></channel></rss>`;
  const out = convertFeed(xml, ctx('/sub/', ['https://example.gov.cn/sub/'], 'counties/zhijiang/feed.xml'));

  it('converts the text, names its language and moves the site\'s page addresses', () => {
    expect(out).toContain('<title>縣域經濟</title>');
    expect(out).toContain('<language>zh-tw</language>');
    expect(out).toContain('<link>https://example.gov.cn/sub/zh-hant/counties/zhijiang/</link>');
    expect(out).toContain('<guid isPermaLink="true">https://example.gov.cn/sub/zh-hant/briefings/a/</guid>');
    expect(out).toContain('https://example.gov.cn/sub/data/model.json');
  });
});
