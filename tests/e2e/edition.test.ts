/**
 * The Traditional edition on a sub-path build with SITE_URL, in Chromium: the 简/繁 switch
 * lands on the same page in the other script and back; a Traditional query, and a Simplified
 * one, find their page in the edition's own search; its feeds, JSON-LD and the sitemap's
 * alternates name the right addresses; and a crawl of both editions from the home page finds
 * every link, asset and anchor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SKIP_BROWSER, SUB_PATH, startSubPathSite } from './harness.ts';
import type { StaticServer } from '../../scripts/serve-static.ts';
import { hantConverter } from '../../src/edition/converter.ts';

const { site: SITE, base: BASE } = SUB_PATH;
const HANT = `${BASE}zh-hant/`;
let browser: Browser;
let server: StaticServer;
const tw = hantConverter('tw', []);

beforeAll(async () => {
  if (SKIP_BROWSER) return;
  ({ server, browser } = await startSubPathSite());
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path: string) => new URL(path, server.origin).href;
const h1 = (page: Page) => page.textContent('main h1').then((t) => (t ?? '').trim());

describe.skipIf(SKIP_BROWSER)('the Traditional edition on a sub-path build', () => {
  it('switches to the same page in the other script and back', async () => {
    const page = await browser.newPage();
    for (const path of ['', 'counties/zhijiang/', 'parks/suizhou-gaoxinqu/', 'briefings/dangzhisongyi-baiqiang-xianyu-jijuqu/', 'industries/new-energy/', 'rankings/', 'data/', 'search/']) {
      await page.goto(url(BASE + path));
      const simplified = await h1(page);
      await page.click('.edition-switch');
      await page.waitForURL(url(HANT + path));
      expect(await page.getAttribute('html', 'lang'), path).toBe('zh-Hant');
      expect(await h1(page), path).toBe(tw(simplified));
      expect(await page.textContent('.edition-switch'), path).toBe('简体');
      await page.click('.edition-switch');
      await page.waitForURL(url(BASE + path));
      expect(await page.getAttribute('html', 'lang'), path).toBe('zh-CN');
      expect(await page.textContent('.edition-switch'), path).toBe('繁體');
    }
    // In the edition, links stay in the edition; data downloads are the site's one set.
    await page.goto(url(`${HANT}counties/zhijiang/`));
    const hrefs = await page.$$eval('main a[href^="/"]', (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((h) => !h.startsWith(HANT) && !/\.(csv|json)$/.test(h))).toEqual([]);
    expect(hrefs).toContain(`${BASE}data/counties/zhijiang.json`);
    await page.close();
  });

  it('finds a page by a Traditional query, and by a Simplified one, in the edition\'s own search', async () => {
    const page = await browser.newPage();
    for (const q of ['當陽', '当阳', '長治經開區']) {
      await page.goto(url(`${HANT}search/?q=${encodeURIComponent(q)}`));
      await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
      const first = page.locator('#search-results li a').first();
      expect(await first.getAttribute('href'), q).toBe(q === '長治經開區' ? `${HANT}parks/changzhi-jingkaiqu/` : `${HANT}counties/dangyang/`);
      expect(await first.textContent(), q).toBe(q === '長治經開區' ? '長治經濟技術開發區' : '當陽市');
      expect(await page.textContent('#search-status'), q).toMatch(/^找到 \d+ 個結果/);
      // The switch opens the same search in the other edition.
      expect(await page.$eval('.edition-switch', (a) => (a as HTMLAnchorElement).href), q).toBe(url(`${BASE}search/?q=${encodeURIComponent(q)}`));
    }
    // The header's search box of an edition page searches the edition.
    await page.goto(url(`${HANT}counties/zhijiang/`));
    await page.fill('#site-search-q', '宜都');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL((u) => u.pathname === `${HANT}search/`);
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    expect(await page.getAttribute('#search-results li a', 'href')).toBe(`${HANT}counties/yidu/`);
    await page.close();
  });

  it('has its own feeds and JSON-LD, with the edition\'s addresses', async () => {
    const page = await browser.newPage();
    await page.goto(url(HANT));
    for (const path of ['feed.xml', 'counties/zhijiang/feed.xml']) {
      const feed = await page.evaluate(async (u) => {
        const doc = new DOMParser().parseFromString(await (await fetch(u)).text(), 'application/xml');
        const all = (tag: string) => [...doc.getElementsByTagName(tag)].map((e) => e.textContent ?? '');
        return { error: doc.querySelector('parsererror')?.textContent ?? '', links: all('link'), titles: all('title'), language: all('language')[0] };
      }, url(HANT + path));
      expect(feed.error, path).toBe('');
      expect(feed.language, path).toBe('zh-tw');
      expect(feed.links.length, path).toBeGreaterThan(1);
      for (const link of feed.links) expect(link, path).toMatch(new RegExp(`^${SITE}${HANT}`));
      expect(feed.titles[0], path).toBe(tw(feed.titles[0]));
    }
    await page.goto(url(`${HANT}counties/zhijiang/`));
    const ld = JSON.parse((await page.textContent('script[type="application/ld+json"]')) ?? '');
    expect(ld.url).toBe(`${SITE}${HANT}counties/zhijiang/`);
    expect(await page.getAttribute('link[rel=canonical]', 'href')).toBe(`${SITE}${HANT}counties/zhijiang/`);
    const alternates = await page.$$eval('link[rel=alternate][hreflang]', (ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));
    expect(alternates).toEqual([`zh-Hans ${SITE}${BASE}counties/zhijiang/`, `zh-Hant ${SITE}${HANT}counties/zhijiang/`, `x-default ${SITE}${BASE}counties/zhijiang/`]);
    await page.close();
  });

  it('lists both editions in the sitemap, each page with its alternates', async () => {
    const page = await browser.newPage();
    await page.goto(url(BASE));
    const entries = await page.evaluate(async (index) => {
      const parse = async (u: string) => new DOMParser().parseFromString(await (await fetch(u)).text(), 'application/xml');
      const out: { loc: string; alternates: string[] }[] = [];
      for (const loc of (await parse(index)).getElementsByTagName('loc')) {
        // Each sitemap is named by its published address; fetched here from the test server.
        for (const u of (await parse(new URL(loc.textContent!).pathname)).getElementsByTagName('url')) {
          const alt = [...u.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`);
          out.push({ loc: u.getElementsByTagName('loc')[0].textContent!, alternates: alt });
        }
      }
      return out;
    }, url(`${BASE}sitemap-index.xml`));
    const locs = entries.map((e) => e.loc);
    expect(locs).toContain(`${SITE}${BASE}counties/zhijiang/`);
    expect(locs).toContain(`${SITE}${HANT}counties/zhijiang/`);
    expect(locs.filter((l) => l.startsWith(`${SITE}${HANT}`)).length).toBe(locs.length / 2);
    const zhijiang = entries.find((e) => e.loc === `${SITE}${HANT}counties/zhijiang/`)!;
    expect(zhijiang.alternates).toEqual([`zh-Hans ${SITE}${BASE}counties/zhijiang/`, `zh-Hant ${SITE}${HANT}counties/zhijiang/`, `x-default ${SITE}${BASE}counties/zhijiang/`]);
    await page.close();
  });

  it('crawls clean from the home page: every page of both editions, asset and anchor is there', async () => {
    const page = await browser.newPage();
    await page.goto(url(BASE));
    const seen = new Set<string>([url(BASE)]);
    const queue = [url(BASE)];
    const broken: string[] = [];
    let pages = 0;
    while (queue.length > 0) {
      const at = queue.shift()!;
      const res = await page.request.get(at);
      if (res.status() !== 200) {
        broken.push(`${at}: ${res.status()}`);
        continue;
      }
      if (!(res.headers()['content-type'] ?? '').startsWith('text/html')) continue;
      pages++;
      const html = (await res.body()).toString();
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const m of html.matchAll(/\s(?:href|src|action)="([^"]+)"/g)) {
        const target = new URL(m[1].replace(/&amp;/g, '&'), at);
        if (target.origin !== server.origin) continue;
        if (target.hash && target.pathname === new URL(at).pathname && !ids.has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${at}: no anchor ${target.hash}`);
        target.hash = '';
        target.search = '';
        if (!target.pathname.startsWith(BASE)) broken.push(`${at}: outside the base: ${target.pathname}`);
        else if (!seen.has(target.href)) {
          seen.add(target.href);
          queue.push(target.href);
        }
      }
    }
    expect(broken).toEqual([]);
    expect([...seen].filter((u) => u.includes('/zh-hant/')).length).toBeGreaterThan(100);
    expect(pages).toBeGreaterThan(200);
    await page.close();
  }, 120_000);
});
