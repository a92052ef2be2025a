/**
 * Parks: the source's statistical zones (real names, hosted by their city),
 * then synthetic parks named after their county (“枝江经济开发区”), a few
 * counties with a second park, and sub-parks inside a main park (一区多园).
 */
import type { RealDivisions, RealZone } from './divisions.ts';
import { newPlace, regionSlug } from './places.ts';
import { rngFor, WeightedPicker, type Rng } from './random.ts';
import type { Industry, Place } from './types.ts';

/** Each synthetic park type: the name's ending, a short alias ending, and levels by chance. */
const PARK_TYPES: Record<string, { suffix: string; alias?: string; levels: [string | undefined, number][] }> = {
  经济开发区: { suffix: '经济开发区', alias: '经开区', levels: [['省级', 0.7], [undefined, 0.3]] },
  高新技术产业开发区: { suffix: '高新技术产业开发区', alias: '高新区', levels: [['国家级', 0.25], ['省级', 0.6], [undefined, 0.15]] },
  经济技术开发区: { suffix: '经济技术开发区', alias: '经开区', levels: [['国家级', 0.6], ['省级', 0.4]] },
  工业园区: { suffix: '工业园区', levels: [['省级', 0.3], ['市级', 0.1], ['县级', 0.1], [undefined, 0.5]] },
  化工园区: { suffix: '化工园区', levels: [['省级', 0.5], [undefined, 0.5]] },
  农业产业示范区: { suffix: '现代农业产业示范区', levels: [['省级', 0.4], ['市级', 0.2], [undefined, 0.4]] },
};
const MAIN_TYPES: [string, number][] = [['经济开发区', 0.5], ['高新技术产业开发区', 0.2], ['经济技术开发区', 0.1], ['工业园区', 0.12], ['化工园区', 0.08]];
const SECOND_TYPES = ['工业园区', '化工园区', '农业产业示范区'];

function weighted<T>(rng: Rng, options: [T, number][]): T {
  let x = rng.next();
  for (const [v, w] of options) if ((x -= w) < 0) return v;
  return options[options.length - 1][0];
}

/** A zone's type, read from its real name. */
function zoneType(name: string): string {
  if (/高新|高技术/.test(name)) return '高新技术产业开发区';
  if (name.includes('经济技术开发区')) return '经济技术开发区';
  if (name.includes('经济开发区')) return '经济开发区';
  if (/工业园区|产业园区/.test(name)) return '工业园区';
  if (name.includes('化工')) return '化工园区';
  if (/新区|新城/.test(name)) return '新区';
  if (/示范区|实验区/.test(name)) return '综合改革示范区';
  return '管理区';
}

/**
 * The start of a synthetic park's name: the county's short name when no other division
 * anywhere shortens to it (枝江经济开发区), else its full name (铁岭县经济开发区), prefixed
 * with its city's when several counties share that too (福州鼓楼区经济开发区).
 */
function namePrefixes(d: RealDivisions): Map<string, string> {
  const uses = new Map<string, number>();
  const count = (s: string) => uses.set(s, (uses.get(s) ?? 0) + 1);
  for (const x of [...d.provinces, ...d.prefectures, ...d.counties]) count(x.short);
  for (const c of d.counties) if (c.short !== c.name) count(c.name);
  const prefectureShort = new Map(d.prefectures.map((p) => [p.code, p.short]));
  const provinceShort = new Map(d.provinces.map((p) => [p.code, p.short]));
  const out = new Map<string, string>();
  for (const c of d.counties) {
    const above = prefectureShort.get(c.up) ?? provinceShort.get(c.province)!;
    out.set(c.code, uses.get(c.short) === 1 && c.short !== c.name ? c.short : uses.get(c.name) === 1 ? c.name : `${above}${c.name}`);
  }
  for (const p of d.prefectures) out.set(p.code, p.short);
  return out;
}

