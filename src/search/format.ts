/**
 * The search index's files and records, shared by the builder and the search page.
 *
 * Under /search/idx/:
 *   docs.bin      per page, in page-number order: its kind and its title's length (for ranking
 *                 and the kind filter without fetching anything else)
 *   t/<n>.bin     word pairs and Latin words whose hash falls in file n: each with the pages
 *                 holding it in names (T) and anywhere (B)
 *   n/<n>.bin     the same for `=<name>` (pages with exactly that name or alias), `~<name>`
 *                 (that derived short name) and `#<facet>` (pages in a region or industry)
 *   m/<n>.bin     what a result shows (url, kind, title, place, summary) for pages
 *                 n·SHARD … n·SHARD+SHARD−1
 * Every file is gzipped by the builder and unzipped by the page (hosts need not compress).
 */

export const SEARCH_KINDS = ['county', 'park', 'region', 'industry', 'ranking', 'briefing'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What the result list calls each kind. */
export const KIND_LABELS: Record<SearchKind, string> = {
  county: '县',
  park: '园区',
  region: '区域',
  industry: '产业',
  ranking: '榜单',
  briefing: '简报',
};

/** One page as the index sees it (built from the model in src/model/views/search.ts). */
export interface SearchDoc {
  /** Site path, without the deploy base. */
  url: string;
  kind: SearchKind;
  title: string;
  /** Aliases the editor wrote: searched as names. */
  names: string[];
  /** Short forms derived from the name (short-names.ts) and the slug, for readers typing pinyin: searched as names, ranked below aliases. */
  shortNames: string[];
  /** Where it is, as shown under the title: 湖北省 · 宜昌市. */
  place: string;
  summary: string;
  /** The rest of what the page says that a reader may search for. */
  text: string;
  /** Filter keys: `r:<region slug>` for each region it lies in, `i:<industry slug>` for each industry. */
  facets: string[];
}

/** What the page needs to read the index: the counts that name its files. */
export interface SearchManifest {
  /** Changes with the content: appended to file requests so a browser never mixes two builds. */
  version: string;
  docs: number;
  /** Number of word files (t/) and of name and filter files (n/). */
  buckets: number;
  nameBuckets: number;
  shard: number;
}

/** One result as the page lists it: [url, kind index, title, place, summary]. */
export type MetaRecord = [string, number, string, string, string];

export const termFile = (bucket: number) => `t/${bucket}.bin`;
export const nameFile = (bucket: number) => `n/${bucket}.bin`;
export const metaFile = (shard: number) => `m/${shard}.bin`;
export const DOCS_FILE = 'docs.bin';

/** Key of the pages whose name or alias is exactly this text. */
export const exactKey = (text: string) => `=${text}`;
/** Key of the pages with a derived short name exactly this text. */
export const shortKey = (text: string) => `~${text}`;
/** Key of the pages in a filter (r:<region>, i:<industry>). */
export const facetKey = (facet: string) => `#${facet}`;
/** Exact names, short names and filters live in the n/ files; word pairs in t/. */
export const isNameKey = (key: string) => key[0] === '=' || key[0] === '~' || key[0] === '#';
/** The file that holds a key. */
export function keyFile(key: string, manifest: Pick<SearchManifest, 'buckets' | 'nameBuckets'>, hash: (key: string) => number): string {
  return isNameKey(key) ? nameFile(hash(key) % manifest.nameBuckets) : termFile(hash(key) % manifest.buckets);
}

/** The search form's attributes naming the index's files (the page's script reads them; the Traditional edition sets its own). */
export function manifestAttributes(m: SearchManifest): Record<string, string> {
  return { 'data-version': m.version, 'data-docs': String(m.docs), 'data-buckets': String(m.buckets), 'data-name-buckets': String(m.nameBuckets), 'data-shard': String(m.shard) };
}
