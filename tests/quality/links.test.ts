/**
 * The link checker (scripts/check-links.ts) on real builds: a fixture site and the
 * example site have no broken links, anchors or assets; a copy with one of each
 * broken reports exactly those; a sub-path build stays under its base.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinks, formatLinkReport } from '../../scripts/check-links.ts';
import type { LinkProblem } from '../../scripts/check-links.ts';
import { writeContent } from '../helpers/content.ts';
import { cleanUp, requireExampleContent, root, sharedBuild, skipWithoutExample, tempDir } from '../helpers/built-site.ts';
import type { BuiltSite } from '../helpers/built-site.ts';

const fixture = writeContent({});
// Shared, read-only builds (tests/helpers/built-site.ts): copy before changing anything.
let site: BuiltSite;
let sub: BuiltSite;

beforeAll(async () => {
  site = await sharedBuild({ contentDir: fixture });
  sub = await sharedBuild({ contentDir: fixture, base: '/sub/', site: 'https://briefings.example.gov.cn' });
});
afterAll(cleanUp);

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/check-links.ts', ...args], { cwd: root, encoding: 'utf8' });
}

const key = (p: LinkProblem) => `${p.kind} ${p.page} ${p.link}`;

describe('check-links', () => {
  it('finds no problem on a built fixture site', () => {
    const report = checkLinks(site.dir);
    expect(report.pages).toBeGreaterThanOrEqual(19);
    expect(report.links).toBeGreaterThan(100);
    expect(report.problems, formatLinkReport(report)).toEqual([]);
  });

  it('finds exactly a broken link, a broken anchor and a missing asset', () => {
    const broken = join(tempDir('links-broken-'), 'dist');
    cpSync(site.dir, broken, { recursive: true });
    const page = join(broken, 'counties', 'zhijiang', 'index.html');
    const html = readFileSync(page, 'utf8');
    const injected = '<p><a href="/counties/zhijaing/">link</a> <a href="/regions/yichang/#no-such-section">anchor</a> <img src="/images/missing-map.png" alt="map"></p></main>';
    expect(html).toContain('</main>');
    writeFileSync(page, html.replace('</main>', injected));

    const before = new Set(checkLinks(site.dir).problems.map(key));
    const report = checkLinks(broken);
    const found = report.problems.filter((p) => !before.has(key(p)));
    expect(found.map((p) => [p.kind, p.page, p.link, p.where])).toEqual([
      ['missing-page', '/counties/zhijiang/', '/counties/zhijaing/', 'a[href]'],
      ['missing-anchor', '/counties/zhijiang/', '/regions/yichang/#no-such-section', 'a[href]'],
      ['missing-file', '/counties/zhijiang/', '/images/missing-map.png', 'img[src]'],
    ]);
    // Every problem says what is missing and how to fix it.
    expect(found[0].hint).toContain('/counties/zhijiang/');
    for (const p of found) {
      expect(p.missing).not.toBe('');
      expect(p.hint).not.toBe('');
    }

    const r = cli(broken);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/counties/zhijiang/\n  a[href] "/counties/zhijaing/"');
    expect(r.stderr).toContain('→ 是不是 did you mean /counties/zhijiang/');
  });

  it('prints each page\'s full address when SITE_URL is set, and only the path without it', () => {
    const printed = (dir: string) => /<p class="print-only">本页地址：([^<·]+)/.exec(readFileSync(join(dir, 'counties', 'zhijiang', 'index.html'), 'utf8'))?.[1].trim();
    expect(printed(sub.dir)).toBe('https://briefings.example.gov.cn/sub/counties/zhijiang/');
    expect(printed(site.dir)).toBe('/counties/zhijiang/');
  });

  it('checks a sub-path build under its base', () => {
    const report = checkLinks(sub.dir, { base: '/sub/' });
    expect(report.pages).toBeGreaterThanOrEqual(19);
    expect(report.problems, formatLinkReport(report)).toEqual([]);
    const r = cli(sub.dir, '--base', '/sub/');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('links ok');
  });

  it('reports links that leave the base', () => {
    // The root build checked as if deployed under /sub/: every absolute link leaves the base.
    const report = checkLinks(site.dir, { base: '/sub/' });
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.problems.some((p) => p.kind === 'outside-base' && p.link === '/counties/')).toBe(true);
    expect(report.problems.find((p) => p.kind === 'outside-base')!.hint).toContain('href()');
  });

  it('resolves relative links, srcset, the own origin and the bare base, and skips external links', () => {
    const dir = tempDir('links-unit-');
    const page = (path: string, body: string) => {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), `<!doctype html><html lang="zh-CN"><body><main id="main">${body}</main></body></html>`);
    };
    page('', '<a href="/sub/a/">a</a>');
    page('a', [
      '<a href="b/#part">relative with anchor</a> <a href="../a/b/">up and down</a>',
      '<a href="b">relative without slash</a>',
      '<img srcset="/sub/x.png 1x, /sub/missing@2x.png 2x" alt="">',
      '<a href="https://example.org/">external</a> <a href="mailto:a@b.cn">mail</a>',
      '<a href="https://site.example/sub/a/#main">own origin</a>',
      '<a href="/sub">bare base</a>',
      '<svg><use href="/sub/sprite.svg#icon"></use></svg>',
      '<a href="#main">same page</a> <a href="#gone">same page, missing</a>',
    ].join(''));
    page('a/b', '<h2 id="part">part</h2>');
    writeFileSync(join(dir, 'x.png'), '');
    writeFileSync(join(dir, 'sprite.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><symbol id="icon"/></svg>');
    const report = checkLinks(dir, { base: '/sub/', site: 'https://site.example/' });
    expect(report.problems.map((p) => [p.kind, p.page, p.link, p.where])).toEqual([
      ['missing-file', '/sub/a/', '/sub/missing@2x.png', 'img[srcset]'],
      ['missing-anchor', '/sub/a/', '#gone', 'a[href]'],
    ]);
    expect(report.links).toBe(11);
  });

  it.skipIf(skipWithoutExample())('finds no problem on the example site', async () => {
    const example = await sharedBuild({ contentDir: requireExampleContent() });
    const report = checkLinks(example.dir);
    expect(report.pages).toBeGreaterThan(19);
    expect(report.problems, formatLinkReport(report)).toEqual([]);
  }, 300_000);
});
