/**
 * `node scripts/check-links.ts <dist-dir> [--base /sub/] [--site https://host]`
 *
 * Crawls every HTML page of a built site and checks every internal link and asset
 * reference (a, area, link, script, img, source, use, … href/src/srcset):
 *   - it resolves to a file in the site (a directory URL means its index.html),
 *   - its #fragment names an id on the target page (or on the same page),
 *   - it stays under the base path the site was built for (SITE_BASE).
 * Links to other hosts, mailto:, tel: and data: are skipped. Each problem is printed
 * with the page, the link, what is missing and how to fix it; exit 1 on any problem.
 *
 * One small class per check, as in withastro/docs' link checker, so a new rule is a
 * new class and the report stays uniform.
 */
import { Buffer } from 'node:buffer';
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { closest } from '../src/model/diagnostics.ts';
import { normaliseBase, siteBase } from '../src/lib/base.ts';
import { scanHtml } from './check-links-scan.ts';
import type { Ref } from './check-links-scan.ts';

export type ProblemKind = 'missing-page' | 'missing-file' | 'missing-anchor' | 'outside-base';

export interface LinkProblem {
  kind: ProblemKind;
  /** URL of the page that holds the link, e.g. /counties/zhijiang/ */
  page: string;
  /** The link exactly as written in the HTML. */
  link: string;
  /** Element and attribute, e.g. a[href] */
  where: string;
  /** What is missing, in a few words. */
  missing: string;
  /** How to fix it. */
  hint: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  problems: LinkProblem[];
}

export interface CheckOptions {
  /** Sub-path the site was built for (SITE_BASE), default "/". */
  base?: string;
  /** The site's own origin (SITE_URL): absolute links to it count as internal. */
  site?: string;
}

// Which elements and attributes count as references: LINK_ATTRS in check-links-scan.ts.
const INTERNAL = 'http://site.invalid';

interface Page {
  /** Site URL with the base, e.g. /sub/counties/zhijiang/ */
  url: string;
  file: string;
  ids: Set<string>;
}

/** Where a link leads, whichever page holds it. */
interface Resolved {
  /** Path under the site root, with the base removed: /counties/zhijiang/ */
  path: string;
  /** True when the link leaves the base path. */
  outside: boolean;
  /** File the path maps to, or null when nothing exists there. */
  file: string | null;
  fragment: string | null;
}

interface Target extends Resolved {
  page: Page;
  raw: string;
  where: string;
}

interface Site {
  dir: string;
  base: string;
  /** The site's own origin, or null. */
  own: string | null;
  pages: Map<string, Page>;
  /** Site path (without base) of every file, for "did you mean" (made when first asked). */
  paths: () => string[];
  /** Every file and folder the walk found (absolute paths). */
  files: Set<string>;
  dirs: Set<string>;
  /** Answers worked out once per run: file by site path, resolution by absolute link, guess by path. */
  fileByPath: Map<string, string | null>;
  byLink: Map<string, Resolved | null>;
  guesses: Map<string, string | undefined>;
}

interface Check {
  run(target: Target, site: Site): LinkProblem | null;
}

/** The link must stay under the base path. */
class OutsideBaseCheck implements Check {
  run(t: Target, site: Site): LinkProblem | null {
    if (!t.outside) return null;
    return problem(t, 'outside-base', `不在站点路径 ${site.base} 之下 outside the base ${site.base}`,
      `站点部署在 ${site.base}：链接要用 src/lib/url.ts 的 href() 生成，才会带上这个前缀 build the link with href() so it gets the base.`);
  }
}

/** The page or file must exist. */
class MissingTargetCheck implements Check {
  run(t: Target, site: Site): LinkProblem | null {
    if (t.outside || t.file) return null;
    const isPage = t.path.endsWith('/') || t.path.endsWith('.html') || !/\.[a-z0-9]+$/i.test(t.path);
    if (!site.guesses.has(t.path)) site.guesses.set(t.path, closest(t.path, site.paths()));
    const guess = site.guesses.get(t.path);
    const didYouMean = guess ? `是不是 did you mean ${site.base.replace(/\/$/, '')}${guess}？` : '';
    if (isPage) {
      return problem(t, 'missing-page', `没有这个页面 no page at ${t.path}（dist${t.path.endsWith('/') ? `${t.path}index.html` : t.path}）`,
        `${didYouMean}检查内容文件里的 slug 或组件里的链接 check the slug in the content file or the link in the component.`);
    }
    return problem(t, 'missing-file', `没有这个文件 no file dist${t.path}`,
      `${didYouMean}把文件放进 public/，或改正路径 put the file in public/ or fix the path.`);
  }
}

