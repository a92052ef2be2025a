/**
 * The one way to get the site model: content is read, validated and
 * modelled once per process. The build script, the Astro pages and the
 * Markdown plugins all call `loadSite()`; a cache on globalThis makes them
 * share one model even though Vite bundles them as separate module copies.
 */
import { resolve } from 'node:path';
import { Diagnostics, formatDiagnostics, type Diagnostic } from './diagnostics.ts';
import { readContent } from './read.ts';
import { buildModel } from './build.ts';
import { checkBriefingCharts } from './mdx-charts.ts';
import { checkMdxSyntax } from './mdx-syntax.ts';
import type { SiteModel } from './types.ts';

export interface LoadedSite {
  contentDir: string;
  model: SiteModel;
  diagnostics: Diagnostic[];
  errors: Diagnostic[];
}

/** The content folder: CONTENT_DIR, or ./content. */
export function contentDirFromEnv(): string {
  return resolve(process.env.CONTENT_DIR || 'content');
}

/** Reads and models a content folder, without caching. Never throws for content mistakes. */
export function loadContentDir(contentDir: string): LoadedSite {
  const diags = new Diagnostics();
  const raw = readContent(contentDir, diags);
  const { model } = buildModel(raw, diags);
  checkMdxSyntax(raw.files, (...a) => diags.error(...a));
  // Chart components in briefings need the whole model, so they are checked last.
  checkBriefingCharts(model, raw.files, (severity, ...a) => (severity === 'error' ? diags.error(...a) : diags.warn(...a)));
  return { contentDir, model, diagnostics: diags.items, errors: diags.errors };
}

const CACHE_KEY = Symbol.for('county-briefings.site-model');
type Cache = Map<string, LoadedSite>;

export function loadSite(contentDir: string = contentDirFromEnv()): LoadedSite {
  const g = globalThis as unknown as Record<symbol, Cache | undefined>;
  const cache = (g[CACHE_KEY] ??= new Map());
  let site = cache.get(contentDir);
  if (!site) {
    site = loadContentDir(contentDir);
    cache.set(contentDir, site);
  }
  return site;
}

/** Content errors as one readable message; thrown where a build must stop. */
export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(`内容有错误，网站未生成 The content has errors; the site was not built.\n\n${formatDiagnostics(diagnostics)}`);
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}

/** The model for pages: stops the build with every content error listed. */
export function siteModel(): SiteModel {
  const site = loadSite();
  if (site.errors.length > 0) throw new ContentError(site.diagnostics);
  return site.model;
}

export { formatDiagnostics };
export type * from './types.ts';
