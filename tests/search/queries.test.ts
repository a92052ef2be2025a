/**
 * The query list (queries.ts) against the example site's index, in Node, with the bytes each
 * query downloads; tests/e2e/search.test.ts runs the same list in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadContentDir } from '../../src/model/index.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { SearchEngine } from '../../src/search/query.ts';
import { searchDocs } from '../../src/model/views/search.ts';
import { QUERIES } from './queries.ts';

const root = join(import.meta.dirname, '../..');
const { model } = loadContentDir(join(root, 'content'));
const index = buildSearchIndex(searchDocs(model));

function engine(fetched: string[] = []) {
  return new SearchEngine(index.manifest, async (path) => {
    fetched.push(path);
    const bytes = index.files.get(path);
    if (!bytes) throw new Error(`no index file ${path}`);
    return new Uint8Array(gunzipSync(bytes));
  });
}

describe('search on the example site', () => {
  it.each(QUERIES)('$query → $first ($why)', async ({ query, first }) => {
    const e = engine();
    const ids = await e.rank(query);
    const top = await e.results(ids.slice(0, 3));
    expect(top.map((r) => r.url)[0], `top 3: ${top.map((r) => `${r.title} ${r.url}`).join(' | ')}`).toBe(first);
  });

  it('ranks pages holding every word above pages holding some', async () => {
    const e = engine();
    const ids = await e.rank('潜江 石墨烯');
    const both = await e.rank('"潜江" "石墨烯"');
    const only = new Set([...(await e.rank('潜江')), ...(await e.rank('石墨烯'))]);
    expect(ids).toEqual(both);
    // Every page holding both comes before any page holding one.
    const withBoth = (await Promise.all([e.rank('潜江'), e.rank('石墨烯')])).reduce((a, b) => a.filter((x) => b.includes(x)));
    expect(ids.slice(0, withBoth.length).sort()).toEqual([...withBoth].sort());
    expect(ids.length).toBe(only.size);
  });

  it('filters by kind, region and industry', async () => {
    const e = engine();
    const parks = await e.results(await e.rank('化工', { kind: 'park' }));
    expect(parks.length).toBeGreaterThan(1);
    expect(parks.every((r) => r.kind === 'park')).toBe(true);
    const hubei = await e.results(await e.rank('', { region: 'hubei', kind: 'county' }));
    expect(hubei.map((r) => r.url).sort()).toEqual(model.counties.filter((c) => c.ancestors.includes('hubei')).map((c) => c.url).sort());
    const energy = await e.results(await e.rank('', { industry: 'new-energy' }));
    expect(energy.map((r) => r.url)).toContain('/industries/new-energy-batteries/');
    expect(energy.map((r) => r.url)).toContain('/industries/new-energy/');
  });

  it('finds nothing for text no page holds, and nothing for an empty query', async () => {
    const e = engine();
    expect(await e.rank('量子引力')).toEqual([]);
    expect(await e.rank('  ')).toEqual([]);
  });

  it('downloads only the files a query needs', async () => {
    const fetched: string[] = [];
    const e = engine(fetched);
    await e.results((await e.rank('枝江')).slice(0, 20));
    const bytes = fetched.reduce((n, p) => n + index.files.get(p)!.length, 0);
    expect(fetched.filter((p) => p.startsWith('t/')).length).toBeLessThanOrEqual(4);
    expect(bytes).toBeLessThan([...index.files.values()].reduce((n, b) => n + b.length, 0));
  });
});
