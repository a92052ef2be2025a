/**
 * Counties and administrative regions from the real divisions: which of them
 * a scale selects, their slugs (adcode-based: pinyin-pro is not installed, and
 * adcodes are unique where names are not: 鼓楼区 ×4), types and summaries.
 */
import type { RealDivisions, RealCounty } from './divisions.ts';
import { rngFor } from './random.ts';
import type { Kind, Place } from './types.ts';

export const countySlug = (code: string) => `c${code}`;
/** Provinces r42, prefectures r4205. */
export const regionSlug = (code: string) => `r${code}`;

/** The example site is about 宜昌 (枝江市 420583): every scale starts there. */
const ANCHOR = '4205';

/** Economic weight by province (an east–west gradient): synthetic sizes look plausible on a map. */
const PROVINCE_WEIGHT: Record<string, number> = {
  11: 2.3, 12: 1.4, 13: 0.9, 14: 0.8, 15: 0.9, 21: 0.8, 22: 0.6, 23: 0.5, 31: 2.5, 32: 2.2, 33: 1.8, 34: 1.0, 35: 1.6, 36: 0.9, 37: 1.4, 41: 1.0,
  42: 1.1, 43: 1.0, 44: 1.8, 45: 0.7, 46: 0.6, 50: 1.1, 51: 0.9, 52: 0.7, 53: 0.7, 54: 0.3, 61: 0.9, 62: 0.5, 63: 0.4, 64: 0.5, 65: 0.6,
};
const TYPE_WEIGHT: Record<string, number> = { 市辖区: 1.4, 县级市: 1.3, 县: 0.8, 自治县: 0.6, 旗: 0.6, 自治旗: 0.6 };

export function newPlace(kind: Kind, slug: string, name: string, type: string, short: string): Place {
  return { kind, slug, name, type, short, aliases: [], industries: [], size: 0, figures: new Map(), ranks: new Map(), rankChanges: new Map(), targets: [], projects: [], children: [], parks: [] };
}

/** A unit of selection: a prefecture's counties, or a province's directly administered ones. */
interface Unit {
  region: string;
  counties: RealCounty[];
}

/**
 * The counties a scale selects: whole prefectures in a seeded order (宜昌 first), the last
 * one cut to the exact count, so a small site still has complete local hierarchies.
 * Prefecture-level cities without counties (东莞 …) come along when their turn comes.
 */
export function selectCounties(d: RealDivisions, count: number, seed: number): { counties: RealCounty[]; cities: Set<string> } {
  const byUp = Map.groupBy(d.counties, (c) => c.up);
  const units: Unit[] = [...d.prefectures.map((p) => p.code), ...d.provinces.map((p) => p.code)]
    .map((code) => ({ region: code, counties: byUp.get(code) ?? [] }))
    .filter((u) => u.counties.length > 0 || u.region.length === 4)
    .sort((a, b) => (a.region < b.region ? -1 : 1));
  const rest = rngFor(seed, 'units').shuffle(units.filter((u) => u.region !== ANCHOR));
  const ordered = [...units.filter((u) => u.region === ANCHOR), ...rest];
  const counties: RealCounty[] = [];
  const cities = new Set<string>();
  for (const u of ordered) {
    if (counties.length >= count) break;
    if (u.counties.length === 0) cities.add(u.region);
    counties.push(...u.counties.slice(0, count - counties.length));
  }
  return { counties: counties.sort((a, b) => (a.code < b.code ? -1 : 1)), cities };
}

/** County and region places of the selected divisions. */
export function buildAdministrative(d: RealDivisions, selected: RealCounty[], cities: Set<string>, seed: number): { counties: Place[]; regions: Place[] } {
  const provinceOf = new Map(d.provinces.map((p) => [p.code, p]));
  const prefectureOf = new Map(d.prefectures.map((p) => [p.code, p]));
  const wanted = new Set([...selected.map((c) => c.up), ...cities]);
  for (const code of [...wanted]) wanted.add(code.slice(0, 2));
  const regions: Place[] = [];
  for (const p of d.provinces) {
    if (!wanted.has(p.code)) continue;
    const r = newPlace('region', regionSlug(p.code), p.name, p.type, p.short);
    Object.assign(r, { adcode: `${p.code}0000`, province: r.slug, tier: 'province' });
    regions.push(r);
  }
  for (const p of d.prefectures) {
    if (!wanted.has(p.code)) continue;
    const r = newPlace('region', regionSlug(p.code), p.name, p.type, p.short);
    Object.assign(r, { adcode: `${p.code}00`, up: regionSlug(p.province), province: regionSlug(p.province), tier: 'prefecture' });
    // A city without counties has no sum to take its size from.
    if (cities.has(p.code)) r.size = 2000 * Math.exp(0.5 * rngFor(seed, 'size', p.code).normal()) * (PROVINCE_WEIGHT[p.province] ?? 1);
    regions.push(r);
  }
  const counties = selected.map((c) => {
    const p = newPlace('county', countySlug(c.code), c.name, c.type, c.short);
    const direct = c.up.length === 2;
    const province = provinceOf.get(c.province)!;
    p.adcode = c.code;
    p.up = regionSlug(c.up);
    p.province = regionSlug(c.province);
    p.size = 180 * Math.exp(0.75 * rngFor(seed, 'size', c.code).normal()) * (PROVINCE_WEIGHT[c.province] ?? 1) * (TYPE_WEIGHT[c.type] ?? 0.8);
    const where = direct ? (province.type === '直辖市' ? `${province.name}下辖` : `${province.name}直管`) : `${province.name}${prefectureOf.get(c.up)!.name}下辖`;
    p.summary = `${where}的${c.type}。`;
    return p;
  });
  return { counties, regions };
}

/** Who is below whom, for text and sums. */
export function linkChildren(places: Map<string, Place>): void {
  for (const p of places.values()) {
    if (!p.up) continue;
    const up = places.get(p.up)!;
    if (p.kind === 'park') up.parks.push(p.slug);
    else up.children.push(p.slug);
  }
}
