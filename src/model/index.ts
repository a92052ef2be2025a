/**
 * The one way to get the site model: content is read, validated and
 * modelled once per process. The build script, the Astro pages and the
 * Markdown plugins all call `loadSite()`; a cache on globalThis makes them
 * share one model even though Vite bundles them as separate module copies.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Diagnostics, formatDiagnostics, type Diagnostic } from './diagnostics.ts';
import { readContent } from './read.ts';
import { contentDirFromEnv } from './folders.ts';
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
type Cache = Map<string, { site: LoadedSite; stamp: string }>;

/** Names, sizes and times of the content files: cheap, and changes whenever an editor saves. */
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
 * the dev server rebuilds the model when an editor saves a content file.
 */
export function loadSite(contentDir: string = contentDirFromEnv()): LoadedSite {
  const g = globalThis as unknown as Record<symbol, Cache | undefined>;
  const cache = (g[CACHE_KEY] ??= new Map());
  const live = process.env.NODE_ENV === 'development';
  const stamp = live ? stampOf(contentDir) : '';
  let entry = cache.get(contentDir);
  if (!entry || (live && entry.stamp !== stamp)) {
    entry = { site: loadContentDir(contentDir), stamp };
    cache.set(contentDir, entry);
  }
  return entry.site;
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

export { formatDiagnostics, contentDirFromEnv };
export type * from './types.ts';
