/**
 * Shared by the browser tests: takes the shared build of the site (tests/helpers/built-site.ts,
 * one build for every test file and run with the same content and code), serves it with
 * scripts/serve-static.ts (with the site's Content-Security-Policy), launches Debian's
 * Chromium once, and picks one or two pages of every page kind by listing dist/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { serveStatic } from '../../scripts/serve-static.ts';
import type { StaticServer } from '../../scripts/serve-static.ts';
import { loadContentDir } from '../../src/model/index.ts';
import { CI, cleanUp, requireExampleContent, root, sharedBuild, testContent } from '../helpers/built-site.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const AXE = join(root, 'node_modules', 'axe-core', 'axe.min.js');

/** Skip only on a developer machine without the browser; in CI a missing browser fails. */
export const SKIP_BROWSER = !existsSync(CHROMIUM) && !CI;
if (SKIP_BROWSER) {
  console.warn(`\n[e2e] 跳过浏览器测试 skipping browser tests: ${CHROMIUM} not found. Install it with: sudo apt-get install -y chromium (CI installs it and fails without it).\n`);
}

export const KINDS = ['home', 'index', 'county', 'park', 'region', 'grouping region', 'industry', 'ranking', 'briefing', 'search', 'traditional', '404'] as const;
export type Kind = (typeof KINDS)[number];

export interface SitePage {
  kind: Kind;
  /** Path under the site root, e.g. /counties/zhijiang/ */
  path: string;
  /** The built HTML file. */
  file: string;
}

export interface E2ESite {
  browser: Browser;
  server: StaticServer;
  dist: string;
  contentSource: string;
  pages: SitePage[];
  buildMs: number;
  /** True when an earlier shared build was reused. */
  buildCached: boolean;
  url(path: string): string;
  pagesOf(kind: Kind): SitePage[];
  close(): Promise<void>;
}

const DETAIL: Record<string, Kind> = { counties: 'county', parks: 'park', regions: 'region', industries: 'industry', rankings: 'ranking', briefings: 'briefing' };

/** One or two pages per kind: the largest page (most content) and the smallest (empty states). */
export function pickPages(dist: string, contentDir: string): SitePage[] {
  const model = loadContentDir(contentDir).model;
  const pages: SitePage[] = [{ kind: 'home', path: '/', file: join(dist, 'index.html') }];
  const byKind = new Map<Kind, SitePage[]>();
  for (const folder of readdirSync(dist).sort()) {
    const dir = join(dist, folder);
    // The Traditional edition is picked below: its home and its copy of the largest county page.
    if (folder.startsWith('_') || folder === 'zh-hant' || !statSync(dir).isDirectory()) continue;
    // The search page is checked with results listed (its script fills them in).
    if (folder === 'search') {
      pages.push({ kind: 'search', path: '/search/?q=枝江', file: join(dir, 'index.html') });
      continue;
    }
    if (existsSync(join(dir, 'index.html'))) pages.push({ kind: 'index', path: `/${folder}/`, file: join(dir, 'index.html') });
    const kind = DETAIL[folder];
    if (!kind) continue;
    for (const slug of readdirSync(dir).sort()) {
      const file = join(dir, slug, 'index.html');
      if (!existsSync(file)) continue;
      const place = model.places.get(slug) as { grouping?: boolean } | undefined;
      const k: Kind = kind === 'region' && place?.grouping ? 'grouping region' : kind;
      byKind.set(k, [...(byKind.get(k) ?? []), { kind: k, path: `/${folder}/${slug}/`, file }]);
    }
  }
  for (const list of byKind.values()) {
    const sorted = [...list].sort((a, b) => statSync(b.file).size - statSync(a.file).size || a.path.localeCompare(b.path));
    pages.push(sorted[0]);
    if (sorted.length > 1) pages.push(sorted[sorted.length - 1]);
  }
  const county = pages.find((p) => p.kind === 'county');
  for (const path of ['/', county?.path]) {
    const file = path && join(dist, 'zh-hant', path, 'index.html');
    if (file && existsSync(file)) pages.push({ kind: 'traditional', path: `/zh-hant${path}`, file });
  }
  pages.push({ kind: '404', path: '/e2e-no-such-page/', file: join(dist, '404.html') });
  return pages;
}

