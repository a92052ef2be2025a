/**
 * The search page in Chromium on the built example site: the query list (tests/search/queries.ts)
 * run from /search/?q=…, the header's search box, the filters, the page without JavaScript, and
 * what one query downloads — all under the site's Content-Security-Policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SKIP_BROWSER, open, startSite } from './harness.ts';
import type { E2ESite } from './harness.ts';
import { QUERIES } from '../search/queries.ts';

let site: E2ESite;

beforeAll(async () => {
  if (!SKIP_BROWSER) site = await startSite();
}, 300_000);
afterAll(async () => site?.close());

/** Waits until the search has finished and listed its results. */
async function settled(page: Page) {
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
}

/** The site paths of the listed results, in order. */
const resultPaths = (page: Page, base: string) =>
  page.$$eval('#search-results li .result-head a', (as, b) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(b, '/')), base);

describe.skipIf(SKIP_BROWSER)('search in Chromium', () => {
  it('puts the expected page first for every query in the list', async () => {
    const { page, done } = await open(site);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const base = new URL(site.url('/')).pathname;
    const wrong: string[] = [];
    for (const { query, first } of QUERIES) {
      await page.goto(site.url(`/search/?q=${encodeURIComponent(query)}`));
      await settled(page);
      const got = await resultPaths(page, base);
      if (got[0] !== first) wrong.push(`${query}: expected ${first}, got ${got.slice(0, 3).join(', ') || '(nothing)'}`);
    }
    await done();
    expect(wrong).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('shows each result with its kind, region and summary, and the query in the box', async () => {
    const { page, done } = await open(site);
    await page.goto(site.url('/search/?q=枝江'));
    await settled(page);
    const first = await page.$eval('#search-results li', (li) => ({
      kind: li.querySelector('.badge')?.textContent,
      title: li.querySelector('a')?.textContent,
      place: li.querySelector('.result-place')?.textContent,
      summary: li.querySelector('.result-summary')?.textContent ?? '',
    }));
    expect(first).toMatchObject({ kind: '县', title: '枝江市', place: '湖北省 · 宜昌市' });
    expect(first.summary.length).toBeGreaterThan(10);
    expect(await page.inputValue('#search-q')).toBe('枝江');
    expect(await page.textContent('#search-status')).toMatch(/^找到 \d+ 个结果/);
    await done();
  });

  it('leads from the search box in every page header to the results', async () => {
    const { page, done } = await open(site);
    await page.goto(site.url('/counties/'));
    await page.fill('#site-search-q', '随州高新区');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#site-search-q', 'Enter')]);
    await settled(page);
    expect((await resultPaths(page, new URL(site.url('/')).pathname))[0]).toBe('/parks/suizhou-gaoxinqu/');
    await done();
  });

  it('filters by kind, region and industry, and keeps them in the URL', async () => {
    const { page, done } = await open(site);
    await page.goto(site.url('/search/?q=化工'));
    await settled(page);
    const all = await page.$$eval('#search-results .badge', (b) => b.map((x) => x.textContent));
    expect(new Set(all).size).toBeGreaterThan(1);
    await page.selectOption('select[name=kind]', 'park');
    await page.waitForURL(/kind=park/);
    await settled(page);
    const parks = await page.$$eval('#search-results .badge', (b) => b.map((x) => x.textContent));
    expect(parks.length).toBeGreaterThan(0);
    expect(new Set(parks)).toEqual(new Set(['园区']));
    await page.goto(site.url('/search/?region=hubei&kind=county'));
    await settled(page);
    const places = await page.$$eval('#search-results .result-place', (p) => p.map((x) => x.textContent ?? ''));
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((p) => p.startsWith('湖北省'))).toBe(true);
    expect(await page.inputValue('select[name=region]')).toBe('hubei');
    await done();
  });

  it('says what it needs without JavaScript, and its form still submits', async () => {
    const { page, done } = await open(site, { javaScriptEnabled: false });
    await page.goto(site.url('/search/?q=枝江'));
    expect(await page.textContent('#search-status')).toContain('需要启用 JavaScript');
    expect(await page.getAttribute('#search-form', 'method')).toBe('get');
    await done();
  });

  it('downloads little for one query: the code and the few index files it needs', async () => {
    const { page, done } = await open(site);
    let bytes = 0;
    page.on('response', async (r) => {
      const body = await r.body().catch(() => Buffer.alloc(0));
      bytes += body.length;
    });
    await page.goto(site.url('/search/?q=县域经济'));
    await settled(page);
    await page.waitForLoadState('networkidle');
    await done();
    expect(bytes).toBeGreaterThan(5_000);
    expect(bytes).toBeLessThan(300_000);
  });
});
