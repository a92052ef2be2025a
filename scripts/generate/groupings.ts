/**
 * Groupings that cut across the hierarchy (CONTENT-FORMAT: regions with
 * `members`): 县域经济集聚区 of counties, 城市群 of prefectures, 都市圈 of a
 * city and counties around it, and 经济区 across two provinces. Names are made
 * from the first character of each member's short name, as 当枝松宜 and 宜荆荆 are.
 */
import { newPlace } from './places.ts';
import { rngFor, type Rng } from './random.ts';
import type { Place } from './types.ts';

type Maker = (rng: Rng) => { name: string; type: string; members: Place[]; parent?: string } | undefined;

const initials = (members: Place[]) => members.map((m) => m.short[0]).join('');

export function buildGroupings(counties: Place[], regions: Place[], count: number, seed: number): Place[] {
  const prefectures = regions.filter((r) => r.tier === 'prefecture');
  const countiesOf = Map.groupBy(counties.filter((c) => c.type !== '市辖区'), (c) => c.up!);
  const prefecturesOf = Map.groupBy(prefectures, (p) => p.province!);
  const withCounties = prefectures.filter((p) => (countiesOf.get(p.slug)?.length ?? 0) >= 3);
  const provinces = [...prefecturesOf.entries()].filter(([, list]) => list.length >= 3).map(([slug]) => slug);

  const cluster: Maker = (rng) => {
    if (withCounties.length === 0) return undefined;
    const pref = rng.pick(withCounties);
    const pool = countiesOf.get(pref.slug)!;
    const members = rng.sample(pool, rng.int(3, Math.min(5, pool.length)));
    return { name: `${initials(members)}县域经济集聚区`, type: '集聚区', members, parent: pref.province };
  };
  const cityGroup: Maker = (rng) => {
    if (provinces.length === 0) return undefined;
    const pool = prefecturesOf.get(rng.pick(provinces))!;
    const members = rng.sample(pool, rng.int(3, Math.min(5, pool.length)));
    return { name: `${initials(members)}城市群`, type: '城市群', members, parent: members[0].province };
  };
  const metro: Maker = (rng) => {
    if (withCounties.length === 0) return undefined;
    const core = rng.pick(withCounties);
    const near = counties.filter((c) => c.province === core.province && c.up !== core.slug && c.type !== '市辖区');
    const members = [core, ...rng.sample(near, rng.int(1, 4))];
    return { name: `${core.short}都市圈`, type: '都市圈', members, parent: core.province };
  };
  // Two prefectures of neighbouring province codes (湖北 42 and 湖南 43): no parent, as it crosses provinces.
  const zone: Maker = (rng) => {
    const a = rng.pick(prefectures);
    const next = prefectures.filter((p) => p.province !== a.province && Math.abs(Number(p.province!.slice(1)) - Number(a.province!.slice(1))) === 1);
    if (next.length === 0) return undefined;
    const members = [a, rng.pick(next)];
    return { name: `${initials(members)}协同发展经济区`, type: '经济区', members };
  };
  const makers: Maker[] = [cluster, cluster, cityGroup, metro, zone];

  const out: Place[] = [];
  const names = new Set<string>();
  const rng = rngFor(seed, 'groupings');
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const g = makers[out.length % makers.length](rng) ?? cluster(rng);
    if (!g || names.has(g.name)) continue;
    names.add(g.name);
    const p = newPlace('region', `g${String(out.length + 1).padStart(3, '0')}`, g.name, g.type, g.name.replace(/(县域经济集聚区|协同发展经济区)$/, ''));
    p.tier = 'grouping';
    p.members = g.members.map((m) => m.slug).sort();
    p.up = g.parent;
    p.province = g.parent;
    p.summary = `${g.members.map((m) => m.name).join('、')}组成的${g.type}。`;
    out.push(p);
  }
  return out;
}