function zonePark(z: RealZone, seed: number): Place {
  const p = newPlace('park', `p${z.code}`, z.name, zoneType(z.name), z.name);
  p.up = regionSlug(z.up);
  p.province = regionSlug(z.province);
  p.size = 400 * Math.exp(0.6 * rngFor(seed, 'size', z.code).normal());
  p.summary = `${z.name}，国家统计用区划代码中的统计区（${z.code}）。`;
  return p;
}

export interface ParkInput {
  divisions: RealDivisions;
  /** Counties and prefecture-level cities that may host parks. */
  hosts: Place[];
  regions: Map<string, Place>;
  industries: Industry[];
  count: number;
  seed: number;
}

export function buildParks({ divisions, hosts, regions, industries, count, seed }: ParkInput): Place[] {
  const zones = divisions.zones.filter((z) => regions.has(regionSlug(z.up))).map((z) => zonePark(z, seed)).slice(0, count);
  const prefixes = namePrefixes(divisions);
  const taken = new Set(zones.map((z) => z.name));
  const parks = [...zones];
  const rng = rngFor(seed, 'parks');
  const left = count - zones.length;
  const mains = Math.min(hosts.length, Math.round(left * 0.78));
  const seconds = Math.min(mains, Math.round(left * 0.1));
  const subs = left - mains - Math.min(mains, seconds);
  const picker = new WeightedPicker(hosts, (h) => Math.sqrt(h.size));
  const chosen = new Set<Place>();
  while (chosen.size < mains) chosen.add(picker.pick(rng));
  const hostsInOrder = hosts.filter((h) => chosen.has(h));
  const numberOf = new Map<string, number>();
  const make = (host: Place, type: string, prefix: string, parent?: Place, industry?: Industry): Place | undefined => {
    const spec = PARK_TYPES[type];
    const name = parent ? `${prefix}${industry!.name}产业园` : `${prefix}${spec.suffix}`;
    if (taken.has(name)) return undefined;
    taken.add(name);
    const code = host.adcode!;
    const n = (numberOf.get(code) ?? 0) + 1;
    numberOf.set(code, n);
    const r = rngFor(seed, 'park', code, n);
    const p = newPlace('park', `p${code}-${n}`, name, parent ? '产业园' : type, prefix);
    p.up = host.slug;
    p.province = host.province;
    p.parentPark = parent?.slug;
    p.level = parent ? undefined : weighted(r, spec.levels);
    if (r.chance(0.7)) p.established = r.int(1992, 2021);
    if (!parent && spec.alias) p.aliases = [`${prefix}${spec.alias}`];
    p.size = (parent ? parent.size * r.between(0.1, 0.3) : host.size * r.between(0.2, 0.9)) * (p.level === '国家级' ? 2 : 1);
    if (industry) p.industries = [industry.slug];
    p.summary = parent ? `${parent.name}的园中园，位于${host.name}。` : `位于${host.name}的${p.level ?? ''}${type}。`;
    parks.push(p);
    return p;
  };
  // A county's adcode is its code; a prefecture-level city's is its 4-digit code + 00.
  const prefixOf = (h: Place) => prefixes.get(h.kind === 'county' ? h.adcode! : h.adcode!.slice(0, 4))!;
  const hostOf = new Map(hosts.map((h) => [h.slug, h]));
  const mainParks: Place[] = [];
  for (const h of hostsInOrder) {
    const p = make(h, weighted(rngFor(seed, 'park-type', h.slug), MAIN_TYPES), prefixOf(h));
    if (p) mainParks.push(p);
  }
  for (const h of rng.sample(hostsInOrder, seconds)) {
    const main = mainParks.find((m) => m.up === h.slug);
    const type = rngFor(seed, 'park-second', h.slug).pick(SECOND_TYPES.filter((t) => t !== main?.type));
    make(h, type, prefixOf(h));
  }
  const leaves = industries.filter((i) => i.parent);
  for (let i = 0, tries = 0; i < subs && mainParks.length > 0 && tries < subs * 5; tries++) {
    const main = rng.pick(mainParks);
    const host = hostOf.get(main.up!)!;
    if (make(host, main.type, main.short, main, rng.pick(leaves))) i++;
  }
  return parks;
}
