/**
 * The edition's search index, kept in the build's cache folder under a key of what it is
 * built from (every page's search record, the converter and the index code): a rebuild after
 * an edit that changes no record reads it back instead of building it again (6.6 s at
 * national scale).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { editionDocs } from '../src/edition/search-docs.ts';
import type { Edition } from '../src/model/edition.ts';
import type { SiteModel } from '../src/model/types.ts';
import { searchDocs } from '../src/model/views/search.ts';
import { buildSearchIndex, type SearchIndex } from '../src/search/build-index.ts';

const root = resolve(import.meta.dirname, '..');
const code = () =>
  ['src/search', 'src/edition'].flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts')).sort().map((f) => readFileSync(join(root, dir, f), 'utf8')));

interface Saved {
  key: string;
  index: { manifest: SearchIndex['manifest']; files: [string, Uint8Array][] };
}

export function editionIndex(model: SiteModel, edition: Edition, file: string): { index: SearchIndex; cached: boolean } {
  const docs = searchDocs(model);
  // Record by record: one string of every page's text would be the largest object of the build.
  const hash = createHash('sha256').update(JSON.stringify([edition.variant, edition.fixes, code()]));
  for (const d of docs) hash.update(JSON.stringify(d));
  const key = hash.digest('base64url');
  try {
    const saved = deserialize(readFileSync(file)) as Saved;
    if (saved.key === key) return { index: { manifest: saved.index.manifest, files: new Map(saved.index.files.map(([p, b]) => [p, new Uint8Array(b)])) }, cached: true };
  } catch {
    // No index saved yet, or an unreadable one: build it.
  }
  const index = buildSearchIndex(editionDocs(docs, edition.convert));
  writeFileSync(file, serialize({ key, index: { manifest: index.manifest, files: [...index.files] } } satisfies Saved));
  return { index, cached: false };
}
