/**
 * Builds the site model from raw content: checks every reference between
 * files, converts values, resolves conflicting figures, and computes the
 * hierarchy, memberships, backlinks and aggregations pages show.
 * Runs once per build; pages only read what it returns.
 */
import { closest, show, Diagnostics } from './diagnostics.ts';
import { parseFile, parseMetrics } from './parse.ts';
import type { RawContent, SourceFile } from './read.ts';
import type { DataBlock } from './schema.ts';
import { checkDate, checkPeriod, checkQuantity, checkRank, checkRankChange, checkYear, joinNotes, unwrapNote, type Noted } from './values.ts';
import { periodKey } from '../format/date.ts';
import { linkableText, matcherFor } from './mentions.ts';
import { PLACE_KIND_LABEL, SCOPE_KIND } from './labels.ts';
import { latestAnnual } from './periods.ts';
import { formatFigure } from '../format/number.ts';
import type {
  BoundaryFeature,
  Briefing,
  County,
  Industry,
  Mention,
  Observation,
  Park,
  Place,
  Project,
  RankChange,
  RankEntry,
  Ranking,
  Region,
  SiteModel,
  SourceRef,
  Target,
} from './types.ts';


/** A figure before conflicts are resolved. */
interface Candidate<T> {
  item: T;
  /** Field path in its file, for conflict warnings. */
  field: string;
  /** 0 for the place's own file; briefings rank by date, newest first. */
  order: string;
  source: SourceRef;
}

function sortKeyForSource(ownFile: boolean, date: string, slug: string): string {
  // Own file first ("0"), then newest briefing: invert the date so it sorts ascending.
  if (ownFile) return '0';
  const inv = String(99999999 - Number(date.replaceAll('-', ''))).padStart(8, '0');
  return `1${inv}${slug}`;
}

/** Region types that cut across the hierarchy, even before any member is listed. */
export const GROUPING_TYPES = ['集聚区', '经济区', '城市群', '都市圈', '协作区', '城镇圈', '经济带', '示范区', '先行区'];
/** Administrative region types: listing `members` does not make them groupings. */
export const ADMIN_TYPES = ['省', '自治区', '直辖市', '特别行政区', '地级市', '副省级市', '自治州', '地区', '盟'];

export function isGrouping(type: string, listedMembers: readonly string[]): boolean {
  if (GROUPING_TYPES.some((t) => type.endsWith(t))) return true;
  return listedMembers.length > 0 && !ADMIN_TYPES.some((t) => type.endsWith(t));
}

const SINGULAR: Record<string, string> = { counties: 'place', regions: 'region', industries: 'industry', rankings: 'ranking' };

const isRing = (r: unknown) => Array.isArray(r) && r.length >= 4 && r.every((p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)));
const isPolygon = (p: unknown) => Array.isArray(p) && p.length > 0 && p.every(isRing);

/** Polygon: rings of [lon, lat] positions; MultiPolygon: a list of those. */
function validCoordinates(g: { type: string; coordinates?: unknown }): boolean {
  return g.type === 'Polygon' ? isPolygon(g.coordinates) : Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isPolygon);
}

interface Node {
  slug: string;
  parent?: string;
  ancestors: string[];
}

/**
 * Sets each node's ancestors (top first). A node on a parent cycle is reported once, with the
 * cycle, and loses its parent; nodes that merely lead into a cycle are not blamed.
 */
function setAncestors<T extends Node>(all: Iterable<T>, get: (slug: string) => T | undefined, report: (node: T, loop: string[]) => void): void {
  const nodes = [...all];
  const parentOf = (n: T) => (n.parent ? get(n.parent) : undefined);
  const onCycle: T[] = [];
  for (const n of nodes) {
    const path = [n.slug];
    for (let cur = parentOf(n); cur; cur = parentOf(cur)) {
      path.push(cur.slug);
      if (cur.slug === n.slug) {
        onCycle.push(n);
        report(n, path);
        break;
      }
      if (path.indexOf(cur.slug) < path.length - 1) break; // leads into a cycle elsewhere
    }
  }
  for (const n of onCycle) n.parent = undefined;
  for (const n of nodes) {
    n.ancestors = [];
    for (let cur = parentOf(n); cur; cur = parentOf(cur)) n.ancestors.unshift(cur.slug);
  }
}

export interface BuildResult {
  model: SiteModel;
  diagnostics: Diagnostics;
}

