/**
 * The one way to get the site model: content is read, validated and
 * modelled once per process. The build script, the Astro pages and the
 * Markdown plugins all call `loadSite()`; a cache on globalThis makes them
 * share one model even though Vite bundles them as separate module copies.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Diagnostics, formatDiagnostics, type Diagnostic } from './diagnostics.ts';
import { readContent } from './read.ts';
import { contentDirFromEnv } from './folders.ts';
import { buildModel, type BuildOptions } from './build.ts';
import { checkBriefingCharts } from './mdx-charts.ts';
import { checkMdxSyntax } from './mdx-syntax.ts';
import { locate } from './locate.ts';
import type { SiteModel } from './types.ts';

export interface LoadedSite {
  contentDir: string;
  model: SiteModel;
  diagnostics: Diagnostic[];
  errors: Diagnostic[];
}


/** Reads and models a content folder, without caching. Never throws for content mistakes. */
export function loadContentDir(contentDir: string, options: BuildOptions = {}): LoadedSite {
  const diags = new Diagnostics();
  const raw = readContent(contentDir, diags);
  const { model } = buildModel(raw, diags, options);
  checkMdxSyntax(raw.files, (...a) => diags.error(...a));
  // Chart components in briefings need the whole model, so they are checked last.
  checkBriefingCharts(model, raw.files, (severity, ...a) => (severity === 'error' ? diags.error(...a) : diags.warn(...a)));
  const paths = new Map<string, string>([...raw.files.map((f) => [f.file, f.absPath] as const), [raw.metricsFile, join(contentDir, 'metrics.yaml')], [raw.siteFile, join(contentDir, 'site.yaml')]]);
  locate(diags.items, (file) => paths.get(file));
  return { contentDir, model, diagnostics: diags.items, errors: diags.errors };
}

const CACHE_KEY = Symbol.for('county-briefings.site-model');
type Cache = Map<string, { site: LoadedSite; stamp: string; stampedAt: number }>;
/**
 * How often the dev server looks at the content files again. Every rendered body asks for the
 * model (the Markdown plugin links names), and a look walks every file: at national scale
 * (16,000 files) looking on every call kept the dev server from serving any page for minutes.
 */
const RESTAMP_MS = 500;

/** Names, sizes and times of the content files: changes whenever an editor saves; one stat per file. */
function stampOf(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const st = statSync(p);
        parts.push(`${p}:${st.size}:${st.mtimeMs}`);
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return parts.join('|');
}

/**
 * The model of a content folder, built once. A build (NODE_ENV=production) never looks again;
 * the dev server rebuilds the model when an editor saves a content file, and shows drafts
 * (marked 草稿) so that an editor sees one before publishing it.
 */
export function loadSite(contentDir: string = contentDirFromEnv()): LoadedSite {
  const g = globalThis as unknown as Record<symbol, Cache | undefined>;
  const cache = (g[CACHE_KEY] ??= new Map());
  const live = process.env.NODE_ENV === 'development';
  let entry = cache.get(contentDir);
  if (entry && (!live || performance.now() - entry.stampedAt < RESTAMP_MS)) return entry.site;
  const stamp = live ? stampOf(contentDir) : '';
  if (!entry || entry.stamp !== stamp) {
    entry = { site: loadContentDir(contentDir, { drafts: live }), stamp, stampedAt: 0 };
    cache.set(contentDir, entry);
  }
  entry.stampedAt = performance.now();
  return entry.site;
}

/** Lets go of a content folder's model (the build script, once the pages are written). */
export function forgetSite(contentDir: string = contentDirFromEnv()): void {
  (globalThis as unknown as Record<symbol, Cache | undefined>)[CACHE_KEY]?.delete(contentDir);
}

/**
 * Content errors as one readable message; thrown where a build must stop. Shaped like Astro's
 * own errors, so the dev server's overlay and terminal show the editor's file at the line of
 * the first error (loc, with its frame) and its fix (hint), and no trace through the
 * generator's code: an editor has nothing to do there.
 */
export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];
  readonly hint?: string;
  readonly loc?: { file: string; line: number; column: number };
  constructor(diagnostics: Diagnostic[]) {
    super(`内容有错误，网站未生成 The content has errors; the site was not built.\n\n${formatDiagnostics(diagnostics)}`);
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
    const first = diagnostics.find((d) => d.severity === 'error');
    if (first) {
      this.loc = { file: resolve(first.file), line: first.line ?? 1, column: 1 };
      const more = diagnostics.filter((d) => d.severity === 'error').length - 1;
      this.hint = [first.hint, more > 0 ? `另有 ${more} 个错误，见上 ${more} more above; npm run check lists them all.` : ''].filter(Boolean).join('\n');
    }
    this.stack = '';
  }
}

/** The model for pages: stops the build with every content error listed. */
export function siteModel(): SiteModel {
  const site = loadSite();
  if (site.errors.length > 0) throw new ContentError(site.diagnostics);
  return site.model;
}

export { formatDiagnostics, contentDirFromEnv };
export type * from './types.ts';
