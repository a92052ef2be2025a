/**
 * Places and industries an article names: known ones by their names, aliases and the short
 * names readers use (枝江 for 枝江市, 随州高新区 for 随州高新技术产业开发区); unknown ones by
 * the divisions table (a county or region's full name) or a park's name (a place's name and a
 * park kind), each with the `npm run new` command that creates it.
 */
import { MentionMatcher } from '../../src/model/mentions.ts';
import type { Mention, SiteModel } from '../../src/model/types.ts';
import { shortNames } from '../../src/search/short-names.ts';
import { adcode, divisions, parentDivision, type Division } from '../new/divisions.ts';
import { placeStem } from '../new/slug.ts';

export interface PlaceMention {
  start: number;
  end: number;
  slug: string;
  text: string;
}

export interface UnknownName {
  name: string;
  kind: 'county' | 'region' | 'park';
  command: string;
}

export interface ArticleEntities {
  /** Known places in order of how often, then how early, the text names them. */
  places: { slug: string; count: number; first: number }[];
  mentions: PlaceMention[];
  /** Industries named, with how often, most often first. */
  industries: { slug: string; count: number }[];
  unknown: UnknownName[];
}

/**
 * The model's names and aliases of places and industries (a text two entities share is already
 * left out there), plus the short names readers use for places (枝江, 随州高新区) where no
 * entity has the text as its own and only one place derives it.
 */
function vocabulary(model: SiteModel): Mention[] {
  const own = new Set([...model.places.values(), ...model.industries.values()].flatMap((e) => [e.name, ...e.aliases]));
  const short = new Map<string, Mention | null>();
  for (const p of model.places.values()) {
    for (const text of shortNames(p.name)) {
      if (text.length < 2 || own.has(text)) continue;
      const had = short.get(text);
      short.set(text, had === undefined || had?.slug === p.slug ? { text, url: p.url, kind: 'place', slug: p.slug } : null);
    }
  }
  return [...model.mentions, ...[...short.values()].filter((m): m is Mention => m !== null)];
}

const PARK_KIND = '(?:经济技术开发区|高新技术产业开发区|经济开发区|高新技术开发区|经开区|高新区|开发区|工业园区|产业园区|化工园区|工业集中区|产业集聚区|综合保税区|工业园|化工园|产业园)';

let divisionIndex: { names: Map<string, Division[]>; stems: Map<string, Division[]> } | undefined;
function divisionNames() {
  if (!divisionIndex) {
    const names = new Map<string, Division[]>();
    const stems = new Map<string, Division[]>();
    for (const d of divisions()) {
      if (d.code.length === 6 && d.code[4] === '7') continue; // statistical zones, not divisions
      if (/^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(d.name)) continue;
      names.set(d.name, [...(names.get(d.name) ?? []), d]);
      const stem = placeStem(d.name);
      if (stem !== d.name && stem.length >= 2) stems.set(stem, [...(stems.get(stem) ?? []), d]);
    }
    divisionIndex = { names, stems };
  }
  return divisionIndex;
}

export function findEntities(text: string, model: SiteModel): ArticleEntities {
  const matcher = new MentionMatcher(vocabulary(model));
  const mentions: PlaceMention[] = [];
  const industries = new Map<string, number>();
  for (const m of matcher.find(text)) {
    if (m.mention.kind === 'industry') {
      industries.set(m.mention.slug, (industries.get(m.mention.slug) ?? 0) + 1);
      continue;
    }
    // A company or school named after a place (武汉港口集团) is not the place.
    if (/^[\u3400-\u9fff]{0,4}?(?:集团|公司|有限|股份|银行|大学|学院|医院)/.test(text.slice(m.end, m.end + 8))) continue;
    mentions.push({ start: m.start, end: m.end, slug: m.mention.slug, text: m.mention.text });
  }
  const named = [...industries].map(([slug, count]) => ({ slug, count })).sort((a, b) => b.count - a.count);
  const { unknown, inParks } = unknownNames(text, model, mentions);
  // 枝江 inside 枝江经济开发区 (a park the content lacks) is not a mention of 枝江市.
  const kept = mentions.filter((m) => !inParks.some(([a, b]) => m.start >= a && m.end <= b));
  const counts = new Map<string, { slug: string; count: number; first: number }>();
  for (const m of kept) {
    const c = counts.get(m.slug) ?? { slug: m.slug, count: 0, first: m.start };
    c.count++;
    counts.set(m.slug, c);
  }
  const places = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  return { places, mentions: kept, industries: named, unknown };
}

