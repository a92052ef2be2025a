/**
 * The shape docs/ARCHITECTURE.md promises: small files and functions, and
 * layers that import downward only (format → charts → model → views → pages).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string, exts: RegExp): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, exts));
    else if (exts.test(e.name)) out.push(p);
  }
  return out;
}

const code = [...filesUnder('src', /\.(ts|astro|mjs)$/), ...filesUnder('scripts', /\.(ts|mjs)$/)];
const text = (f: string) => readFileSync(join(root, f), 'utf8');
/** The text without comments, which may name what the code must not use. */
const codeOnly = (f: string) => text(f).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
/** Module specifiers a file imports (static imports and re-exports). */
const importsOf = (f: string) => [...text(f).matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);

describe('code shape', () => {
  it('has no file in src/ or scripts/ over 400 lines', () => {
    const long = code.map((f) => [f, text(f).split('\n').length] as const).filter(([, n]) => n > 400);
    expect(long).toEqual([]);
  });

  it('has no function over 150 lines', () => {
    const long: string[] = [];
    for (const f of code.filter((x) => /\.(ts|mjs)$/.test(x))) {
      const source = ts.createSourceFile(f, text(f), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
          const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (end - start + 1 > 150) long.push(`${f}:${start + 1} (${end - start + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });
});

describe('layers import downward only', () => {
  const from = (dir: string) => code.filter((f) => f.startsWith(`${dir}/`));

  it('src/format and src/charts import nothing from src/model', () => {
    for (const f of [...from('src/format'), ...from('src/charts')]) expect(importsOf(f).filter((m) => m.includes('/model/')), f).toEqual([]);
  });

  it('src/search imports nothing from src/model, and its browser code nothing from Node', () => {
    for (const f of from('src/search')) expect(importsOf(f).filter((m) => m.includes('/model/')), f).toEqual([]);
    // client.ts and what it imports run in the browser; only the index builder may use Node.
    for (const f of from('src/search').filter((x) => !x.endsWith('build-index.ts'))) expect(importsOf(f).filter((m) => m.startsWith('node:')), f).toEqual([]);
  });

  it('src/format imports nothing from src/charts', () => {
    for (const f of from('src/format')) expect(importsOf(f).filter((m) => m.includes('/charts/')), f).toEqual([]);
  });

  it('the model knows nothing of the deploy base', () => {
    for (const f of from('src/model')) {
      expect(importsOf(f).filter((m) => /\/lib\/(url|base)/.test(m)), f).toEqual([]);
      expect(codeOnly(f), f).not.toMatch(/SITE_BASE|\bhref\(/);
    }
  });

  it('no component or layout fetches the model', () => {
    for (const f of [...from('src/components'), ...from('src/layouts')]) {
      expect(importsOf(f).filter((m) => /model\/index(\.ts)?$/.test(m)), f).toEqual([]);
      expect(codeOnly(f), f).not.toMatch(/\b(siteModel|loadSite)\(/);
    }
  });

  it('finds the files it checks', () => {
    expect(from('src/model').length).toBeGreaterThan(10);
    expect(from('src/components').length).toBeGreaterThan(10);
    expect(from('src/charts').length).toBeGreaterThan(5);
    expect(from('src/search').length).toBeGreaterThan(5);
    expect(from('scripts').length).toBeGreaterThan(5);
  });
});
