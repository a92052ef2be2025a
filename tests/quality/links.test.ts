/**
 * The link checker (scripts/check-links.ts) on real builds: a fixture site and the
 * example site have no broken links, anchors or assets; a copy with one of each
 * broken reports exactly those; a sub-path build stays under its base.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { checkLinks, formatLinkReport } from '../../scripts/check-links.ts';
import type { LinkProblem } from '../../scripts/check-links.ts';
import { LINK_ATTRS, scanHtml } from '../../scripts/check-links-scan.ts';
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
    const printed = (dir: string) => /<p class="print-only">本页地址：<span class="page-address">([^<]+)<\/span>/.exec(readFileSync(join(dir, 'counties', 'zhijiang', 'index.html'), 'utf8'))?.[1].trim();
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

/** What the checker read from a page when it parsed it with parse5: the reference the scanner must match. */
function parse5Read(html: string) {
  type Node = DefaultTreeAdapterMap['node'];
  type Element = DefaultTreeAdapterMap['element'];
  const attr = (el: Element, name: string) => el.attrs.find((x) => (x.prefix ? `${x.prefix}:${x.name}` : x.name) === name)?.value ?? null;
  const ids: string[] = [];
  const refs: { value: string; where: string }[] = [];
  const stack: Node[] = [parse(html)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node) {
      const id = attr(node, 'id');
      if (id && !ids.includes(id)) ids.push(id);
      const name = attr(node, 'name');
      if (node.tagName === 'a' && name && !ids.includes(name)) ids.push(name);
      for (const a of LINK_ATTRS.get(node.tagName) ?? []) {
        const value = attr(node, a);
        if (value === null) continue;
        if (a !== 'srcset') refs.push({ value, where: `${node.tagName}[${a}]` });
        else for (const c of value.split(',')) { const src = c.trim().split(/\s+/)[0]; if (src) refs.push({ value: src, where: `${node.tagName}[srcset]` }); }
      }
    }
    const n = node as Node & { childNodes?: Node[]; content?: { childNodes: Node[] } };
    stack.push(...[...(n.childNodes ?? []), ...(n.content?.childNodes ?? [])].reverse());
  }
  return { ids, refs };
}

