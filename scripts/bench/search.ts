// The search index of a built site: its files and bytes, and what each of a list of queries downloads.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SearchEngine } from '../../src/search/query.ts';
import type { MetaRecord, SearchManifest } from '../../src/search/format.ts';
import { walk } from './util.ts';

/** Words readers of any such site type; the first county's name and a two-word query are added. */
const WORDS = ['县域经济', '开发区', '工业园区', '经济技术开发区', '新能源', '百强', '高新区', '招商引资', '地区生产总值', '产业集群'];
/** Results a query shows at first (src/search/client.ts). */
const FIRST_PAGE = 20;

export interface SearchOutput {
  files: number;
  bytes: number;
  /** The search page's HTML, its style sheets and its script: what every query loads first. */
  pageBytes: number;
  queries: { query: string; results: number; bytes: number }[];
}

function attr(html: string, name: string): string {
  return new RegExp(`${name}="([^"]*)"`).exec(html)?.[1] ?? '';
}

export async function measureSearch(dist: string): Promise<SearchOutput | undefined> {
  const page = join(dist, 'search', 'index.html');
  if (!existsSync(page)) return undefined;
  const html = readFileSync(page, 'utf8');
  const manifest: SearchManifest = { version: attr(html, 'data-version'), docs: Number(attr(html, 'data-docs')), buckets: Number(attr(html, 'data-buckets')), nameBuckets: Number(attr(html, 'data-name-buckets')), shard: Number(attr(html, 'data-shard')) };
  const linked = [...html.matchAll(/(?:href|src)="\/?(_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]);
  const pageBytes = statSync(page).size + linked.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
  const idx = join(dist, 'search', 'idx');
  const files = walk(idx);

  const fetched = new Set<string>();
  const engine = () =>
    new SearchEngine(manifest, async (path) => {
      fetched.add(path);
      return new Uint8Array(gunzipSync(readFileSync(join(idx, path))));
    });
  const first = JSON.parse(gunzipSync(readFileSync(join(idx, 'm', '0.bin'))).toString('utf8')) as MetaRecord[];
  const county = first.find((r) => r[1] === 0)?.[2];
  const queries: SearchOutput['queries'] = [];
  for (const query of [...WORDS, ...(county ? [county, `${county} 新能源`] : [])]) {
    fetched.clear();
    const e = engine();
    const ids = await e.rank(query);
    await e.results(ids.slice(0, FIRST_PAGE));
    const bytes = [...fetched].reduce((n, p) => n + statSync(join(idx, p)).size, 0);
    queries.push({ query, results: ids.length, bytes: bytes + pageBytes });
  }
  return { files: files.length, bytes: files.reduce((n, f) => n + statSync(join(idx, f)).size, 0), pageBytes, queries };
}