/** A #fragment must name an id on the target page. */
class MissingAnchorCheck implements Check {
  run(t: Target, site: Site): LinkProblem | null {
    if (!t.file || t.fragment === null) return null;
    const target = site.pages.get(t.file);
    if (!target) return null; // not an HTML page: fragments of CSV/SVG files are not checked
    const id = t.fragment;
    // "#" and "#top" scroll to the top of any page (HTML spec); ":~:" is a text fragment.
    if (id === '' || id.toLowerCase() === 'top' || id.startsWith(':~:') || target.ids.has(id)) return null;
    const guess = closest(id, [...target.ids]);
    return problem(t, 'missing-anchor', `${target.url} 上没有 id="${id}" no element with id "${id}" on ${target.url}`,
      guess ? `是不是 did you mean #${guess}？或者给目标元素加上这个 id add the id to the target element.` : `给目标元素加上 id="${id}"，或去掉链接里的 #${id} add the id or drop the fragment.`);
  }
}

const CHECKS: Check[] = [new OutsideBaseCheck(), new MissingTargetCheck(), new MissingAnchorCheck()];

function problem(t: Target, kind: ProblemKind, missing: string, hint: string): LinkProblem {
  return { kind, page: t.page.url, link: t.raw, where: t.where, missing, hint };
}


/** Every file under dir (sorted) and every folder, dir included. */
function walk(dir: string, files: string[], dirs: Set<string>): void {
  dirs.add(dir);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, files, dirs);
    else if (entry.isFile()) files.push(path);
  }
}