export function buildModel(raw: RawContent, diags: Diagnostics = new Diagnostics()): BuildResult {
  const metrics = parseMetrics(raw.metrics, raw.metricsFile, diags);
  const places = new Map<string, Place>();
  const industries = new Map<string, Industry>();
  const rankings = new Map<string, Ranking>();
  const briefingsAll: { b: Briefing; draft: boolean; data: Record<string, DataBlock> }[] = [];
  const placeData = new Map<string, DataBlock>();
  const placeIndustryRefs: { place: Place; industries: string[] }[] = [];
  const regionRefs: { region: Region; parent?: string; members: string[] }[] = [];
  const adcodes = new Map<string, string>();
  const fileOfSlug = new Map<string, string>();

  // Files that exist but failed their own checks: references to them are not errors too.
  const brokenSlugs = new Set<string>();
  function unknownRef(file: string, field: string, what: string, found: string, known: Iterable<string>, folder: string): void {
    if (brokenSlugs.has(found)) return;
    const guess = closest(found, known);
    const guessFile = guess && (folder === 'industries' ? industries.get(guess)?.file : folder === 'rankings' ? rankings.get(guess)?.file : places.get(guess)?.file);
    diags.error(
      file,
      field,
      `找不到${what}“${found}” unknown ${SINGULAR[folder] ?? folder} slug`,
      guess ? `是不是 did you mean “${guess}”？${guessFile ? `（${guessFile}）` : ''}` : `新建 content/${folder}/${found}.md，或改成已有的 slug create content/${folder}/${found}.md or use an existing slug`,
    );
  }

  /** Drops a slug written twice in one list, with a warning. */
  const once = (list: string[], file: string, field: string): string[] =>
    list.filter((s, i) => {
      if (list.indexOf(s) === i) return true;
      diags.warn(file, `${field}[${i}]`, `“${s}”重复列出，只算一次 listed twice, counted once`);
      return false;
    });

  // 1. Entities, each checked against its schema.
  for (const f of raw.files) {
    const data = parseFile(f, diags);
    if (!data) {
      brokenSlugs.add(f.slug);
      continue;
    }
    if (f.folder === 'counties' || f.folder === 'parks' || f.folder === 'regions') {
      if (fileOfSlug.has(f.slug)) {
        diags.error(f.file, '(文件名 file name)', `地点 slug “${f.slug}” 已被 ${fileOfSlug.get(f.slug)} 使用 place slugs are shared by counties, parks and regions`, '给其中一个改名，如加上省份或类型后缀 rename one, e.g. add a suffix');
        continue;
      }
      fileOfSlug.set(f.slug, f.file);
      const d = data as Record<string, unknown> & { name: string; aliases?: string[]; summary?: string; type: string; adcode?: string; industries?: string[] };
      if (d.adcode) {
        if (adcodes.has(d.adcode)) diags.error(f.file, 'adcode', `行政区划代码 ${d.adcode} 与 ${adcodes.get(d.adcode)} 重复 duplicate adcode`, '每个代码只属于一个地点；检查是否抄错 each code belongs to one place');
        else adcodes.set(d.adcode, f.file);
      }
      const base = {
        folder: f.folder,
        slug: f.slug,
        name: d.name,
        aliases: d.aliases ?? [],
        summary: d.summary,
        type: d.type,
        adcode: d.adcode,
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
      let place: Place;
      if (f.folder === 'counties') place = { ...base, kind: 'county', parent: d.region as string } satisfies County;
      else if (f.folder === 'parks') place = { ...base, kind: 'park', parent: d.location as string, level: d.level as string | undefined, established: d.established as number | undefined, parentPark: d.parent as string | undefined, subParks: [] } satisfies Park;
      else {
        const listed = (d.members as string[]) ?? [];
        const region: Region = { ...base, kind: 'region', parent: undefined, listedMembers: listed, children: [], members: [], grouping: isGrouping(d.type, listed) };
        regionRefs.push({ region, parent: d.parent as string | undefined, members: region.listedMembers });
        place = region;
      }
      places.set(f.slug, place);
      placeData.set(f.slug, d as DataBlock);
      placeIndustryRefs.push({ place, industries: place.industries });
    } else if (f.folder === 'industries') {
      const d = data as { name: string; aliases?: string[]; summary?: string; parent?: string; code?: string };
      industries.set(f.slug, { slug: f.slug, name: d.name, aliases: d.aliases ?? [], summary: d.summary, code: d.code, parent: d.parent, ancestors: [], children: [], file: f.file, url: `/industries/${f.slug}/`, places: [], projects: [], targets: [], briefings: [] });
    } else if (f.folder === 'rankings') {
      const d = data as { name: string; aliases?: string[]; summary?: string; publisher?: string; scope: Ranking['scope']; size?: number };
      rankings.set(f.slug, { slug: f.slug, name: d.name, aliases: d.aliases ?? [], summary: d.summary, publisher: d.publisher, scope: d.scope, size: d.size, file: f.file, url: `/rankings/${f.slug}/`, years: [], movers: [], rankChanges: [], targets: [] });
    } else {
      const d = data as { title: string; date: unknown; date_note?: string; subjects: string[]; industries?: string[]; source?: Briefing['source']; summary?: string; draft?: boolean; data?: Record<string, DataBlock> };
      const date = checkDate(d.date, f.file, 'date', diags);
      if (!date) continue;
      const b: Briefing = { slug: f.slug, title: d.title, date, dateNote: d.date_note?.trim() || undefined, subjects: d.subjects, industries: d.industries ?? [], source: d.source, summary: d.summary, file: f.file, url: `/briefings/${f.slug}/`, ext: f.ext, charts: [], mentions: [], observations: [], ranks: [], rankChanges: [], targets: [], projects: [] };
      briefingsAll.push({ b, draft: d.draft === true, data: d.data ?? {} });
    }
  }

  const regionSlugs = [...places.values()].filter((p) => p.kind === 'region').map((p) => p.slug);
  const placeParentSlugs = [...places.values()].filter((p) => p.kind !== 'park').map((p) => p.slug);

  // 2. References between places.
  for (const p of places.values()) {
    if (p.kind === 'county') {
      const target = places.get(p.parent!);
      if (!target) unknownRef(p.file, 'region', '区域', p.parent!, regionSlugs, 'regions');
      else if (target.kind !== 'region' || target.grouping) {
        diags.error(p.file, 'region', `“${p.parent}”是${target.kind === 'region' ? `${target.type}（跨行政区组团）` : PLACE_KIND_LABEL[target.kind]}，不是上一级行政区 must name the prefecture or province above it`, '组团关系写在组团文件的 members 中 list groupings in the grouping file\'s members');
        p.parent = undefined;
      }
      if (!target) p.parent = undefined;
    } else if (p.kind === 'park') {
      const target = places.get(p.parent!);
      if (!target) unknownRef(p.file, 'location', '所在地', p.parent!, placeParentSlugs, 'counties');
      else if (target.kind === 'park') {
        diags.error(p.file, 'location', `“${p.parent}”是园区；location 应是所在的县（市、区）或区域 must name the county or region hosting the park`);
        p.parent = undefined;
      }
      if (!target) p.parent = undefined;
    }
  }
  for (const { region, parent, members } of regionRefs) {
    if (parent !== undefined) {
      const target = places.get(parent);
      if (!target) unknownRef(region.file, 'parent', '上级区域', parent, regionSlugs, 'regions');
      else if (target.kind !== 'region') diags.error(region.file, 'parent', `“${parent}”是${PLACE_KIND_LABEL[target.kind]}，不是区域 parent must be a region`);
      else if (target.grouping && !region.grouping) diags.error(region.file, 'parent', `“${parent}”是${target.type}（跨行政区组团），不是上一级行政区 parent must be the administrative region above`, '组团关系写在组团文件的 members 中 list groupings in the grouping file\'s members');
      else if (parent === region.slug) diags.error(region.file, 'parent', '区域不能以自己为上级 a region cannot be its own parent');
      else region.parent = parent;
    }
    members.forEach((m, i) => {
      if (!places.has(m)) unknownRef(region.file, `members[${i}]`, '成员地点', m, places.keys(), 'counties');
      else if (m === region.slug) diags.error(region.file, `members[${i}]`, '区域不能包含自己 a region cannot list itself as a member');
    });
    region.listedMembers = once(members, region.file, 'members').filter((m) => places.has(m) && m !== region.slug);
  }

  // Hierarchy: ancestors, and parent cycles reported on the files that form them.
  setAncestors(places.values(), (slug) => places.get(slug), (p, loop) =>
    diags.error(p.file, p.kind === 'park' ? 'location' : p.kind === 'county' ? 'region' : 'parent', `上下级关系成环：${loop.join(' → ')} the hierarchy loops`, '检查这些文件的 region / parent，使其最终通向省级区域 make the chain end at a province'),
  );
  // Parks inside parks (一区多园): the chain of parent parks follows the host's breadcrumbs.
  const parks = [...places.values()].filter((p): p is Park => p.kind === 'park');
  for (const park of parks) {
    if (park.parentPark === undefined) continue;
    const target = places.get(park.parentPark);
    if (!target) unknownRef(park.file, 'parent', '上级园区', park.parentPark, parks.map((x) => x.slug), 'parks');
    else if (target.kind !== 'park') diags.error(park.file, 'parent', `“${park.parentPark}”是${PLACE_KIND_LABEL[target.kind]}，parent 只写所属的园区 parent names the park this one belongs to`, '所在的县（市、区）写在 location 中 the hosting county goes in location');
    else if (target.slug === park.slug) diags.error(park.file, 'parent', '园区不能以自己为上级 a park cannot be its own parent');
    if (!target || target.kind !== 'park' || target.slug === park.slug) park.parentPark = undefined;
  }
  const parkNodes = new Map(parks.map((p) => [p.slug, { slug: p.slug, parent: p.parentPark, ancestors: [] as string[] }]));
  setAncestors(parkNodes.values(), (slug) => parkNodes.get(slug), (n, loop) =>
    diags.error(places.get(n.slug)!.file, 'parent', `园区上下级成环：${loop.join(' → ')} the parks' parents loop`, '检查这些园区的 parent，最上级的园区不写 parent the top park has no parent'),
  );
  for (const park of parks) {
    const node = parkNodes.get(park.slug)!;
    park.parentPark = node.parent;
    if (node.ancestors.length > 0) park.ancestors = [...places.get(node.ancestors[0])!.ancestors, ...node.ancestors];
    if (park.parentPark) (places.get(park.parentPark) as Park).subParks.push(park.slug);
  }

  for (const p of places.values()) {
    if (!p.parent) continue;
    const parent = places.get(p.parent);
    if (parent?.kind === 'region') parent.children.push(p.slug);
    if (p.kind === 'park' && parent) parent.parks.push(p.slug);
  }
  const regions = [...places.values()].filter((p): p is Region => p.kind === 'region');
  // Below a region in the hierarchy: its children, their children, and the parks they host.
  // A child grouping counts, but not the places it lists (they may lie outside this region).
  const below = (slug: string, out: Set<string>) => {
    const place = places.get(slug)!;
    const next = place.kind === 'region' ? [...place.children, ...place.parks] : place.parks;
    for (const s of next) {
      if (out.has(s)) continue;
      out.add(s);
      below(s, out);
    }
  };
  // Members: the hierarchy below, plus each listed member with what lies below it and, for a
  // listed grouping, its own members. No memo across roots, so listing cycles cannot truncate.
  const membersOf = (r: Region): Set<string> => {
    const out = new Set<string>();
    const visitedGroupings = new Set([r.slug]);
    const addListed = (g: Region) => {
      for (const m of g.listedMembers) {
        if (!out.has(m)) {
          out.add(m);
          below(m, out);
        }
        const place = places.get(m)!;
        if (place.kind === 'region' && place.listedMembers.length > 0 && !visitedGroupings.has(m)) {
          visitedGroupings.add(m);
          addListed(place);
        }
      }
    };
    below(r.slug, out);
    addListed(r);
    out.delete(r.slug);
    return out;
  };
  for (const r of regions) {
    r.members = [...membersOf(r)].sort();
    for (const m of r.listedMembers) places.get(m)!.groupings.push(r.slug);
  }

  // 3. Industries: references and tree.
  for (const ind of industries.values()) {
    if (ind.parent !== undefined && !industries.has(ind.parent)) {
      unknownRef(ind.file, 'parent', '上级产业', ind.parent, industries.keys(), 'industries');
      ind.parent = undefined;
    }
  }
  setAncestors(industries.values(), (slug) => industries.get(slug), (ind, loop) =>
    diags.error(ind.file, 'parent', `产业上下级成环：${loop.join(' → ')} the industry tree loops`),
  );
  for (const ind of industries.values()) if (ind.parent) industries.get(ind.parent)!.children.push(ind.slug);
  const checkIndustries = (list: string[], file: string, field: string): string[] =>
    once(list, file, field).filter((s) => {
      if (industries.has(s)) return true;
      unknownRef(file, `${field}[${list.indexOf(s)}]`, '产业', s, industries.keys(), 'industries');
      return false;
    });
  for (const { place, industries: list } of placeIndustryRefs) place.industries = checkIndustries(list, place.file, 'industries');
  const checkIndustry = (slug: string | undefined, file: string, field: string): string | undefined => {
    if (slug === undefined || industries.has(slug)) return slug;
    unknownRef(file, field, '产业', slug, industries.keys(), 'industries');
    return undefined;
  };

  // 4. Briefings: subjects, industries, data keys.
  for (const { b, data } of briefingsAll) {
    const subjects = b.subjects;
    b.subjects = once(subjects, b.file, 'subjects').filter((s) => {
      if (places.has(s)) return true;
      unknownRef(b.file, `subjects[${subjects.indexOf(s)}]`, '地点', s, places.keys(), 'counties');
      return false;
    });
    b.industries = checkIndustries(b.industries, b.file, 'industries');
    for (const key of Object.keys(data)) {
      if (!b.subjects.includes(key) && places.has(key)) {
        diags.error(b.file, `data.${key}`, `“${key}”不在 subjects 中 the data names a place that is not a subject`, `把 ${key} 加进 subjects add it to subjects`);
      } else if (!places.has(key)) {
        unknownRef(b.file, `data.${key}`, '地点', key, places.keys(), 'counties');
      }
    }
  }

  // 5. Data blocks, from place files and published briefings.
  const obsCandidates = new Map<string, Candidate<Observation>[]>();
  const rankCandidates = new Map<string, Candidate<RankEntry>[]>();
  const changeCandidates = new Map<string, Candidate<RankChange>[]>();
  const targetCandidates = new Map<string, Candidate<Target>[]>();
  const projectCandidates = new Map<string, Candidate<Project>[]>();
  const push = <T>(map: Map<string, Candidate<T>[]>, key: string, c: Candidate<T>) => {
    const list = map.get(key) ?? [];
    list.push(c);
    map.set(key, list);
  };

  const readBlock = (place: Place, block: DataBlock, source: SourceRef, order: string, prefix: string) => {
    const file = source.file;
    for (const [metric, periods] of Object.entries(block.metrics ?? {})) {
      const def = metrics.get(metric);
      if (!def) {
        const guess = closest(metric, metrics.keys());
        diags.error(file, `${prefix}metrics.${metric}`, `metrics.yaml 中没有指标“${metric}” unknown metric`, guess ? `是不是 did you mean “${guess}”？` : `在 ${raw.metricsFile} 中定义它：${metric}: { name: …, unit: 亿元 }`);
        continue;
      }
      for (const [rawPeriod, rawValue] of Object.entries(periods)) {
        const field = `${prefix}metrics.${metric}.${rawPeriod}`;
        const period = checkPeriod(rawPeriod, file, field, diags);
        const q = checkQuantity(rawValue, def.unit, file, field, diags);
        if (period === undefined || q === undefined) continue;
        push(obsCandidates, `${place.slug}|${metric}|${period}`, { item: { place: place.slug, metric, period, ...q, source }, field, order, source });
      }
    }
    /** The ranking a `rankings` or `rank_changes` key names, if it exists and lists this kind of place. */
    const rankingFor = (slug: string, field: string): Ranking | undefined => {
      const ranking = rankings.get(slug);
      if (!ranking) {
        unknownRef(file, field, '榜单', slug, rankings.keys(), 'rankings');
        return undefined;
      }
      if (SCOPE_KIND[ranking.scope] !== place.kind) {
        diags.error(file, field, `榜单“${ranking.name}”只收${PLACE_KIND_LABEL[SCOPE_KIND[ranking.scope]]}（scope: ${ranking.scope}），而 ${place.name} 是${PLACE_KIND_LABEL[place.kind]} the ranking's scope does not include this place`, '换成适合这类地点的榜单，或修改榜单的 scope');
        return undefined;
      }
      return ranking;
    };
    /** Each `<ranking>: { <year>: value }` entry of a rankings or rank_changes block, its long form unwrapped. */
    const eachRankingYear = (key: 'rankings' | 'rank_changes', use: (ranking: Ranking, year: number | undefined, noted: Noted<unknown>, field: string) => void) => {
      for (const [slug, years] of Object.entries(block[key] ?? {})) {
        const ranking = rankingFor(slug, `${prefix}${key}.${slug}`);
        if (!ranking) continue;
        for (const [rawYear, raw] of Object.entries(years)) {
          const field = `${prefix}${key}.${slug}.${rawYear}`;
          const year = checkYear(rawYear, file, field, diags);
          const noted = unwrapNote(raw, file, field, diags);
          if (noted) use(ranking, year, noted, field);
        }
      }
    };
    const noteOf = (noted: Noted<unknown>) => (noted.note ? { note: noted.note } : {});
    eachRankingYear('rankings', (ranking, year, noted, field) => {
      const rank = checkRank(noted.value, file, field, diags);
      if (year === undefined || rank === undefined) return;
      if (ranking.size && rank > ranking.size) {
        diags.error(file, field, `名次 ${rank} 超出榜单容量 ${ranking.size} rank beyond the list's size`, `检查名次，或修改 ${ranking.file} 的 size`);
        return;
      }
      push(rankCandidates, `${place.slug}|${ranking.slug}|${year}`, { item: { place: place.slug, ranking: ranking.slug, year, rank, ...noteOf(noted), source }, field, order, source });
    });
    eachRankingYear('rank_changes', (ranking, year, noted, field) => {
      const change = checkRankChange(noted.value, file, field, diags);
      if (year === undefined || change === undefined) return;
      push(changeCandidates, `${place.slug}|${ranking.slug}|${year}`, { item: { place: place.slug, ranking: ranking.slug, year, change, ...noteOf(noted), source }, field, order, source });
    });
    (block.targets ?? []).forEach((t, i) => {
      const field = `${prefix}targets[${i}]`;
      const year = t.year;
      if (t.metric !== undefined && t.ranking !== undefined) {
        diags.error(file, field, '目标只能有 metric 或 ranking 之一 a target has either a metric or a ranking', '拆成两个目标 split it into two targets');
        return;
      }
      if (t.metric !== undefined) {
        const def = metrics.get(t.metric);
        if (!def) {
          const guess = closest(t.metric, metrics.keys());
          diags.error(file, `${field}.metric`, `metrics.yaml 中没有指标“${t.metric}” unknown metric`, guess ? `是不是 did you mean “${guess}”？` : `在 ${raw.metricsFile} 中定义它`);
          return;
        }
        if (t.value === undefined) {
          diags.error(file, `${field}.value`, '指标目标缺少 value a metric target needs a value', `如 { metric: ${t.metric}, value: 1200, year: 2025 }`);
          return;
        }
        const q = checkQuantity(t.value, def.unit, file, `${field}.value`, diags, { range: true });
        if (q === undefined) return;
        if (q.note) diags.error(file, `${field}.value`, '目标的注释写在目标的 note 中 a target\'s note goes in its own note field', `写成 { metric: ${t.metric}, value: …, note: ${q.note} }`);
        const label = t.label ?? `${def.name}达到${formatFigure(q.value, def.unit, q.stated)}`;
        const industry = checkIndustry(t.industry, file, `${field}.industry`);
        push(targetCandidates, `${place.slug}|m:${t.metric}|${industry ?? ''}|${year ?? `goal:${q.value}`}`, { item: { place: place.slug, label, year, metric: t.metric, value: q.value, ...(q.stated ? { stated: q.stated } : {}), industry, note: t.note, source }, field, order, source });
      } else if (t.ranking !== undefined) {
        const ranking = rankings.get(t.ranking);
        if (!ranking) {
          unknownRef(file, `${field}.ranking`, '榜单', t.ranking, rankings.keys(), 'rankings');
          return;
        }
        if (t.rank === undefined && t.advance === undefined) {
          diags.error(file, `${field}.rank`, '榜单目标缺少 rank（目标名次）a ranking target needs a rank', `如 { ranking: ${t.ranking}, rank: 80, year: 2025 }；相对目标写 advance: 20`);
          return;
        }
        const rank = t.rank === undefined ? undefined : checkRank(t.rank, file, `${field}.rank`, diags);
        if (t.rank !== undefined && rank === undefined) return;
        const label = t.label ?? (rank ? `${ranking.name}第${rank}位` : `${ranking.name}位次前移${t.advance}位`);
        const industry = checkIndustry(t.industry, file, `${field}.industry`);
        push(targetCandidates, `${place.slug}|r:${t.ranking}|${industry ?? ''}|${year ?? `goal:${rank ?? `+${t.advance}`}`}`, { item: { place: place.slug, label, year, ranking: t.ranking, rank, advance: t.advance, industry, note: t.note, source }, field, order, source });
      } else {
        diags.error(file, field, `目标需要 metric（指标）或 ranking（榜单）a target needs a metric or a ranking（现为 found ${show(t)}）`, '如 { metric: gdp, value: 1200, year: 2025 } 或 { ranking: county-top100, rank: 80, year: 2025 }');
      }
    });
    (block.projects ?? []).forEach((p, i) => {
      const field = `${prefix}projects[${i}]`;
      const q = p.investment === undefined ? undefined : checkQuantity(p.investment, '亿元', file, `${field}.investment`, diags);
      if (p.investment !== undefined && q === undefined) return;
      // A note in the investment's long form joins the project's own note.
      const note = joinNotes(p.note, q?.note) || undefined;
      const inds = checkIndustries(p.industries ?? [], file, `${field}.industries`);
      push(projectCandidates, `${place.slug}|${p.name}`, { item: { place: place.slug, name: p.name, investment: q?.value, ...(q?.stated ? { investmentStated: q.stated } : {}), status: p.status, year: p.year, industries: inds, note, source }, field, order, source });
    });
  };

  for (const place of places.values()) {
    readBlock(place, placeData.get(place.slug)!, { file: place.file }, sortKeyForSource(true, '', ''), '');
  }
  for (const { b, data } of briefingsAll) {
    for (const [slug, block] of Object.entries(data)) {
      const place = places.get(slug);
      if (!place || !b.subjects.includes(slug)) continue;
      // Drafts are checked like everything else; `published` below drops their figures.
      readBlock(place, block, { briefing: b.slug, file: b.file }, sortKeyForSource(false, b.date, b.slug), `data.${slug}.`);
    }
  }
  const draftSlugs = new Set(briefingsAll.filter((x) => x.draft).map((x) => x.b.slug));
  const published = <T>(c: Candidate<T>) => !c.source.briefing || !draftSlugs.has(c.source.briefing);

  /**
   * The winner of each key: own file, then the newest briefing; differing values warn. Every
   * published candidate is kept too (`reported`), the losers marked with the source that won,
   * so a briefing's "本文数据" lists all it reports.
   */
  const resolve = <T extends { supersededBy?: SourceRef }>(map: Map<string, Candidate<T>[]>, same: (a: T, b: T) => boolean, describe: (t: T) => string) => {
    const winners: T[] = [];
    const reported: T[] = [];
    for (const [, all] of [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const list = all.filter(published).sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
      if (list.length === 0) continue;
      const win = list[0];
      // Precedence is between files: several targets of one file (5 industries' output goals for
      // the same year) all stand.
      for (const other of list) {
        if (other.source.file === win.source.file) {
          winners.push(other.item);
          continue;
        }
        other.item.supersededBy = win.source;
        if (!same(win.item, other.item)) {
          diags.warn(other.source.file, other.field, `${describe(other.item)} 与 ${win.source.file} 的 ${describe(win.item)} 不一致，采用后者 conflicting figure; the other file wins`, '地点自身文件优先，其次是日期最新的简报 the place file wins, then the newest briefing');
        }
      }
      reported.push(...list.map((c) => c.item));
    }
    return { winners, reported };
  };
  const obs = resolve(obsCandidates, (a, b) => a.value === b.value, (o) => `${o.metric} ${o.period} = ${o.value}`);
  const ranks = resolve(rankCandidates, (a, b) => a.rank === b.rank, (r) => `${r.ranking} ${r.year} 第${r.rank}位`);
  const changes = resolve(changeCandidates, (a, b) => a.change === b.change, (r) => `${r.ranking} ${r.year} 位次变化 ${r.change > 0 ? '+' : ''}${r.change}`);
  const tgts = resolve(targetCandidates, (a, b) => a.value === b.value && a.rank === b.rank && a.advance === b.advance, (t) => t.label);
  const projs = resolve(projectCandidates, (a, b) => a.investment === b.investment && a.status === b.status, (p) => `${p.name}`);
  const rankChanges = changes.winners;
  const observations = obs.winners;
  const rankEntries = ranks.winners;
  const targets = tgts.winners;
  const projects = projs.winners;

  // 6. Attach figures to places and compute movements, actuals, shares.
  for (const o of observations) {
    const list = places.get(o.place)!.figures.get(o.metric) ?? [];
    list.push(o);
    places.get(o.place)!.figures.set(o.metric, list);
  }
  for (const p of places.values()) for (const list of p.figures.values()) list.sort((a, b) => periodKey(a.period) - periodKey(b.period));
  for (const r of rankEntries) {
    const p = places.get(r.place)!;
    const list = p.ranks.get(r.ranking) ?? [];
    list.push(r);
    p.ranks.set(r.ranking, list);
  }
  for (const p of places.values()) {
    for (const list of p.ranks.values()) {
      list.sort((a, b) => a.year - b.year);
      list.forEach((e, i) => {
        if (i > 0) {
          e.change = list[i - 1].rank - e.rank;
          e.previousYear = list[i - 1].year;
        }
      });
    }
  }
  for (const c of rankChanges) {
    const list = places.get(c.place)!.rankChanges;
    list.set(c.ranking, [...(list.get(c.ranking) ?? []), c].sort((a, b) => a.year - b.year));
  }
  for (const t of targets) {
    const p = places.get(t.place)!;
    if (t.metric) {
      // An annual goal is met by an annual figure, never by a quarter's.
      const last = latestAnnual(p.figures.get(t.metric));
      if (last) {
        t.actual = { value: last.value, period: last.period, source: last.source, ...(last.stated ? { stated: last.stated } : {}) };
        if (t.value && t.value > 0 && last.value >= 0) t.share = last.value / t.value;
      }
    } else if (t.ranking) {
      const last = p.ranks.get(t.ranking)?.at(-1);
      if (last) t.actual = { value: last.rank, period: String(last.year), source: last.source };
    }
    p.targets.push(t);
  }
  for (const p of places.values()) p.targets.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.label.localeCompare(b.label, 'zh'));
  for (const pr of projects) places.get(pr.place)!.projects.push(pr);
  for (const p of places.values()) p.projects.sort((a, b) => (b.investment ?? -1) - (a.investment ?? -1) || a.name.localeCompare(b.name, 'zh'));

  // 7. Rankings: entries per year, movers, targets.
  const entriesOf = Map.groupBy(rankEntries, (e) => e.ranking);
  const targetsOf = Map.groupBy(targets.filter((t) => t.ranking), (t) => t.ranking!);
  const changesOf = Map.groupBy(rankChanges, (c) => c.ranking);
  for (const ranking of rankings.values()) {
    const entries = entriesOf.get(ranking.slug) ?? [];
    const byYear = Map.groupBy(entries, (e) => e.year);
    ranking.years = [...byYear.entries()].sort((a, b) => b[0] - a[0]).map(([year, entries]) => ({ year, entries: entries.sort((a, b) => a.rank - b.rank || a.place.localeCompare(b.place)) }));
    const movers = new Map<string, number>();
    for (const e of entries) if (e.change !== undefined) movers.set(e.place, (movers.get(e.place) ?? 0) + e.change);
    ranking.movers = [...movers.entries()].map(([place, change]) => ({ place, change })).sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.place.localeCompare(b.place));
    ranking.targets = targetsOf.get(ranking.slug) ?? [];
    ranking.rankChanges = (changesOf.get(ranking.slug) ?? []).sort((a, b) => b.year - a.year || b.change - a.change || a.place.localeCompare(b.place));
  }

  // 8. Briefings: published ones, their figures, mentions and backlinks.
  const briefings = briefingsAll.filter((x) => !x.draft).map((x) => x.b).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.slug.localeCompare(b.slug)));
  const briefingBySlug = new Map(briefings.map((b) => [b.slug, b]));
  for (const o of obs.reported) if (o.source.briefing) briefingBySlug.get(o.source.briefing)?.observations.push(o);
  for (const r of ranks.reported) if (r.source.briefing) briefingBySlug.get(r.source.briefing)?.ranks.push(r);
  for (const c of changes.reported) if (c.source.briefing) briefingBySlug.get(c.source.briefing)?.rankChanges.push(c);
  for (const t of tgts.reported) if (t.source.briefing) briefingBySlug.get(t.source.briefing)?.targets.push(t);
  for (const p of projs.reported) if (p.source.briefing) briefingBySlug.get(p.source.briefing)?.projects.push(p);

  const byText = new Map<string, Mention>();
  const shared = new Set<string>();
  const addMention = (text: string, m: Omit<Mention, 'text'>, file: string, field: string) => {
    const owner = byText.get(text);
    if (owner && (owner.kind !== m.kind || owner.slug !== m.slug)) {
      diags.warn(file, field, `名称“${text}”也是 ${owner.kind}:${owner.slug} 的名称或别名，正文中不会自动链接 the name is shared, so it is not linked in text`, '给别名加上限定词 make the alias distinct');
      shared.add(text);
    } else if (!owner) byText.set(text, { text, ...m });
  };
  for (const p of places.values()) [p.name, ...p.aliases].forEach((t, i) => addMention(t, { url: p.url, kind: 'place', slug: p.slug }, p.file, i === 0 ? 'name' : `aliases[${i - 1}]`));
  for (const ind of industries.values()) [ind.name, ...ind.aliases].forEach((t, i) => addMention(t, { url: ind.url, kind: 'industry', slug: ind.slug }, ind.file, i === 0 ? 'name' : `aliases[${i - 1}]`));
  const mentions = [...byText.values()].filter((m) => !shared.has(m.text)).sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  const matcher = matcherFor(mentions);

  const bodyOf = new Map(raw.files.filter((f) => f.folder === 'briefings').map((f: SourceFile) => [f.slug, f.body]));
  for (const b of briefings) {
    const found = new Set<string>();
    // A place is mentioned where the body links it (linkableText): not in the title, headings or code.
    for (const run of linkableText(bodyOf.get(b.slug) ?? '')) {
      for (const { mention } of matcher.find(run)) if (mention.kind === 'place' && !b.subjects.includes(mention.slug)) found.add(mention.slug);
    }
    b.mentions = [...found].sort();
    for (const s of b.subjects) places.get(s)!.briefings.push({ slug: b.slug, subject: true });
    for (const s of b.mentions) places.get(s)!.briefings.push({ slug: b.slug, subject: false });
    for (const s of new Set(b.industries.flatMap((i) => [i, ...industries.get(i)!.ancestors]))) industries.get(s)!.briefings.push(b.slug);
  }

  // 9. Industries: places and projects, including those of sub-industries.
  for (const p of places.values()) {
    const seen = new Set<string>();
    for (const i of p.industries) for (const s of [i, ...industries.get(i)!.ancestors]) {
      if (seen.has(s)) continue;
      seen.add(s);
      industries.get(s)!.places.push({ slug: p.slug, via: i });
    }
  }
  for (const pr of projects) {
    const seen = new Set<string>();
    for (const i of pr.industries) for (const s of [i, ...industries.get(i)!.ancestors]) {
      if (seen.has(s)) continue;
      seen.add(s);
      industries.get(s)!.projects.push(pr);
    }
  }
  for (const t of targets) if (t.industry) for (const s of [t.industry, ...industries.get(t.industry)!.ancestors]) industries.get(s)!.targets.push(t);
  for (const ind of industries.values()) {
    ind.places.sort((a, b) => a.slug.localeCompare(b.slug));
    ind.children.sort();
  }

  // 10. Boundaries for region maps: a region's file name, features keyed by adcode.
  const boundaries = new Map<string, BoundaryFeature[]>();
  for (const b of raw.boundaries) {
    const region = places.get(b.slug);
    if (!region || region.kind !== 'region') {
      diags.error(b.file, '(文件名 file name)', `边界文件名“${b.slug}”不是已知区域的 slug the file name must be a region slug`, closest(b.slug, regionSlugs) ? `是不是 did you mean “${closest(b.slug, regionSlugs)}”？` : '把文件命名为区域的 slug，如 yichang.geojson');
      continue;
    }
    const data = b.data as { type?: unknown; features?: unknown };
    if (data?.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
      diags.error(b.file, 'type', '边界文件必须是 GeoJSON FeatureCollection must be a FeatureCollection');
      continue;
    }
    const features: BoundaryFeature[] = [];
    (data.features as { properties?: { adcode?: unknown }; geometry?: { type?: string } | null }[]).forEach((f, i) => {
      const code = f?.properties?.adcode;
      if (code === undefined || !/^[1-9]\d{5}$/.test(String(code))) {
        diags.error(b.file, `features[${i}].properties.adcode`, `缺少 6 位行政区划代码（现为 found ${show(code)}）each feature needs a 6-digit adcode`);
        return;
      }
      if (f.geometry && f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
        diags.error(b.file, `features[${i}].geometry.type`, `只支持 Polygon 和 MultiPolygon（现为 found ${show(f.geometry.type)}）`);
        return;
      }
      if (f.geometry && !validCoordinates(f.geometry as { type: string; coordinates?: unknown })) {
        diags.error(b.file, `features[${i}].geometry.coordinates`, '坐标不是有效的多边形：每个环至少 4 个 [经度, 纬度] 数对 not valid polygon coordinates', '用 GIS 软件重新导出为 GeoJSON re-export the file as GeoJSON');
        return;
      }
      features.push({ ...(f as BoundaryFeature), properties: { ...(f.properties as object), adcode: String(code) } });
    });
    boundaries.set(b.slug, features);
  }

  const sortedPlaces = [...places.values()].sort((a, b) => a.slug.localeCompare(b.slug));
  const model: SiteModel = {
    boundaries,
    metrics,
    places: new Map(sortedPlaces.map((p) => [p.slug, p])),
    counties: sortedPlaces.filter((p): p is County => p.kind === 'county'),
    parks: sortedPlaces.filter((p): p is Park => p.kind === 'park'),
    regions: sortedPlaces.filter((p): p is Region => p.kind === 'region'),
    industries: new Map([...industries.entries()].sort(([a], [b]) => a.localeCompare(b))),
    rankings: new Map([...rankings.entries()].sort(([a], [b]) => a.localeCompare(b))),
    briefings,
    briefingBySlug,
    observations: observations.sort((a, b) => a.place.localeCompare(b.place) || a.metric.localeCompare(b.metric) || periodKey(a.period) - periodKey(b.period)),
    rankEntries,
    rankChanges,
    mentions,
  };
  return { model, diagnostics: diags };
}