/** Unknown names, and where unknown parks stand in the text (the place inside is not a mention of it). */
function unknownNames(text: string, model: SiteModel, known: PlaceMention[]): { unknown: UnknownName[]; inParks: [number, number][] } {
  const { names, stems } = divisionNames();
  const isKnown = (start: number, end: number) => known.some((m) => m.start < end && m.end > start);
  const knownNames = new Set([...model.places.values()].flatMap((p) => [p.name, ...p.aliases, ...shortNames(p.name)]));
  const knownCodes = new Set([...model.places.values()].map((p) => ('adcode' in p ? p.adcode : undefined)).filter(Boolean));
  const mentioned = new Set(known.map((m) => model.places.get(m.slug)?.name));
  const out = new Map<string, UnknownName>();
  const inParks: [number, number][] = [];
  // Parks: a place's name or short name, then a park kind (定襄经开区, 嘉峪关工业园区).
  for (const m of text.matchAll(new RegExp(`([\\u3400-\\u9fff]{2,8}?)${PARK_KIND}`, 'g'))) {
    const start = m.index!;
    const name = m[0];
    // Known when a known name covers it whole (随州高新区); 枝江经济开发区 is a new park, not 枝江.
    if (known.some((k) => k.start <= start && k.end >= start + name.length) || knownNames.has(name)) continue;
    // The place part must be a division's name or its stem, read from the right (省级 X市 …).
    const head = m[1];
    let place: string | undefined;
    for (let i = 0; i < head.length - 1 && !place; i++) {
      const t = head.slice(i);
      if (names.has(t) || stems.has(t)) place = t;
    }
    if (!place) continue;
    const park = name.slice(name.indexOf(place));
    if (knownNames.has(park)) continue;
    out.set(park, { name: park, kind: 'park', command: `npm run new -- park ${park}` });
    inParks.push([start + name.indexOf(place), start + name.length]);
  }
  // Counties and regions: a division's full name (古浪县, 兰州市) the content has no file for.
  const trie = new MentionMatcher([...names.keys()].filter((n) => n.length >= 3).map((n) => ({ text: n, url: '', kind: 'place' as const, slug: n })));
  for (const m of trie.find(text)) {
    const name = m.mention.text;
    if (isKnown(m.start, m.end) || knownNames.has(name) || out.has(name)) continue;
    // Part of a park's name, handled above.
    if ([...out.keys()].some((p) => p.startsWith(name) && text.startsWith(p, m.start))) continue;
    const rows = names.get(name)!.filter((d) => !knownCodes.has(adcode(d)));
    if (rows.length === 0) continue;
    const county = rows[0].code.length === 6;
    // Several divisions share the name: the one inside a place the article names.
    const inArticle = rows.filter((d) => {
      for (let p = parentDivision(d); p; p = parentDivision(p)) if (mentioned.has(p.name)) return true;
      return false;
    });
    const row = rows.length === 1 ? rows[0] : inArticle.length === 1 ? inArticle[0] : undefined;
    const kind = county ? 'county' : 'region';
    out.set(name, { name, kind, command: `npm run new -- ${kind} ${name}${rows.length > 1 && row ? ` --adcode ${adcode(row)}` : ''}` });
  }
  return { unknown: [...out.values()], inParks };
}
