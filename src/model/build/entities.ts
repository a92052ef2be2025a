/**
 * Pass 1, entities. Reads: every file's frontmatter and metrics.yaml.
 * Adds: metric definitions, one typed record per file that passed its schema
 * (places, industries, rankings, briefings with their data blocks as
 * written) and the slug registry: place slugs are shared by counties, parks
 * and regions; adcodes are unique; a digest of each body, which its page
 * renders (part of the page's cache key), and the body as plain text (for the
 * search index). Nothing refers to anything yet.
 */
import { createHash } from 'node:crypto';
import { plainText } from '../../search/text.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { parseFile, parseMetrics } from '../parse.ts';
import type { RawContent, SourceFile, SourceFileOf } from '../read.ts';
import type { CountyData, DataBlock, ParkData, RegionData } from '../schema.ts';
import type { County, Park, Place, PlaceBase, Region } from '../types.ts';
import type { BuildContext } from './context.ts';
import { isGrouping } from './groupings.ts';

type PlaceFile = SourceFileOf<'counties' | 'parks' | 'regions'>;

export function readEntities(raw: RawContent, diags: Diagnostics): BuildContext {
  const ctx: BuildContext = {
    raw,
    diags,
    metrics: parseMetrics(raw.metrics, raw.metricsFile, diags),
    places: new Map(),
    industries: new Map(),
    rankings: new Map(),
    briefings: [],
    placeData: new Map(),
    regionRefs: [],
    brokenSlugs: new Set(),
    bodyDigests: new Map(),
    bodyTexts: new Map(),
  };
  const fileOfSlug = new Map<string, string>();
  const adcodes = new Map<string, string>();

  /** The registry's checks for a place file; false when its slug is taken. */
  const register = (f: PlaceFile, adcode: string | undefined): boolean => {
    if (fileOfSlug.has(f.slug)) {
      diags.error(f.file, '(文件名 file name)', `地点 slug “${f.slug}” 已被 ${fileOfSlug.get(f.slug)} 使用 place slugs are shared by counties, parks and regions`, '给其中一个改名，如加上省份或类型后缀 rename one, e.g. add a suffix');
      return false;
    }
    fileOfSlug.set(f.slug, f.file);
    if (adcode) {
      if (adcodes.has(adcode)) diags.error(f.file, 'adcode', `行政区划代码 ${adcode} 与 ${adcodes.get(adcode)} 重复 duplicate adcode`, '每个代码只属于一个地点；检查是否抄错 each code belongs to one place');
      else adcodes.set(adcode, f.file);
    }
    return true;
  };

  for (const f of raw.files) {
    const ok = readFile(ctx, f, register);
    if (!ok) ctx.brokenSlugs.add(f.slug);
    else {
      const path = `/${f.folder}/${f.slug}/`;
      ctx.bodyDigests.set(path, createHash('sha256').update(f.body).digest('base64url').slice(0, 16));
      ctx.bodyTexts.set(path, plainText(f.body));
    }
  }
  return ctx;
}

/** One file into its record; false when it failed its schema. */
function readFile(ctx: BuildContext, f: SourceFile, register: (f: PlaceFile, adcode: string | undefined) => boolean): boolean {
  const { diags } = ctx;
  switch (f.folder) {
    case 'counties': {
      const d = parseFile(f, diags);
      if (!d) return false;
      if (register(f, d.adcode)) addPlace(ctx, f, d, { ...placeBase(f, d, d.adcode), kind: 'county', parent: d.region } satisfies County);
      return true;
    }
    case 'parks': {
      const d = parseFile(f, diags);
      if (!d) return false;
      if (register(f, undefined)) addPlace(ctx, f, d, { ...placeBase(f, d, undefined), kind: 'park', parent: d.location, level: d.level, established: d.established, parentPark: d.parent, subParks: [] } satisfies Park);
      return true;
    }
    case 'regions': {
      const d = parseFile(f, diags);
      if (!d || !register(f, d.adcode)) return d !== undefined;
      const listed = d.members ?? [];
      const region: Region = { ...placeBase(f, d, d.adcode), kind: 'region', parent: undefined, listedMembers: listed, children: [], members: [], grouping: isGrouping(d.type, listed) };
      ctx.regionRefs.push({ region, parent: d.parent, members: region.listedMembers });
      addPlace(ctx, f, d, region);
      return true;
    }
    case 'industries': {
      const d = parseFile(f, diags);
      if (!d) return false;
      ctx.industries.set(f.slug, { slug: f.slug, name: d.name, aliases: d.aliases ?? [], summary: d.summary, code: d.code, parent: d.parent, ancestors: [], children: [], file: f.file, url: `/industries/${f.slug}/`, places: [], projects: [], targets: [], briefings: [] });
      return true;
    }
    case 'rankings': {
      const d = parseFile(f, diags);
      if (!d) return false;
      ctx.rankings.set(f.slug, { slug: f.slug, name: d.name, aliases: d.aliases ?? [], summary: d.summary, publisher: d.publisher, scope: d.scope, size: d.size, file: f.file, url: `/rankings/${f.slug}/`, years: [], movers: [], rankChanges: [], targets: [] });
      return true;
    }
    case 'briefings': {
      const d = parseFile(f, diags);
      if (!d) return false;
      ctx.briefings.push({
        briefing: { slug: f.slug, title: d.title, date: d.date, dateNote: d.date_note?.trim() || undefined, subjects: d.subjects, industries: d.industries ?? [], source: d.source, summary: d.summary, file: f.file, url: `/briefings/${f.slug}/`, ext: f.ext, charts: [], mentions: [], observations: [], ranks: [], rankChanges: [], targets: [], projects: [] },
        draft: d.draft === true,
        data: d.data ?? {},
      });
      return true;
    }
  }
}

function addPlace(ctx: BuildContext, f: PlaceFile, data: DataBlock, place: Place): void {
  ctx.places.set(f.slug, place);
  ctx.placeData.set(f.slug, data);
}

/** What every place record starts with; later passes fill the lists. */
function placeBase(f: PlaceFile, d: CountyData | ParkData | RegionData, adcode: string | undefined): Omit<PlaceBase, 'kind' | 'parent'> {
  return {
    folder: f.folder,
    slug: f.slug,
    name: d.name,
    aliases: d.aliases ?? [],
    summary: d.summary,
    type: d.type,
    adcode,
    file: f.file,
    url: `/${f.folder}/${f.slug}/`,
    ancestors: [],
    industries: d.industries ?? [],
    groupings: [],
    parks: [],
    figures: new Map(),
    ranks: new Map(),
    rankChanges: new Map(),
    targets: [],
    projects: [],
    briefings: [],
  };
}
