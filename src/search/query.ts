/**
 * Runs a query against the index files, fetching only what it needs: the page table, one term
 * file per term, and the result files of the results shown. Pure apart from `load`, so the
 * ranking is tested in Node (tests/search/) and runs unchanged in the browser (client.ts).
 *
 * Ranking, in order:
 *   1. pages that hold more of the query's words (a word = what was typed between spaces);
 *   2. pages that hold more of them in their name or aliases;
 *   3. a score: per word, rarer words count more, a word in the page's name or alias counts
 *      far more, and a name or alias equal to the word most (an editor's alias above a short
 *      form derived from the name); then how much of the title the
 *      query covers, and entity pages before briefings;
 *   4. page order in the index (entities, then briefings newest first).
 */
import { ByteReader, readPostings, readString, termHash } from './codec.ts';
import { DOCS_FILE, SEARCH_KINDS, exactKey, facetKey, keyFile, shortKey, metaFile, type MetaRecord, type SearchKind, type SearchManifest } from './format.ts';
import { parseQuery, textLength, type QueryGroup } from './text.ts';

/** Fetches one index file (a path under /search/idx/) as its unzipped bytes. */
export type Loader = (path: string) => Promise<Uint8Array>;

export interface Filters {
  kind?: SearchKind;
  /** Region slug: pages in that region or below it. */
  region?: string;
  industry?: string;
}

export interface SearchResult {
  id: number;
  url: string;
  kind: SearchKind;
  title: string;
  place: string;
  summary: string;
}

interface Lists {
  names: number[];
  all: number[];
}

/** Reads the wanted keys out of one term file, skipping the others undecoded. */
export function readTermFile(bytes: Uint8Array, wanted: ReadonlySet<string>, out: Map<string, Lists>) {
  const r = new ByteReader(bytes);
  while (!r.done) {
    const key = readString(r);
    const len = r.varint();
    if (!wanted.has(key)) {
      r.pos += len;
      continue;
    }
    const same = r.byte() === 1;
    const names = readPostings(r);
    out.set(key, { names, all: same ? names : readPostings(r) });
  }
}

function intersect(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let acc = sorted[0];
  for (const l of sorted.slice(1)) {
    const set = new Set(l);
    acc = acc.filter((id) => set.has(id));
  }
  return acc;
}

const ENTITY_BONUS = 0.5;

export class SearchEngine {
  private table: Promise<Uint8Array> | undefined;
  private files = new Map<string, Promise<Uint8Array>>();
  private shards = new Map<number, Promise<MetaRecord[]>>();

  readonly manifest: SearchManifest;
  private readonly load: Loader;

  constructor(manifest: SearchManifest, load: Loader) {
    this.manifest = manifest;
    this.load = load;
  }

  private docs() {
    return (this.table ??= this.load(DOCS_FILE));
  }

  private file(path: string) {
    let p = this.files.get(path);
    if (!p) this.files.set(path, (p = this.load(path)));
    return p;
  }

  private async lookup(keys: string[]): Promise<Map<string, Lists>> {
    const byFile = new Map<string, Set<string>>();
    for (const k of keys) {
      const f = keyFile(k, this.manifest, termHash);
      (byFile.get(f) ?? byFile.set(f, new Set()).get(f)!).add(k);
    }
    const out = new Map<string, Lists>();
    await Promise.all([...byFile].map(async ([f, wanted]) => readTermFile(await this.file(f), wanted, out)));
    return out;
  }

  /** Page numbers of every match, best first. */
  async rank(query: string, filters: Filters = {}): Promise<number[]> {
    const groups = parseQuery(query);
    const facets = [filters.region && facetKey(`r:${filters.region}`), filters.industry && facetKey(`i:${filters.industry}`)].filter((k): k is string => !!k);
    if (groups.length === 0 && facets.length === 0 && !filters.kind) return [];
    const keys = [...groups.flatMap((g) => [...g.terms, exactKey(g.text), shortKey(g.text)]), ...facets];
    const [found, table] = await Promise.all([this.lookup(keys), this.docs()]);

    const kindIndex = filters.kind ? SEARCH_KINDS.indexOf(filters.kind) : -1;
    const allowed = facets.length ? new Set(intersect(facets.map((f) => found.get(f)?.all ?? []))) : undefined;
    const keep = (id: number) => (kindIndex < 0 || table[id * 2] === kindIndex) && (!allowed || allowed.has(id));
    if (groups.length === 0) return Array.from({ length: this.manifest.docs }, (_, i) => i).filter(keep);
    return scoreGroups(
      groups.flatMap((g) => splitUnmatched(g, found)),
      found,
      table,
      this.manifest.docs,
      keep,
    );
  }

