/**
 * The edition's own search index (src/edition/search-docs.ts): every query of the search list
 * (tests/search/queries.ts) puts the same page first typed in Simplified or in Traditional,
 * and results read in Traditional.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadContentDir } from '../../src/model/index.ts';
import { siteEdition } from '../../src/model/edition.ts';
import { editionDocs } from '../../src/edition/search-docs.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { SearchEngine } from '../../src/search/query.ts';
import { QUERIES } from '../search/queries.ts';
import { searchDocs } from '../../src/model/views/search.ts';

const { model } = loadContentDir(join(import.meta.dirname, '../../content'));
const edition = siteEdition(model)!;
// As scripts/edition-index.ts builds it.
const index = buildSearchIndex(editionDocs(searchDocs(model), edition.convert));
const engine = () =>
  new SearchEngine(index.manifest, async (path) => {
    const bytes = index.files.get(path);
    if (!bytes) throw new Error(`no index file ${path}`);
    return new Uint8Array(gunzipSync(bytes));
  });

describe('search in the Traditional edition', () => {
  it('is on for the example site, in Taiwan characters', () => {
    expect(edition.variant).toBe('tw');
  });

  it.each(QUERIES)('$query, in either script → $first', async ({ query, first }) => {
    const e = engine();
    for (const q of new Set([query, edition.convert(query)])) {
      const top = await e.results((await e.rank(q)).slice(0, 3));
      expect(top[0]?.url, `${q}: ${top.map((r) => `${r.title} ${r.url}`).join(' | ')}`).toBe(first);
    }
  });

  it('shows results in Traditional characters', async () => {
    const e = engine();
    const [top] = await e.results((await e.rank('當陽')).slice(0, 1));
    expect(top.title).toBe('當陽市');
    expect(top.url).toBe('/counties/dangyang/');
    const simplified = searchDocs(model).find((d) => d.url === top.url)!;
    expect(simplified.summary).not.toBe(top.summary);
    expect(top.summary).toBe(edition.convert(simplified.summary));
  });
});
