/**
 * Builds the search index's files from the pages' search records (format.ts describes them).
 * Pure apart from gzip: the same records give the same bytes.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { ByteWriter, termHash, writePostings, writeString } from './codec.ts';
import { DOCS_FILE, SEARCH_KINDS, exactKey, facetKey, isNameKey, nameFile, shortKey, metaFile, termFile, type MetaRecord, type SearchDoc, type SearchManifest } from './format.ts';
import { nameTerms, normalise, textLength, textTerms } from './text.ts';

/** Pages per result file: 20 results touch at most 20 small files (a national site has about a thousand). */
export const SHARD = 16;
/** Aimed sizes of one word file and one name file before gzip: a query reads one per word pair and per name. */
const TERM_FILE_BYTES = 6_000;
const NAME_FILE_BYTES = 3_000;

export interface SearchIndex {
  manifest: SearchManifest;
  /** Path under /search/idx/ → gzipped bytes. */
  files: Map<string, Uint8Array<ArrayBuffer>>;
}

/** The exact-name form of a text: letters and digits only, as a query group is cut. */
export function exactForm(text: string): string {
  return normalise(text).replace(/[^\p{Script=Han}a-z0-9]+/gu, '');
}

interface Lists {
  names: number[];
  all: number[];
}

function collect(docs: readonly SearchDoc[]): Map<string, Lists> {
  const terms = new Map<string, Lists>();
  const add = (key: string, id: number, inName: boolean) => {
    let l = terms.get(key);
    if (!l) terms.set(key, (l = { names: [], all: [] }));
    // Pages arrive in order, so each list stays ascending; a page is added once per list.
    if (inName && l.names[l.names.length - 1] !== id) l.names.push(id);
    if (l.all[l.all.length - 1] !== id) l.all.push(id);
  };
  docs.forEach((d, id) => {
    const names = new Set<string>();
    for (const n of [d.title, ...d.names, ...d.shortNames]) nameTerms(n, names);
    for (const t of names) add(t, id, true);
    const body = textTerms(d.text, textTerms(d.summary, textTerms(d.place)));
    for (const t of body) if (!names.has(t)) add(t, id, false);
    const exact = new Set([d.title, ...d.names].map(exactForm));
    for (const n of exact) if (n) add(exactKey(n), id, true);
    for (const n of new Set(d.shortNames.map(exactForm))) if (n && !exact.has(n)) add(shortKey(n), id, true);
    for (const f of d.facets) add(facetKey(f), id, true);
  });
  return terms;
}

function entryBytes(key: string, lists: Lists): Uint8Array {
  const body = new ByteWriter();
  const same = lists.names.length === lists.all.length;
  body.byte(same ? 1 : 0);
  writePostings(body, lists.names);
  if (!same) writePostings(body, lists.all);
  const w = new ByteWriter();
  writeString(w, key);
  // The length lets the page skip terms it did not ask for without decoding them.
  w.varint(body.length);
  w.bytes(body.result());
  return w.result();
}

const gzip = (b: Uint8Array | string): Uint8Array<ArrayBuffer> => new Uint8Array(gzipSync(b, { level: 9 }));

/** Spreads entries over files by term hash: as many files (a power of two) as keep each near `target` bytes. */
function spread(entries: (readonly [string, Uint8Array])[], target: number): { count: number; files: Uint8Array[] } {
  const total = entries.reduce((n, [, b]) => n + b.length, 0);
  let count = 1;
  while (count * target < total) count *= 2;
  const writers = Array.from({ length: count }, () => new ByteWriter());
  for (const [key, bytes] of entries) writers[termHash(key) % count].bytes(bytes);
  return { count, files: writers.map((w) => w.result()) };
}

export function buildSearchIndex(docs: readonly SearchDoc[], options: { shard?: number; termBytes?: number; nameBytes?: number } = {}): SearchIndex {
  const shard = options.shard ?? SHARD;
  const entries = [...collect(docs)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, l]) => [k, entryBytes(k, l)] as const);
  // Names and filters apart from words: a query asks for one exact name per word, which then
  // costs a small file instead of a share of a word file.
  const terms = spread(entries.filter(([k]) => !isNameKey(k)), options.termBytes ?? TERM_FILE_BYTES);
  const names = spread(entries.filter(([k]) => isNameKey(k)), options.nameBytes ?? NAME_FILE_BYTES);

  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  terms.files.forEach((b, i) => files.set(termFile(i), gzip(b)));
  names.files.forEach((b, i) => files.set(nameFile(i), gzip(b)));
  const table = new Uint8Array(docs.length * 2);
  docs.forEach((d, i) => {
    table[i * 2] = SEARCH_KINDS.indexOf(d.kind);
    table[i * 2 + 1] = Math.min(255, textLength(d.title));
  });
  files.set(DOCS_FILE, gzip(table));
  for (let s = 0; s * shard < docs.length; s++) {
    const meta: MetaRecord[] = docs.slice(s * shard, (s + 1) * shard).map((d) => [d.url, SEARCH_KINDS.indexOf(d.kind), d.title, d.place, d.summary]);
    files.set(metaFile(s), gzip(JSON.stringify(meta)));
  }

  const digest = createHash('sha256');
  for (const [path, bytes] of files) digest.update(path).update(bytes);
  return { manifest: { version: digest.digest('base64url').slice(0, 10), docs: docs.length, buckets: terms.count, nameBuckets: names.count, shard }, files };
}
