/**
 * The benchmark content generator (scripts/generate.ts): deterministic, valid
 * content (the check finds no errors), sizes proportional to the scale, and
 * the real divisions with their quirks resolved.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generate } from '../../scripts/generate/index.ts';
import { countsFor, parseArgs } from '../../scripts/generate/options.ts';
import { writeContent } from '../../scripts/generate/output.ts';
import { readDivisions } from '../../scripts/generate/divisions.ts';
import { loadContentDir } from '../../src/model/index.ts';
import { kindOf } from '../../src/model/report.ts';
import { SLUG_RE } from '../../src/model/schema.ts';
import { tempDir } from '../helpers/scratch.ts';

const run = (scale: number, seed = 1) => generate({ scale, seed, counts: countsFor(scale) });

/** Every file under a folder, path → text. */
function tree(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [k, v] of tree(dir, rel)) out.set(k, v);
    else out.set(rel, readFileSync(join(dir, rel), 'utf8'));
  }
  return out;
}

/** Pages a build makes from these files: one per entity and published briefing. */
function entityPages(files: Map<string, string>): number {
  return [...files].filter(([path, text]) => /^(counties|parks|regions|industries|rankings|briefings)\//.test(path) && !text.includes('\ndraft: true\n')).length;
}

describe('generate', () => {
  it('writes the same tree twice for the same seed and scale, and another for another seed', () => {
    const a = tempDir('gen-a-');
    const b = tempDir('gen-b-');
    writeContent(a, run(0.02).files, false);
    writeContent(b, run(0.02).files, false);
    const ta = tree(a);
    expect(ta.size).toBeGreaterThan(300);
    expect(tree(b)).toEqual(ta);
    expect(run(0.02, 2).files).not.toEqual(run(0.02).files);
  });

  it('passes the content check with no errors at a small scale', () => {
    const dir = tempDir('gen-check-');
    const { files, stats } = run(0.02);
    writeContent(dir, files, false);
    const site = loadContentDir(dir);
    expect(site.errors.map((d) => `${d.file} ${d.field}: ${d.message}`)).toEqual([]);
    // Only the kinds the generator means to cause: real names several counties share, and a few restated figures.
    const kinds = new Set(site.diagnostics.map(kindOf));
    for (const k of kinds) expect(['the name is shared, so it is not linked in text', 'conflicting figure; the other file wins']).toContain(k);
    const m = site.model;
    expect([m.counties.length, m.parks.length, m.regions.length, m.industries.size, m.rankings.size]).toEqual([stats.counties, stats.parks, stats.regions, stats.industries, stats.rankings]);
    expect(m.briefings.length).toBe(stats.briefings - stats.drafts);
    // The parts benchmarks need exercised: mentions, charts in MDX, grouping members, parks in parks, rank changes.
    expect(m.briefings.filter((b) => b.mentions.length > 0).length).toBeGreaterThan(m.briefings.length / 2);
    expect(m.briefings.filter((b) => b.charts.length === 1).length).toBe(stats.mdx);
    expect(m.regions.filter((r) => r.grouping && r.listedMembers.length > 0).length).toBe(stats.groupings);
    expect(m.parks.some((p) => p.parentPark)).toBe(true);
    expect([...m.rankings.values()].some((r) => r.rankChanges.length > 0)).toBe(true);
  });

  it('makes pages in proportion to the scale, with valid unique slugs', () => {
    const small = run(0.05).files;
    const large = run(0.1).files;
    const ratio = entityPages(large) / entityPages(small);
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.2);
    const slugs = [...large.keys()].filter((p) => /^(counties|parks|regions)\//.test(p)).map((p) => p.replace(/^.*\/|\.mdx?$/g, ''));
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const p of large.keys()) if (p.includes('/')) expect(p.replace(/^.*\/|\.mdx?$/g, '')).toMatch(SLUG_RE);
  });

  it('uses the real names, adcodes and hierarchy', () => {
    const files = run(0.02).files;
    const zhijiang = files.get('counties/c420583.md')!;
    expect(zhijiang).toContain('\nname: 枝江市\n');
    expect(zhijiang).toContain('\nadcode: "420583"\n');
    expect(zhijiang).toContain('\nregion: r4205\n');
    expect(files.get('regions/r4205.md')).toContain('\nname: 宜昌市\n');
    expect(files.get('regions/r4205.md')).toContain('\nparent: r42\n');

    const d = readDivisions(resolve(import.meta.dirname, '../../scripts/data/divisions.tsv'));
    expect([d.provinces.length, d.prefectures.length, d.counties.length, d.zones.length]).toEqual([31, 333, 2850, 124]);
    // 潜江 (省直管) and 北京's districts hang under the province; no placeholder city is a region.
    expect(d.counties.find((c) => c.code === '429005')).toMatchObject({ name: '潜江市', up: '42', type: '县级市' });
    expect(d.counties.find((c) => c.code === '110105')).toMatchObject({ name: '朝阳区', up: '11' });
    expect(d.prefectures.map((p) => p.name)).not.toContain('省直辖县级行政区划');
    expect(d.prefectures.map((p) => p.name)).not.toContain('市辖区');
    // Statistical zones are parks, not counties; a city without counties keeps no county row.
    expect(d.zones.find((z) => z.code === '130171')?.name).toBe('石家庄高新技术产业开发区');
    expect(d.counties.some((c) => c.code === '130171' || c.code === '441900')).toBe(false);
  });

  it('refuses a non-empty folder without --force, and with it keeps files it did not write', () => {
    const dir = tempDir('gen-force-');
    mkdirSync(join(dir, 'briefings'));
    writeFileSync(join(dir, 'briefings', 'editor.md'), 'mine');
    expect(() => writeContent(dir, run(0.02).files, false)).toThrow(/not empty/);
    writeContent(dir, run(0.02).files, true);
    const again = run(0.02, 2).files;
    writeContent(dir, again, true);
    const now = tree(dir);
    expect(now.get('briefings/editor.md')).toBe('mine');
    expect([...now.keys()].filter((k) => k !== 'briefings/editor.md' && k !== '.generated-files').sort()).toEqual([...again.keys()].sort());
    expect(existsSync(join(dir, '.generated-files'))).toBe(true);
  });

  it('reads its options', () => {
    expect(parseArgs(['--out', 'x', '--scale', '0.5', '--briefings', '7'])).toMatchObject({ out: 'x', scale: 0.5, seed: 1, force: false, counts: { briefings: 7, counties: 1425 } });
    expect(() => parseArgs(['--scale', '1'])).toThrow(/--out is required/);
    expect(() => parseArgs(['--out', 'x', '--scale', '-1'])).toThrow(/--scale/);
    expect(() => parseArgs(['--out', 'x', '--colour', 'red'])).toThrow(/unknown option --colour/);
  });
});
