/**
 * The context the build's passes share: the raw content, the diagnostics,
 * the entities by slug (made by the entities pass, filled in by the others)
 * and the checks every pass uses for references between files.
 */
import { closest, type Diagnostics } from '../diagnostics.ts';
import type { RawContent } from '../read.ts';
import type { DataBlock } from '../schema.ts';
import type { Briefing, Industry, MetricDef, Place, Ranking, Region } from '../types.ts';

/** A briefing as read, drafts included, with its data blocks as written. */
export interface BriefingRecord {
  briefing: Briefing;
  draft: boolean;
  data: Record<string, DataBlock>;
}

export interface BuildContext {
  raw: RawContent;
  diags: Diagnostics;
  metrics: Map<string, MetricDef>;
  places: Map<string, Place>;
  industries: Map<string, Industry>;
  rankings: Map<string, Ranking>;
  /** In file order, drafts included. */
  briefings: BriefingRecord[];
  /** A place file's own data block, by slug. */
  placeData: Map<string, DataBlock>;
  /** A region's `parent` and `members` as written, in file order: the hierarchy pass checks them. */
  regionRefs: { region: Region; parent?: string; members: string[] }[];
  /** Files that exist but failed their own checks: references to them are not errors too. */
  brokenSlugs: Set<string>;
  /** Page path → digest of the file's body (what its page renders besides the model). */
  bodyDigests: Map<string, string>;
  /** Page path → the body as plain text, for the search index. */
  bodyTexts: Map<string, string>;
}

const SINGULAR: Record<string, string> = { counties: 'place', regions: 'region', industries: 'industry', rankings: 'ranking' };

/** Reports a slug that names nothing, with the closest known one and its file. */
export function unknownRef(ctx: BuildContext, file: string, field: string, what: string, found: string, known: Iterable<string>, folder: string): void {
  if (ctx.brokenSlugs.has(found)) return;
  const guess = closest(found, known);
  const guessFile = guess && (folder === 'industries' ? ctx.industries.get(guess)?.file : folder === 'rankings' ? ctx.rankings.get(guess)?.file : ctx.places.get(guess)?.file);
  ctx.diags.error(
    file,
    field,
    `找不到${what}“${found}” unknown ${SINGULAR[folder] ?? folder} slug`,
    guess ? `是不是 did you mean “${guess}”？${guessFile ? `（${guessFile}）` : ''}` : `新建 content/${folder}/${found}.md，或改成已有的 slug create content/${folder}/${found}.md or use an existing slug`,
  );
}

/** Drops a slug written twice in one list, with a warning. */
export function once(ctx: BuildContext, list: string[], file: string, field: string): string[] {
  return list.filter((s, i) => {
    if (list.indexOf(s) === i) return true;
    ctx.diags.warn(file, `${field}[${i}]`, `“${s}”重复列出，只算一次 listed twice, counted once`);
    return false;
  });
}

/** The industries of a list that exist; each unknown one reported. */
export function checkIndustries(ctx: BuildContext, list: string[], file: string, field: string): string[] {
  return once(ctx, list, file, field).filter((s) => {
    if (ctx.industries.has(s)) return true;
    unknownRef(ctx, file, `${field}[${list.indexOf(s)}]`, '产业', s, ctx.industries.keys(), 'industries');
    return false;
  });
}

/** The industry a field names, if it exists. */
export function checkIndustry(ctx: BuildContext, slug: string | undefined, file: string, field: string): string | undefined {
  if (slug === undefined || ctx.industries.has(slug)) return slug;
  unknownRef(ctx, file, field, '产业', slug, ctx.industries.keys(), 'industries');
  return undefined;
}
