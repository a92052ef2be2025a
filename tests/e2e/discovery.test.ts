/**
 * Feeds, sitemap, JSON-LD and search on a sub-path build with SITE_URL set, in Chromium: the
 * feeds and sitemap parse as XML with absolute URLs under the base, every page's JSON-LD parses
 * and points at its own page, and a query on /sub/search/ leads to /sub/ pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SKIP_BROWSER, SUB_PATH, startSubPathSite } from './harness.ts';
import type { StaticServer } from '../../scripts/serve-static.ts';

const { site: SITE, base: BASE } = SUB_PATH;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (SKIP_BROWSER) return;
  ({ server, browser } = await startSubPathSite());
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Fetches a file in the page and parses it as XML there; the parser's error if any. */
async function xml(path: string) {
  const page = await browser.newPage();
  await page.goto(new URL(BASE, server.origin).href);
  const result = await page.evaluate(async (url) => {
    const text = await (await fetch(url)).text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? '';
    const all = (tag: string) => [...doc.getElementsByTagName(tag)].map((e) => e.textContent ?? '');
    return { error, root: doc.documentElement.nodeName, links: all('link'), locs: all('loc'), titles: all('title') };
  }, new URL(path, server.origin).href);
  await page.close();
  return result;
}

describe.skipIf(SKIP_BROWSER)('feeds, sitemap and JSON-LD on a sub-path build', () => {
  it('has a site feed and feeds for places and industries, valid RSS with absolute links under the base', async () => {
    for (const path of ['/sub/feed.xml', '/sub/counties/zhijiang/feed.xml', '/sub/industries/new-energy/feed.xml']) {
      const feed = await xml(path);
      expect(feed.error, path).toBe('');
      expect(feed.root, path).toBe('rss');
      expect(feed.links.length, path).toBeGreaterThan(1);
      for (const link of feed.links) expect(link, path).toMatch(new RegExp(`^${SITE}${BASE}`));
    }
    expect((await xml('/sub/counties/zhijiang/feed.xml')).titles[0]).toBe('枝江市 · 县域经济与开发区简报站');
  });

  it('lists every page in the sitemap, under the base', async () => {
    const index = await xml('/sub/sitemap-index.xml');
    expect(index.error).toBe('');
    expect(index.locs.length).toBeGreaterThan(0);
    const locs: string[] = [];
    for (const loc of index.locs) {
      expect(loc).toMatch(new RegExp(`^${SITE}${BASE}`));
      const part = await xml(new URL(loc).pathname);
      expect(part.error).toBe('');
      locs.push(...part.locs);
    }
    expect(locs).toContain(`${SITE}${BASE}counties/zhijiang/`);
    expect(locs).toContain(`${SITE}${BASE}search/`);
    expect(locs.every((l) => l.startsWith(`${SITE}${BASE}`) && l.endsWith('/'))).toBe(true);
  });

  it('gives places and briefings JSON-LD that parses and names their own address', async () => {
    const page = await browser.newPage();
    const cases = [
      ['counties/zhijiang/', 'AdministrativeArea'],
      ['parks/suizhou-gaoxinqu/', 'Place'],
      ['briefings/dangzhisongyi-baiqiang-xianyu-jijuqu/', 'NewsArticle'],
    ];
    for (const [path, type] of cases) {
      await page.goto(new URL(BASE + path, server.origin).href);
      const data = await page.$$eval('script[type="application/ld+json"]', (s) => s.map((x) => JSON.parse(x.textContent ?? '')));
      expect(data, path).toHaveLength(1);
      expect(data[0]['@type'], path).toBe(type);
      expect(data[0].url, path).toBe(`${SITE}${BASE}${path}`);
      expect(await page.getAttribute('link[rel=canonical]', 'href')).toBe(`${SITE}${BASE}${path}`);
      expect(await page.getAttribute('meta[property="og:url"]', 'content')).toBe(`${SITE}${BASE}${path}`);
    }
    await page.close();
  });

  it('explains the open data on /data/ and serves every file it lists, with the licence from site.yaml', async () => {
    const page = await browser.newPage();
    await page.goto(new URL(`${BASE}data/`, server.origin).href);
    const links = await page.$$eval('main a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    const files = links.filter((l) => /\/data\/[^/]+\.(csv|json)$/.test(l) || /\.json$/.test(l));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const url of files) {
      const res = await page.request.get(url);
      expect(res.status(), url).toBe(200);
      const body = (await res.body()).toString();
      if (url.endsWith('.json')) expect(() => JSON.parse(body), url).not.toThrow();
    }
    const model = JSON.parse((await (await page.request.get(new URL(`${BASE}data/model.json`, server.origin).href)).body()).toString());
    type Figure = { value: number; unit: string; source: string };
    const figures: Figure[] = model.places.flatMap((p: { figures: Figure[] }) => p.figures);
    expect(figures.length).toBeGreaterThan(10);
    expect(figures.every((f) => typeof f.value === 'number' && f.unit && f.source.startsWith(`${SITE}${BASE}`))).toBe(true);
    expect(model.places.find((p: { slug: string }) => p.slug === 'zhijiang').ranks.length).toBeGreaterThan(0);
    expect(await page.getAttribute('a[rel=license]', 'href')).toMatch(/^https:\/\/creativecommons\.org\//);
    const ld = JSON.parse((await page.textContent('script[type="application/ld+json"]')) ?? '');
    expect(ld['@type']).toBe('Dataset');
    expect(ld.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toContain(`${SITE}${BASE}data/model.json`);
    // A place page links its own JSON.
    await page.goto(new URL(`${BASE}counties/zhijiang/`, server.origin).href);
    expect(await page.getAttribute('a[href$="/data/counties/zhijiang.json"]', 'href')).toBe(`${BASE}data/counties/zhijiang.json`);
    await page.close();
  });

  it('prints place and briefing pages on A4 as briefings: no navigation or search, charts and tables kept, full address and data date', async () => {
    const page = await browser.newPage();
    for (const path of ['counties/zhijiang/', 'regions/hubei/', 'briefings/dangzhisongyi-baiqiang-xianyu-jijuqu/']) {
      await page.goto(new URL(BASE + path, server.origin).href);
      // Rendered boxes: none for anything display:none or inside it.
      const shown = (sel: string) => page.$$eval(sel, (els) => els.filter((e) => e.getClientRects().length > 0).length);
      const onScreen = { charts: await shown('figure.chart svg'), tables: await shown('main table') };
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.site-header nav', '.site-search', 'nav.crumbs', '.skip']) expect(await shown(hidden), `${path} ${hidden}`).toBe(0);
      expect(await shown('figure.chart svg'), path).toBe(onScreen.charts);
      expect(await shown('main table'), path).toBeGreaterThan(0);
      const footer = (await page.textContent('.print-only')) ?? '';
      expect(footer, path).toContain(`${SITE}${BASE}${path}`);
      expect(footer, path).toMatch(/资料截至\d{4}年\d{1,2}月\d{1,2}日/);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.print-only')!).display)).toBe('block');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.emulateMedia({ media: 'screen' });
      if (path.startsWith('counties')) expect(onScreen.charts, 'a page with charts').toBeGreaterThan(0);
    }
    await page.close();
  });

  it('searches from the sub-path and links results under it', async () => {
    const page = await browser.newPage();
    await page.goto(new URL(`${BASE}search/?q=${encodeURIComponent('枝江')}`, server.origin).href);
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    expect(await page.getAttribute('#search-results li a', 'href')).toBe(`${BASE}counties/zhijiang/`);
    await page.close();
  });
});
