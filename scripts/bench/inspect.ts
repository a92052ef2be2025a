// Inspecting a built site: files and bytes, a county page's HTML+CSS, JavaScript on pages; and comparing two outputs.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'parse5';
import { walk } from './util.ts';

export interface Output {
  pagePaths: string[];
  countyPage?: { path: string; html: number; css: number; cssFiles: string[] };
  /** Pages with a <script> element (JSON data blocks aside) or an on* event attribute. */
  scriptPages: string[];
  jsFiles: number;
  jsBytes: number;
}

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node; value?: string };
function* elements(node: Node): Generator<Node> {
  yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

/** What a built site holds: its pages, a county page's weight and any JavaScript. */
export function inspect(dir: string): Output {
  const files = walk(dir);
  const pagePaths = files.filter((f) => f === 'index.html' || f.endsWith('/index.html'));
  const scriptPages: string[] = [];
  let jsBytes = 0;
  for (const f of files.filter((x) => x.endsWith('.html'))) {
    const html = readFileSync(join(dir, f), 'utf8');
    // The parse only where text hints at script: hostile text in attributes is not a script.
    if (!/<script|\son[a-z]+=/i.test(html)) continue;
    let found = false;
    for (const el of elements(parse(html) as unknown as Node)) {
      if (el.nodeName === 'script') {
        const type = (attr(el, 'type') ?? '').toLowerCase();
        if (type === 'application/ld+json' || type === 'application/json') continue;
        found = true;
        jsBytes += (el.childNodes ?? []).reduce((n, c) => n + Buffer.byteLength(c.value ?? ''), 0);
      } else if (el.attrs?.some((a) => /^on[a-z]+$/.test(a.name))) found = true;
    }
    if (found) scriptPages.push(f);
  }
  const js = files.filter((f) => /\.m?js$/.test(f));
  jsBytes += js.reduce((n, f) => n + statSync(join(dir, f)).size, 0);

  // The county page with the largest HTML, and the style sheets it links.
  const counties = pagePaths.filter((f) => /^counties\/[^/]+\/index\.html$/.test(f));
  let countyPage: Output['countyPage'];
  if (counties.length > 0) {
    const path = counties.map((f) => ({ f, size: statSync(join(dir, f)).size })).sort((a, b) => b.size - a.size || (a.f < b.f ? -1 : 1))[0].f;
    const doc = parse(readFileSync(join(dir, path), 'utf8')) as unknown as Node;
    const cssFiles = [
      ...new Set(
        [...elements(doc)]
          .filter((el) => el.nodeName === 'link' && (attr(el, 'rel') ?? '').split(/\s+/).includes('stylesheet'))
          .map((el) => attr(el, 'href') ?? '')
          .filter((href) => href && !/^[a-z]+:|^\/\//i.test(href))
          .map((href) => (href.startsWith('/') ? href.slice(1) : posix.join(posix.dirname(path), href)).replace(/[?#].*$/, '')),
      ),
    ];
    const css = cssFiles.reduce((n, f) => n + (existsSync(join(dir, f)) ? statSync(join(dir, f)).size : 0), 0);
    countyPage = { path, html: statSync(join(dir, path)).size, css, cssFiles };
  }
  return { pagePaths, countyPage, scriptPages, jsFiles: js.length, jsBytes };
}

/** How many files differ between two folders (0: byte-identical) and the first, in path order. */
export function compareTrees(a: string, b: string): { differing: number; first?: string } {
  const fa = walk(a);
  const fb = walk(b);
  const inB = new Set(fb);
  const inA = new Set(fa);
  const diffs: string[] = [];
  for (const f of fa) {
    if (!inB.has(f)) diffs.push(`${f} (only in the rebuild)`);
    else if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) diffs.push(f);
  }
  for (const f of fb) if (!inA.has(f)) diffs.push(`${f} (only in the clean build)`);
  diffs.sort();
  return { differing: diffs.length, first: diffs[0] };
}