  /** What the results show, for the given page numbers (fetches their result files). */
  async results(ids: number[]): Promise<SearchResult[]> {
    const { shard } = this.manifest;
    const records = await Promise.all(
      ids.map(async (id) => {
        const s = Math.floor(id / shard);
        let p = this.shards.get(s);
        if (!p) this.shards.set(s, (p = this.load(metaFile(s)).then((b) => JSON.parse(new TextDecoder().decode(b)) as MetaRecord[])));
        return (await p)[id - s * shard];
      }),
    );
    return records.map(([url, kind, title, place, summary], i) => ({ id: ids[i], url, kind: SEARCH_KINDS[kind], title, place, summary }));
  }
}

/** Joins a run of terms back into text: 枝江 + 江市 → 枝江市. */
function joinTerms(terms: string[]): string {
  let text = '';
  for (const t of terms) text += text && t.length === 2 && text.endsWith(t[0]) ? t[1] : t;
  return text;
}

/**
 * A phrase no page holds whole (枝江市的新能源产业, typed without spaces) becomes the longest
 * runs of it that pages do hold (枝江市 · 新能源产业), each then counted as a word; terms no page
 * holds (的新) are dropped. A phrase that some page holds is kept as it is.
 */
export function splitUnmatched(g: QueryGroup, found: Map<string, Lists>): QueryGroup[] {
  const lists = g.terms.map((t) => found.get(t)?.all ?? []);
  if (found.get(exactKey(g.text))?.names.length || found.get(shortKey(g.text))?.names.length) return [g];
  if (lists.every((l) => l.length) && intersect(lists).length) return [g];
  const out: QueryGroup[] = [];
  let run: string[] = [];
  let common: number[] = [];
  const close = () => {
    if (run.length) out.push({ text: joinTerms(run), terms: run });
    run = [];
  };
  g.terms.forEach((t, i) => {
    if (!lists[i].length) return close();
    const next = run.length ? intersect([common, lists[i]]) : lists[i];
    if (next.length) {
      run.push(t);
      common = next;
    } else {
      close();
      run = [t];
      common = lists[i];
    }
  });
  close();
  return out;
}

interface Hit {
  id: number;
  words: number;
  score: number;
}

function scoreGroups(groups: QueryGroup[], found: Map<string, Lists>, table: Uint8Array, docs: number, keep: (id: number) => boolean): number[] {
  const hits = new Map<number, Hit>();
  const queryLength = groups.reduce((n, g) => n + textLength(g.text), 0);
  const inNames = new Map<number, number>();
  for (const g of groups) {
    const lists = g.terms.map((t) => found.get(t));
    const exact = new Set(found.get(exactKey(g.text))?.names ?? []);
    const short = new Set(found.get(shortKey(g.text))?.names ?? []);
    const whole = lists.every((l) => l);
    // A page matches a word by its terms, or by having it as its exact name, alias or short name.
    const all = [...new Set([...(whole ? intersect(lists.map((l) => l!.all)) : []), ...exact, ...short])];
    if (all.length === 0) continue;
    const names = new Set([...(whole ? intersect(lists.map((l) => l!.names)) : []), ...exact, ...short]);
    const rarity = Math.log(1 + docs / all.length);
    for (const id of all) {
      if (!keep(id)) continue;
      let h = hits.get(id);
      if (!h) hits.set(id, (h = { id, words: 0, score: 0 }));
      h.words++;
      h.score += rarity * (1 + (names.has(id) ? 4 : 0) + (exact.has(id) ? 20 : short.has(id) ? 12 : 0));
      if (names.has(id)) inNames.set(id, (inNames.get(id) ?? 0) + 1);
    }
  }
  for (const h of hits.values()) {
    // A short title the query covers is more likely the page sought than a long one that mentions it.
    if (inNames.get(h.id) === groups.length) h.score += 2 * Math.min(1, queryLength / Math.max(1, table[h.id * 2 + 1]));
    if (table[h.id * 2] !== SEARCH_KINDS.indexOf('briefing')) h.score += ENTITY_BONUS;
  }
  const named = (h: Hit) => inNames.get(h.id) ?? 0;
  return [...hits.values()].sort((a, b) => b.words - a.words || named(b) - named(a) || b.score - a.score || a.id - b.id).map((h) => h.id);
}