describe('the link checker\'s scanner', () => {
  const scan = (html: string) => {
    const { ids, refs } = scanHtml(html);
    return { ids: [...ids], refs };
  };
  /** The values of a page's references, checked against parse5's reading first. */
  const values = (html: string) => {
    expect(scan(html)).toEqual(parse5Read(html));
    return scanHtml(html).refs.map((r) => r.value);
  };

  it('decodes character references in attribute values as parse5 did', () => {
    expect(values('<a href="/counties/?a=1&amp;b=2&#38;c=3#main">x</a>')).toEqual(['/counties/?a=1&b=2&c=3#main']);
    expect(values('<a href="&#x2F;counties&#47;">x</a><a href="a&quot;b&#39;c&apos;d&lt;&gt;">y</a>')).toEqual(['/counties/', 'a"b\'c\'d<>']);
    // Named references beyond the usual ones, and legacy names without ";" (not before "=" or a letter in a value).
    expect(values('<a href="x&copy;y&eacute;">x</a><a href="/q?a=1&copy=2&not">y</a>')).toEqual(['x©yé', '/q?a=1&copy=2¬']);
    expect(values('<a href="&#128;&#0;&#x110000;">x</a>')).toEqual(['€\ufffd\ufffd']);
    expect(values('<a href="a & b &; &#x; &amp">x</a>')).toEqual(['a & b &; &#x; &']);
  });

  it('reads double-, single- and unquoted values, values without quotes around spaces, and no value', () => {
    const html = `<a href='/one/'>1</a><a href=/two/ id=x>2</a><a href = "/three/">3</a><a href>4</a><a href=/five/>5</a>`;
    expect(scan(html)).toEqual(parse5Read(html));
    expect(scan(html)).toEqual({
      ids: ['x'],
      refs: [
        { value: '/one/', where: 'a[href]' }, { value: '/two/', where: 'a[href]' }, { value: '/three/', where: 'a[href]' },
        { value: '', where: 'a[href]' }, { value: '/five/', where: 'a[href]' },
      ],
    });
    // ">" inside quotes does not end the tag; the first of two equal attributes wins; "/" between attributes.
    expect(values(`<a title="a > b" href="/first/" href="/second/">x</a><a/href="/slash/"id='y'>y</a>`)).toEqual(['/first/', '/slash/']);
  });

  it('ignores links in comments, <script>, <style>, <textarea>, <title> and <noscript>, and reads <template> content', () => {
    const html = [
      '<!-- <a href="/in-comment/">x</a> --><!--> <a href="/after-empty-comment/">y</a>',
      '<script>document.write(\'<a href="/in-script/">\')</script><script><!-- <script></script> <a href="/escaped/"> --></script>',
      '<style>a[href="/in-style/"] {}</style><textarea><a href="/in-textarea/"></textarea><title><a href="/in-title/"></title>',
      '<noscript><a href="/in-noscript/"></a></noscript><template><a href="/in-template/" id="t">z</a></template>',
    ].join('');
    expect(values(html)).toEqual(['/after-empty-comment/', '/in-template/']);
    expect(scan(html)).toEqual(parse5Read(html));
  });

  it('splits srcset into its candidates', () => {
    const html = '<img src="/a.png" srcset="/a.png 1x, /a@2x.png 2x ,/a@3x.png 3x" alt=""><picture><source srcset="/b.webp"></picture>';
    expect(scan(html)).toEqual(parse5Read(html));
    expect(scan(html).refs).toEqual([
      { value: '/a.png', where: 'img[src]' }, { value: '/a.png', where: 'img[srcset]' },
      { value: '/a@2x.png', where: 'img[srcset]' }, { value: '/a@3x.png', where: 'img[srcset]' },
      { value: '/b.webp', where: 'source[srcset]' },
    ]);
  });

  it('lowercases tag and attribute names', () => {
    const html = '<A HREF="/Upper/" NAME="Top">x</A><IMG SRC="/I.png"><P ID="Para"></P><Svg><USE XLINK:HREF="#Icon"/></Svg>';
    expect(scan(html)).toEqual(parse5Read(html));
    expect(scan(html)).toEqual({
      ids: ['Top', 'Para'],
      refs: [{ value: '/Upper/', where: 'a[href]' }, { value: '/I.png', where: 'img[src]' }, { value: '#Icon', where: 'use[xlink:href]' }],
    });
  });

  it('keeps SVG\'s rules: <image> and CDATA inside <svg>, <image> as <img> outside', () => {
    const html = '<svg><image href="/in-svg.png"/><![CDATA[ <a href="/cdata/"> ]]><title id="chart-title">t</title><style>a{}</style><use href="/s.svg#i"/></svg>'
      + '<image href="/not-a-link.png" src="/img.png"><p><svg><g><p>breaks out</p><image href="/html-img.png"></g></svg></p>';
    expect(scan(html)).toEqual({
      ids: ['chart-title'],
      refs: [{ value: '/in-svg.png', where: 'image[href]' }, { value: '/s.svg#i', where: 'use[href]' }, { value: '/img.png', where: 'img[src]' }],
    });
    expect(scan(html)).toEqual(parse5Read(html));
  });

  it('reads a built page as parse5 did', () => {
    const html = readFileSync(join(site.dir, 'counties', 'zhijiang', 'index.html'), 'utf8');
    const scanned = scan(html);
    expect(scanned.refs.length).toBeGreaterThan(20);
    expect(scanned).toEqual(parse5Read(html));
  });

  it('checks links and anchors through entities, unquoted values and symbolic links as before', () => {
    const dir = tempDir('links-scan-');
    mkdirSync(join(dir, '数据'));
    writeFileSync(join(dir, '数据', '表.csv'), 'a\n');
    writeFileSync(join(dir, 'index.html'), [
      '<!doctype html><html lang="zh-CN"><body><main id="main"><h2 id="段落">x</h2>',
      '<a href="/?a=1&amp;b=2#main">ok</a><a href=/%E6%95%B0%E6%8D%AE/%E8%A1%A8.csv>cjk</a><a href="/数据/表.csv">raw cjk</a>',
      '<a href="#%E6%AE%B5%E8%90%BD">encoded anchor</a><a href=\'/?q=&quot;#gone\'>gone</a><a href="/linked.csv">link</a>',
      '<!-- <a href="/no-such/"> --></main></body></html>',
    ].join(''));
    let linked = true;
    try { symlinkSync(join(dir, '数据', '表.csv'), join(dir, 'linked.csv')); } catch { linked = false; }
    const report = checkLinks(dir);
    expect(report.links).toBe(6);
    expect(report.problems.map((p) => [p.kind, p.link])).toEqual([
      ['missing-anchor', '/?q="#gone'],
      ...(linked ? [] : [['missing-file', '/linked.csv']]),
    ]);
  });
});
