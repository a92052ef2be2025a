/**
 * Every page kind in Chromium, served with the site's Content-Security-Policy:
 * no console errors, no horizontal scrolling at phone and desktop widths,
 * breadcrumb and related-page navigation, everything readable without
 * JavaScript, and lang="zh-CN".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { KINDS, SKIP_BROWSER, fileFor, open, report, startSite, staticFacts, visit } from './harness.ts';
import type { E2ESite, SitePage } from './harness.ts';

const VIEWPORTS = [{ width: 360, height: 740 }, { width: 1280, height: 800 }];

let site: E2ESite;

/** Console errors, page errors, failed requests and error responses while loading a page. */
async function problemsWhileLoading(page: Page, url: string, expectStatus: number): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // The 404 page is served with status 404; Chromium logs that for the document itself.
    if (expectStatus === 404 && m.location().url === url && m.text().includes('404')) return;
    problems.push(`console error: ${m.text()}${m.location().url ? ` (${m.location().url})` : ''}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url() !== url) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  const response = await visit(page, url);
  if (response?.status() !== expectStatus) problems.push(`status ${response?.status()} instead of ${expectStatus}`);
  return problems;
}

/** Document width, and the outermost elements that stick out to the right (not inside a scroll box). */
function measureOverflow() {
  const de = document.documentElement;
  const cw = de.clientWidth;
  const path = (el: Element) => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
      let s = e.tagName.toLowerCase();
      if (e.id) { parts.unshift(`${s}#${e.id}`); break; }
      if (e.classList.length) s += `.${[...e.classList].join('.')}`;
      const same = e.parentElement ? [...e.parentElement.children].filter((c) => c.tagName === e!.tagName) : [];
      if (same.length > 1) s += `:nth-of-type(${same.indexOf(e) + 1})`;
      parts.unshift(s);
    }
    return parts.join(' > ');
  };
  // Clipped by a scroll box on its containing-block chain (an absolutely positioned element
  // escapes a scroll box that is not positioned, and then widens the page).
  const inScrollBox = (el: Element) => {
    let position = getComputedStyle(el).position;
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (position === 'fixed') return false;
      const cs = getComputedStyle(p);
      const containing = cs.position !== 'static' || cs.transform !== 'none' || cs.filter !== 'none' || cs.contain.includes('paint');
      if (position === 'absolute' && !containing) continue;
      if (cs.overflowX !== 'visible') return true;
      position = cs.position;
    }
    return false;
  };
  const culprits: { el: Element; right: number }[] = [];
  const add = (el: Element, right: number) => {
    const outer = culprits.find((c) => c.el.contains(el));
    if (outer) outer.right = Math.max(outer.right, right);
    else culprits.push({ el, right });
  };
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > cw + 1 && !inScrollBox(el)) add(el, r.right);
  }
  // Text can stick out of a box that fits (a long unbreakable line, white-space: nowrap).
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = texts.nextNode(); n; n = texts.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(n);
    const parent = n.parentElement!;
    const right = range.getBoundingClientRect().right;
    if (right > cw + 1 && getComputedStyle(parent).overflowX === 'visible' && !inScrollBox(parent)) add(parent, right);
  }
  return {
    scrollWidth: de.scrollWidth,
    clientWidth: cw,
    culprits: culprits.slice(0, 5).map((c) => `${path(c.el)} (reaches ${Math.round(c.right)}px)`),
  };
}

/** Table cells and figure texts that are not visible (after opening every <details>). */
function hiddenTexts() {
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  // Screen-reader-only text (1×1 px, clipped) is meant to be invisible.
  const srOnly = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const r = e.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1 && getComputedStyle(e).position === 'absolute') return true;
    }
    return false;
  };
  const hasOwnText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
  const cells = [...document.querySelectorAll('td, th, caption')];
  const figureTexts = [...document.querySelectorAll('figure *')].filter((el) => hasOwnText(el) && !el.closest('title, desc, style, script') && !srOnly(el));
  const hidden = [...cells.filter((el) => el.textContent!.trim() !== '' && !srOnly(el)), ...figureTexts]
    .filter((el) => !visible(el))
    .map((el) => `<${el.tagName.toLowerCase()}> "${el.textContent!.trim().slice(0, 40)}"`);
  return { cells: document.querySelectorAll('td, th').length, figures: document.querySelectorAll('figure').length, checked: cells.length + figureTexts.length, hidden };
}