/** Builds, serves and opens the browser; call once in beforeAll. */
export async function startSite(): Promise<E2ESite> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing and CI is set, so the browser tests must run: install it with apt-get install -y chromium (.ci/run does this).`);
  }
  // E2E_DIST=<built folder> (with CONTENT_DIR=<its content>) checks an existing build instead.
  // testContent() fails in CI when content/ is incomplete, instead of switching to the fixture.
  const given = process.env.E2E_DIST;
  const content = given ? { dir: process.env.CONTENT_DIR || join(root, 'content'), source: `prebuilt ${given}` } : testContent();
  // Read-only: the pages are only served.
  const built = given ? { dir: given, ms: 0, cached: true } : await sharedBuild({ contentDir: content.dir });
  const [server, browser] = await Promise.all([
    serveStatic(built.dir),
    chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }),
  ]);
  const pages = pickPages(built.dir, content.dir);
  return {
    browser,
    server,
    dist: built.dir,
    contentSource: content.source,
    pages,
    buildMs: built.ms,
    buildCached: built.cached ?? false,
    url: (path) => new URL(path.replace(/^\//, ''), server.url).href,
    pagesOf: (kind) => pages.filter((p) => p.kind === kind),
    close: async () => {
      await browser.close();
      await server.close();
      cleanUp();
    },
  };
}

/** Goes to a page and waits for what its script adds (the search page's results). */
export async function visit(page: Page, url: string) {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (await page.locator('#search-results').count()) await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
  return response;
}

/** Opens a page in a fresh context; the context closes with the returned function. */
export async function open(site: E2ESite, options: BrowserContextOptions = {}): Promise<{ page: Page; done: () => Promise<void> }> {
  const context = await site.browser.newContext({ locale: 'zh-CN', ...options });
  const page = await context.newPage();
  return { page, done: () => context.close() };
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return ((node as Element).childNodes ?? []).map(textOf).join('');
}

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node as Element);
  for (const child of (node as Element).childNodes ?? []) elements(child, out);
  const content = (node as { content?: Node }).content;
  if (content) elements(content, out);
  return out;
}

/** What the built HTML file holds, read without a browser. */
export function staticFacts(file: string): { h1: string; cells: number; figures: number } {
  const all = elements(parse(readFileSync(file, 'utf8')));
  const h1 = all.find((e) => e.tagName === 'h1');
  return {
    h1: h1 ? textOf(h1).replace(/\s+/g, ' ').trim() : '',
    cells: all.filter((e) => e.tagName === 'td' || e.tagName === 'th').length,
    figures: all.filter((e) => e.tagName === 'figure').length,
  };
}

/** The built file behind a site URL path (directory → index.html; unknown → 404.html). */
export function fileFor(dist: string, path: string): string {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]);
  const file = clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
  return existsSync(file) ? file : join(dist, '404.html');
}

/** A failure list as one readable message. */
export function report(title: string, failures: string[]): string {
  return `${title}: ${failures.length}\n${failures.map((f) => `  - ${f}`).join('\n')}`;
}

/** The example site built for a sub-path with SITE_URL (one shared build), served, and Chromium: the discovery and edition tests. */
export const SUB_PATH = { site: 'https://briefings.example.gov.cn', base: '/sub/' } as const;
export async function startSubPathSite(): Promise<{ server: StaticServer; browser: Browser }> {
  const built = await sharedBuild({ contentDir: requireExampleContent(), base: SUB_PATH.base, site: SUB_PATH.site });
  const [server, browser] = await Promise.all([serveStatic(built.dir, { base: SUB_PATH.base }), chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS })]);
  return { server, browser };
}
