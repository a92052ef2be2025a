/**
 * Builds the site model from raw content, in named passes over one shared
 * context (src/model/build/): each pass says what it reads and what it adds.
 * Runs once per build; pages only read what it returns.
 */
import { Diagnostics } from './diagnostics.ts';
import { periodKey } from '../format/date.ts';
import type { RawContent } from './read.ts';
import type { County, Park, Region, SiteModel } from './types.ts';
import { readEntities } from './build/entities.ts';
import { buildHierarchy } from './build/hierarchy.ts';
import { readDataBlocks } from './build/data-blocks.ts';
import { resolvePrecedence } from './build/precedence.ts';
import { deriveFigures } from './build/derived.ts';
import { linkBack } from './build/backlinks.ts';
import { readBoundaries } from './build/boundaries.ts';
import { readSiteConfig } from './site-config.ts';

export interface BuildResult {
  model: SiteModel;
  diagnostics: Diagnostics;
}

export interface BuildOptions {
  /** Keep drafts as if published, marked draft (the dev server's preview). */
  drafts?: boolean;
}

export function buildModel(raw: RawContent, diags: Diagnostics = new Diagnostics(), options: BuildOptions = {}): BuildResult {
  // 1. Files → typed records, slug registry.
  const ctx = readEntities(raw, diags);
  // In preview a draft goes through every pass as a published briefing does, marked as a draft.
  if (options.drafts) {
    for (const r of ctx.briefings) {
      if (!r.draft) continue;
      r.briefing.draft = true;
      r.draft = false;
    }
  }
  // 2. Parents, ancestors and cycles, park parents, members, groupings, industry tree.
  buildHierarchy(ctx);
  // 3. Every figure of place files and briefings, checked, as candidates.
  const candidates = readDataBlocks(ctx);
  // 4. One winner per figure: own file, then the newest published briefing.
  const figures = resolvePrecedence(ctx, candidates);
  // 5. Figures onto places and rankings: movements, target actuals and shares.
  deriveFigures(ctx, figures);
  // 6. Published briefings, their figures, mentions; backlinks to places and industries.
  const { briefings, briefingBySlug, mentions } = linkBack(ctx, figures);
  // 7. Region boundaries for maps.
  const boundaries = readBoundaries(ctx);

  const places = [...ctx.places.values()].sort((a, b) => a.slug.localeCompare(b.slug));
  const model: SiteModel = {
    site: readSiteConfig(raw.site, raw.siteFile, diags),
    boundaries,
    metrics: ctx.metrics,
    places: new Map(places.map((p) => [p.slug, p])),
    counties: places.filter((p): p is County => p.kind === 'county'),
    parks: places.filter((p): p is Park => p.kind === 'park'),
    regions: places.filter((p): p is Region => p.kind === 'region'),
    industries: new Map([...ctx.industries.entries()].sort(([a], [b]) => a.localeCompare(b))),
    rankings: new Map([...ctx.rankings.entries()].sort(([a], [b]) => a.localeCompare(b))),
    briefings,
    briefingBySlug,
    observations: figures.observations.winners.sort((a, b) => a.place.localeCompare(b.place) || a.metric.localeCompare(b.metric) || periodKey(a.period) - periodKey(b.period)),
    rankEntries: figures.ranks.winners,
    rankChanges: figures.rankChanges.winners,
    mentions,
    bodyDigests: ctx.bodyDigests,
    bodyTexts: ctx.bodyTexts,
  };
  return { model, diagnostics: diags };
}