async function h1(page: Page): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Clicks a link and checks the URL and the h1 of the page it opens (the h1 in the built
 * file); with `labelIsTitle`, the link text must also be that h1 (breadcrumbs, except home).
 */
async function follow(page: Page, selector: string, what: string, labelIsTitle = false): Promise<string[]> {
  const link = page.locator(selector).first();
  if ((await link.count()) === 0) return [`${what}: no link matches ${selector}`];
  const href = await link.getAttribute('href');
  const label = ((await link.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const expected = new URL(href!, page.url()).href;
  await link.click();
  await page.waitForURL(expected, { timeout: 5000 }).catch(() => undefined);
  if (page.url() !== expected) return [`${what}: clicking ${href} opened ${page.url()}, expected ${expected}`];
  const want = staticFacts(fileFor(site.dist, new URL(expected).pathname)).h1;
  const got = await h1(page);
  if (got !== want || got === '') return [`${what}: ${href} shows h1 "${got}", expected "${want}"`];
  if (labelIsTitle && new URL(expected).pathname !== new URL(site.server.url).pathname && label !== got) return [`${what}: the link says "${label}" but opens "${got}"`];
  return [];
}

/** Marks the first link in the content to another page of the site (not a breadcrumb, not a source mark). */
function markRelated() {
  const here = location.pathname;
  const link = [...document.querySelectorAll('main a[href]')].find((a) => {
    const url = new URL((a as HTMLAnchorElement).href);
    return url.origin === location.origin && url.pathname.endsWith('/') && url.pathname !== here && !a.closest('nav.crumbs') && !a.classList.contains('src');
  });
  link?.setAttribute('data-e2e-related', '');
  return link ? link.getAttribute('href') : null;
}

describe.skipIf(SKIP_BROWSER)('pages in a browser', () => {
  beforeAll(async () => {
    site = await startSite();
    console.log(`[e2e] ${site.contentSource} site ${site.buildCached ? 'reused' : 'built'} in ${(site.buildMs / 1000).toFixed(1)} s; ${site.pages.length} pages of ${new Set(site.pages.map((p) => p.kind)).size} kinds: ${site.pages.map((p) => p.path).join(' ')}`);
  }, 300_000);
  afterAll(async () => {
    await site?.close();
  });

  it('has a page of every kind', () => {
    const kinds = new Set(site.pages.map((p) => p.kind));
    expect([...KINDS].filter((k) => !kinds.has(k))).toEqual([]);
    expect(site.pagesOf('index').map((p) => p.path)).toEqual(expect.arrayContaining(['/counties/', '/parks/', '/regions/', '/industries/', '/rankings/', '/briefings/']));
  });

  it('declares lang="zh-CN" on every built page, and lang="zh-Hant" in the Traditional edition', () => {
    const files = readdirSync(site.dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.html'))
      .map((e) => relative(site.dist, join(e.parentPath, e.name)).split(sep).join('/'));
    const lang = (f: string) => (f.startsWith('zh-hant/') ? 'zh-Hant' : 'zh-CN');
    const wrong = files.filter((f) => !new RegExp(`<html lang="${lang(f)}"[\\s>]`).test(readFileSync(join(site.dist, f), 'utf8')));
    expect(files.filter((f) => lang(f) === 'zh-Hant').length).toBe(files.filter((f) => f !== '404.html').length / 2);
    expect(wrong, report('pages without the language of their edition', wrong)).toEqual([]);
  });

  describe.each(KINDS)('%s', (kind) => {
    const pages = (): SitePage[] => site.pagesOf(kind);
    const status = kind === '404' ? 404 : 200;

    it('loads without console errors, page errors or failed requests, and says lang="zh-CN" (zh-Hant in the edition)', async () => {
      const failures: string[] = [];
      for (const p of pages()) {
        const { page, done } = await open(site);
        const problems = await problemsWhileLoading(page, site.url(p.path), status);
        const lang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
        const expected = p.path.startsWith('/zh-hant/') ? 'zh-Hant' : 'zh-CN';
        if (lang !== expected) problems.push(`<html lang="${lang}">, expected ${expected}`);
        failures.push(...problems.map((m) => `${p.path}: ${m}`));
        await done();
      }
      expect(failures, report('problems while loading', failures)).toEqual([]);
    }, 60_000);

    it('shows its main content without horizontal scrolling at 360×740 and 1280×800', async () => {
      const failures: string[] = [];
      for (const viewport of VIEWPORTS) {
        const { page, done } = await open(site, { viewport });
        for (const p of pages()) {
          await visit(page, site.url(p.path));
          const where = `${p.path} at ${viewport.width}×${viewport.height}`;
          for (const sel of ['main', 'main h1']) {
            const box = await page.locator(sel).first().boundingBox();
            if (!box || box.width < 1 || box.height < 1) failures.push(`${where}: ${sel} is not visible`);
            else if (box.x < -1 || box.x + box.width > viewport.width + 1) failures.push(`${where}: ${sel} spans x ${Math.round(box.x)}…${Math.round(box.x + box.width)}, outside the viewport`);
          }
          const m = await page.evaluate(measureOverflow);
          if (m.scrollWidth > m.clientWidth) failures.push(`${where}: document scrolls sideways (scrollWidth ${m.scrollWidth} > clientWidth ${m.clientWidth}); too wide: ${m.culprits.join('; ') || '(no single element found)'}`);
        }
        await done();
      }
      expect(failures, report('layout problems', failures)).toEqual([]);
    }, 60_000);

    it('navigates to its parent (breadcrumb) and to a related page', async () => {
      const failures: string[] = [];
      for (const p of pages()) {
        const { page, done } = await open(site);
        const start = site.url(p.path);
        await visit(page, start);
        const crumbs = await page.locator('nav.crumbs a[href]').count();
        // Home pages (the edition's too) and the 404 page have no parent.
        if (kind !== 'home' && kind !== '404' && p.path !== '/zh-hant/') {
          if (crumbs === 0) failures.push(`${p.path}: no breadcrumb links`);
          else failures.push(...(await follow(page, 'nav.crumbs li:nth-last-child(2) a[href]', `${p.path} breadcrumb to the parent`, true)));
          await visit(page, start);
        }
        await page.evaluate(markRelated);
        failures.push(...(await follow(page, '[data-e2e-related]', `${p.path} link to a related page`)));
        await done();
      }
      expect(failures, report('navigation problems', failures)).toEqual([]);
    }, 60_000);

    it('shows every table cell and figure text with JavaScript disabled', async () => {
      const failures: string[] = [];
      const { page, done } = await open(site, { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
      for (const p of pages()) {
        await page.goto(site.url(p.path));
        // <details> open without JavaScript: readers can open them, so the test does too.
        for (const summary of await page.locator('details:not([open]) > summary').all()) await summary.click();
        const facts = staticFacts(p.file);
        const seen = await page.evaluate(hiddenTexts);
        if (seen.cells !== facts.cells) failures.push(`${p.path}: ${facts.cells} table cells in the HTML, ${seen.cells} in the page`);
        if (seen.figures !== facts.figures) failures.push(`${p.path}: ${facts.figures} figures in the HTML, ${seen.figures} in the page`);
        failures.push(...seen.hidden.map((h) => `${p.path}: not visible without JavaScript: ${h}`));
      }
      await done();
      expect(failures, report('hidden without JavaScript', failures)).toEqual([]);
    }, 60_000);
  });
});
