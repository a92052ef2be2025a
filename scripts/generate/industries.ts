/** The industry tree (scripts/data/industries.tsv), the part a scale keeps, and places' industries. */
import { readFileSync } from 'node:fs';
import { rngFor } from './random.ts';
import type { Industry, Place } from './types.ts';

export function readIndustries(path: string): Industry[] {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => line.split('\t'));
  const depth = new Map<string, number>();
  return rows.map(([slug, name, parent, code]) => {
    const d = parent ? depth.get(parent)! + 1 : 0;
    depth.set(slug, d);
    return { slug, name, parent: parent || undefined, code: code || undefined, depth: d };
  });
}

/**
 * The first `count` industries taking the top-level branches in turn, each branch in tree
 * order: every parent comes before its children, and a small site still has several
 * branches with children rather than one full branch.
 */
export function selectIndustries(all: Industry[], count: number): Industry[] {
  const rootOf = new Map<string, string>();
  for (const i of all) rootOf.set(i.slug, i.parent ? rootOf.get(i.parent)! : i.slug);
  const branches = [...Map.groupBy(all, (i) => rootOf.get(i.slug)!).values()];
  const out: Industry[] = [];
  for (let k = 0; out.length < Math.min(count, all.length); k++) {
    for (const b of branches) if (k < b.length && out.length < count) out.push(b[k]);
  }
  const chosen = new Set(out.map((i) => i.slug));
  return all.filter((i) => chosen.has(i.slug));
}

/** Each county and park gets a few industries; regions sometimes one or two; sub-parks keep theirs. */
export function assignIndustries(places: Place[], industries: Industry[], seed: number): void {
  // Leaves and middle nodes more than top levels, as local plans name specific industries.
  const pool = industries.filter((i) => i.depth > 0);
  const list = pool.length >= 5 ? pool : industries;
  for (const p of places) {
    if (p.industries.length > 0) continue;
    const r = rngFor(seed, 'industries', p.slug);
    const n = p.kind === 'region' ? (r.chance(0.5) ? r.int(1, 2) : 0) : r.int(p.kind === 'park' ? 1 : 2, p.kind === 'park' ? 3 : 4);
    p.industries = r.sample(list, n).map((i) => i.slug);
  }
}