/** A file's bytes, read into one buffer reused for every page (the scanner keeps no view of it). */
function readInto(file: string, buffer: Buffer): Buffer {
  const fd = openSync(file, 'r');
  try {
    let size = 0;
    for (;;) {
      if (size === buffer.length) return readFileSync(file); // larger than the shared buffer
      const read = readSync(fd, buffer, size, buffer.length - size, null);
      if (read === 0) return buffer.subarray(0, size);
      size += read;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The file a site path maps to. The walk's sets answer what exists; only what they lack is
 * asked of the file system (a symbolic link, or a name the file system matches another way),
 * so the answer is the one stat gave, with one call per missing path instead of per link.
 */
function fileFor(site: Site, path: string): string | null {
  let file = site.fileByPath.get(path);
  if (file === undefined) {
    file = locate(site, path);
    site.fileByPath.set(path, file);
  }
  return file;
}

function locate(site: Site, path: string): string | null {
  const { dir } = site;
  const isFile = (p: string) => { try { return site.files.has(p) || statSync(p).isFile(); } catch { return false; } };
  const isDir = (p: string) => { try { return site.dirs.has(p) || statSync(p).isDirectory(); } catch { return false; } };
  const abs = resolve(dir, `.${path}`);
  if (abs !== dir && !abs.startsWith(dir + sep)) return null;
  if (path.endsWith('/')) return isFile(join(abs, 'index.html')) ? join(abs, 'index.html') : null;
  if (isFile(abs)) return abs;
  // A directory URL without its trailing slash still lands on the directory's page.
  if (isDir(abs) && isFile(join(abs, 'index.html'))) return join(abs, 'index.html');
  return null;
}

/**
 * A path from the root ("/counties/", not "//host" or "/\host", and no tab or newline the URL
 * parser would drop) leads to the same place from every page, so it is resolved once.
 */
const ROOT_PATH = /^\/(?![/\\])[^\t\n\r]*$/;

/** Resolves a reference; null when it is external (another host, mailto:, data:, …). */
function resolveRef(page: Page, ref: Ref, site: Site): Target | null {
  const raw = ref.value.trim();
  const shared = ROOT_PATH.test(raw);
  let resolved = shared ? site.byLink.get(raw) : undefined;
  if (resolved === undefined) {
    resolved = resolveUrl(raw, page.url, site);
    if (shared) site.byLink.set(raw, resolved);
  }
  if (resolved === null) return null;
  const { path, outside, file, fragment } = resolved;
  return { page, raw: ref.value, where: ref.where, path, outside, file, fragment };
}

function resolveUrl(raw: string, pageUrl: string, site: Site): Resolved | null {
  let url: URL;
  try {
    url = new URL(raw, INTERNAL + pageUrl);
  } catch {
    return { path: `/${raw}`, outside: false, file: null, fragment: null };
  }
  const internal = url.origin === INTERNAL || (site.own !== null && url.origin === site.own);
  if (!internal) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  let fragment: string | null = null;
  if (raw.includes('#')) {
    const hash = url.hash.replace(/^#/, '');
    try { fragment = decodeURIComponent(hash); } catch { fragment = hash; }
  }
  // "/sub" (no slash) is the base itself; "/subway/" is not under "/sub/".
  const outside = !`${path}/`.startsWith(site.base);
  const rel = outside ? path : path.length < site.base.length ? '/' : path.slice(site.base.length - 1);
  return { path: rel, outside, file: outside ? null : fileFor(site, rel), fragment };
}

/** Checks a built site folder. */
export function checkLinks(dir: string, options: CheckOptions = {}): LinkReport {
  const root = resolve(dir);
  const base = normaliseBase(options.base ?? '/');
  const own = options.site ? new URL(options.site).origin : null;
  const files: string[] = [];
  const dirs = new Set<string>();
  walk(root, files, dirs);
  files.sort();
  const pages = new Map<string, Page>();
  const html = files.filter((f) => f.endsWith('.html'));
  /** A file's site path without the base: /counties/zhijiang/ for its index.html. */
  const pathOf = (f: string) => {
    const rel = '/' + relative(root, f).split(sep).join('/');
    return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  };
  let sitePaths: string[] | undefined;
  const paths = () => sitePaths ??= files.map(pathOf);
  const site: Site = {
    dir: root, base, own, pages, paths, files: new Set(files), dirs,
    fileByPath: new Map(), byLink: new Map(), guesses: new Map(),
  };
  // Each link is checked as its page is read, and let go: holding every link of a national
  // site until the end took about 450 MB. Only a link to an anchor on a page not read yet
  // waits for that page's ids. Problems keep the order of the pages and their links.
  const unread = new Set(html);
  const waiting: { target: Target; order: number }[] = [];
  const problems: { problem: LinkProblem; order: number }[] = [];
  const check = (target: Target, order: number) => {
    for (const c of CHECKS) {
      const problem = c.run(target, site);
      if (problem) return void problems.push({ problem, order });
    }
  };
  let links = 0;
  const buffer = Buffer.allocUnsafe(4 << 20);
  for (const file of html) {
    const url = base.slice(0, -1) + pathOf(file);
    const { ids, refs } = scanHtml(readInto(file, buffer));
    const page: Page = { url, file, ids };
    pages.set(file, page);
    unread.delete(file);
    for (const ref of refs) {
      const target = resolveRef(page, ref, site);
      if (!target) continue;
      links++;
      if (target.fragment !== null && target.file !== null && unread.has(target.file)) waiting.push({ target, order: links });
      else check(target, links);
    }
  }
  for (const { target, order } of waiting) check(target, order);
  return { pages: pages.size, links, problems: problems.sort((a, b) => a.order - b.order).map((p) => p.problem) };
}

/** The report as editors and developers read it. */
export function formatLinkReport(report: LinkReport): string {
  if (report.problems.length === 0) return `链接检查通过 links ok: ${report.pages} 个页面 pages, ${report.links} 个站内链接 internal links.`;
  const byPage = new Map<string, LinkProblem[]>();
  for (const p of report.problems) byPage.set(p.page, [...(byPage.get(p.page) ?? []), p]);
  const lines: string[] = [];
  for (const [page, problems] of byPage) {
    lines.push(page);
    for (const p of problems) {
      lines.push(`  ${p.where} ${JSON.stringify(p.link)}: ${p.missing}`);
      lines.push(`    → ${p.hint}`);
    }
  }
  lines.push('', `链接检查失败 link check failed: ${report.problems.length} 个问题 problems on ${byPage.size} 个页面 pages（共检查 ${report.pages} 个页面、${report.links} 个站内链接）。`);
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { base: { type: 'string', default: siteBase() }, site: { type: 'string' } },
  });
  const dir = positionals[0] ?? 'dist';
  try {
    if (!statSync(dir).isDirectory()) throw new Error();
  } catch {
    console.error(`没有找到网站目录 no such folder: ${dir}\n  → 先运行 npm run build，或把生成的目录作为参数传入 pass the built folder.`);
    process.exit(1);
  }
  const report = checkLinks(dir, { base: values.base, site: values.site });
  const text = formatLinkReport(report);
  // exitCode, not exit(): a long report written to a pipe must not be cut off.
  if (report.problems.length > 0) {
    console.error(text);
    process.exitCode = 1;
  } else {
    console.log(text);
  }
}
