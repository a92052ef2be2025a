/**
 * The Traditional edition of a built site (src/edition/): every page and feed of the Simplified
 * build converted into <out>/zh-hant/, and the edition's own search index. Runs in the build
 * script after Astro and before the link check, so the check covers both editions.
 *
 * Converting is about 16 M characters a second on one core; at national scale that is most of
 * the step, so this thread shares it with worker threads through one queue of jobs (one thread
 * per core, up to four; no workers below 200 files), and a rebuild copies the edition's file
 * from the site being replaced wherever its Simplified file is byte for byte the same as last
 * time (a digest of each, kept in the build's cache folder with the converter's own key and the
 * output folder's path).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EDITION_DIR } from '../src/edition/paths.ts';
import { LOCAL_SITE } from '../src/lib/absolute.ts';
import { siteEdition } from '../src/model/edition.ts';
import { editionIndex } from './edition-index.ts';
import type { SiteModel } from '../src/model/types.ts';
import { manifestAttributes } from '../src/search/format.ts';
import { convertClaimed, convertFiles, jobQueue, type ConvertBatch, type ConvertJob } from './edition-files.ts';

const root = resolve(import.meta.dirname, '..');
/** Old-generation heap of a conversion thread, in MB: about twice what it holds live (dictionaries, the memo of short runs, a document). */
const WORKER_HEAP_MB = 224;

/** Below this many files, threads cost more than they save. */
const THREADED = 200;

export interface EditionOptions {
  /** The freshly built site, which gains zh-hant/. */
  dir: string;
  /** The site it replaces, whose edition files may be reused. */
  previous: string;
  /** The build's cache folder: the digests of the last conversion (edition.json) and the edition's search index. */
  cacheDir: string;
  model: SiteModel;
  base: string;
  siteUrl?: string;
}

export interface EditionResult {
  /** To save with saveDigests() once the site is in place. */
  digests: Digests;
  converted: number;
  reused: number;
  indexFiles: number;
  /** The search index was read back from the cache folder. */
  indexCached: boolean;
  /** Wall time of the whole step, and of the search index within it. */
  seconds: number;
  indexSeconds: number;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** The pages and feeds the edition mirrors, with their own addresses. */
function documents(dir: string): ConvertJob[] {
  const jobs: ConvertJob[] = [];
  for (const file of walk(dir)) {
    const rel = relative(dir, file).split(sep).join('/');
    // One 404 page serves every address of the host; the search index is built apart.
    if (rel === '404.html' || rel.startsWith(`${EDITION_DIR}/`) || rel.startsWith('search/idx/')) continue;
    if (rel.endsWith('.html')) jobs.push({ rel, page: rel.replace(/(^|\/)index\.html$/, '$1'), feed: false });
    else if (rel.endsWith('feed.xml')) jobs.push({ rel, page: rel, feed: true });
  }
  return jobs.sort((a, b) => (a.rel < b.rel ? -1 : 1));
}

/**
 * Converts the batch's jobs in this thread and in `workers` worker threads, each claiming the
 * next job from a shared queue until none is left, so no thread waits for another that started
 * late. When a thread fails, the others are stopped before failing, so none writes into a folder
 * being removed. A thread that runs out of its bounded heap (a very large page: the unpaginated
 * briefings index of a site with far more briefings than the national benchmark) stops; the
 * others go on, and any job it left unfinished is converted again here, where no bound is set.
 * Returns how many jobs this thread converted, and how many of them again.
 */
export async function convertShared(batch: ConvertBatch, workers: number, heapMb = WORKER_HEAP_MB): Promise<{ here: number; redone: number }> {
  // A worker holds OpenCC's dictionaries (about 50 MB) and one document at a time; left to
  // itself V8 lets a busy thread's heap grow several times that before collecting. The bound
  // keeps the threads' garbage from adding to the build's peak memory.
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  const queue = jobQueue(batch.jobs.length);
  const threads = Array.from({ length: workers }, () => new Worker(new URL('./edition-worker.ts', import.meta.url), { workerData: { batch, queue }, resourceLimits }));
  const runs = threads.map(
    (w) =>
      new Promise<void>((done, fail) => {
        let outOfMemory = false;
        w.once('message', () => done());
        w.once('error', (err: Error & { code?: string }) => {
          if (err.code !== 'ERR_WORKER_OUT_OF_MEMORY') return fail(err);
          outOfMemory = true;
          done();
        });
        w.once('exit', (code) => (code === 0 || outOfMemory ? done() : fail(new Error(`繁体版转换线程退出 edition worker exited with ${code}`))));
      }),
  );
  // This thread holds OpenCC's dictionaries already (nameFixes), and converting here is one
  // thread fewer, one heap fewer at the build's peak of memory (about 200 MB at national scale).
  let here = 0;
  let failed: { err: unknown } | undefined;
  try {
    here = convertClaimed(batch, queue);
  } catch (err) {
    failed = { err };
    Atomics.store(queue.next, 0, batch.jobs.length);
  }
  // Wait for the threads whatever happened here, so none is left writing into the folder.
  try {
    await Promise.all(runs);
  } catch (err) {
    await Promise.all(threads.map((w) => w.terminate()));
    throw failed ? failed.err : err;
  }
  if (failed) throw failed.err;
  const left = batch.jobs.filter((_, i) => queue.done[i] === 0);
  convertFiles({ ...batch, jobs: left });
  return { here: here + left.length, redone: left.length };
}

/**
 * The old site's copy as the new site's file: a hard link (the two folders sit side by side on
 * one file system, and the old one is removed after the swap, so nothing stays shared), or a
 * copy where links are not possible.
 */
function reuse(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Converts the jobs: in threads too when there are many, the largest first so the threads end together. */
async function convertAll(batch: Omit<ConvertBatch, 'jobs'>, jobs: ConvertJob[], sizes: Map<string, number>): Promise<void> {
  const workers = Math.min(availableParallelism(), 4) - 1;
  if (jobs.length < THREADED || workers < 1) {
    convertFiles({ ...batch, jobs });
    return;
  }
  const largestFirst = [...jobs].sort((a, b) => sizes.get(b.rel)! - sizes.get(a.rel)!);
  const { redone } = await convertShared({ ...batch, jobs: largestFirst }, workers);
  if (redone > 0) console.log(`繁体版 Traditional edition: ${redone} 个页面超出线程内存上限，已在主线程转换 pages over the threads' memory bound, converted on the main thread`);
}

/** The digest of each Simplified file whose Traditional copy the output folder holds, under the converter's key. */
export interface Digests {
  key: string;
  files: Record<string, string>;
}

/**
 * Saves the digests once the new site is in place (scripts/build.ts, after the swap): saved any
 * earlier, a build stopped by the link check would leave digests of files the output does not hold.
 */
export function saveDigests(cacheDir: string, digests: Digests): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, DIGESTS), JSON.stringify(digests));
}

const DIGESTS = 'edition.json';

function readDigests(file: string): Digests {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Digests;
  } catch {
    return { key: '', files: {} };
  }
}

export async function writeEdition(o: EditionOptions): Promise<EditionResult | undefined> {
  const started = performance.now();
  const edition = siteEdition(o.model);
  if (!edition) return undefined;
  const origins = [new URL(o.base, o.siteUrl || LOCAL_SITE).href];
  const batch = { dir: o.dir, variant: edition.variant, fixes: edition.fixes, base: o.base, origins };
  // Everything a converted file depends on besides its Simplified source.
  const code = ['src/edition/converter.ts', 'src/edition/document.ts', 'src/edition/paths.ts', 'scripts/edition-files.ts', 'package-lock.json'].map((f) => readFileSync(join(root, f), 'utf8'));
  // The output folder too: the copies reused are that folder's.
  const key = createHash('sha256').update(JSON.stringify([batch.variant, batch.fixes, o.base, origins, resolve(o.previous), code])).digest('base64url');
  const last = readDigests(join(o.cacheDir, DIGESTS));
  const digests: Digests = { key, files: {} };

  const jobs: ConvertJob[] = [];
  const sizes = new Map<string, number>();
  let reused = 0;
  const made = new Set<string>();
  for (const job of documents(o.dir)) {
    const bytes = readFileSync(join(o.dir, job.rel));
    const digest = createHash('sha256').update(bytes).digest('base64url');
    digests.files[job.rel] = digest;
    const before = join(o.previous, EDITION_DIR, job.rel);
    // The search page's index attributes are the edition index's, decided below: always converted.
    if (job.rel !== 'search/index.html' && last.key === key && last.files[job.rel] === digest && existsSync(before)) {
      const target = join(o.dir, EDITION_DIR, job.rel);
      if (!made.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
      made.add(dirname(target));
      reuse(before, target);
      reused++;
    } else if (job.rel !== 'search/index.html') {
      jobs.push(job);
      sizes.set(job.rel, bytes.length);
    }
  }
  // The pages first, then the edition's search index: side by side, the conversion threads and
  // the index were the build's peak of memory (about 600 MB above the pages' step at national
  // scale), and on two cores they only took turns.
  await convertAll(batch, jobs, sizes);

  // The edition's search index, and the search page that names its files.
  const indexStarted = performance.now();
  mkdirSync(o.cacheDir, { recursive: true });
  const { index, cached } = editionIndex(o.model, edition, join(o.cacheDir, 'edition-index.bin'));
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  for (const [path, bytes] of index.files) {
    const target = join(o.dir, EDITION_DIR, 'search', 'idx', path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  if (existsSync(join(o.dir, 'search', 'index.html'))) {
    convertFiles({ ...batch, jobs: [{ rel: 'search/index.html', page: 'search/', feed: false, attributes: manifestAttributes(index.manifest) }] });
  }
  return {
    digests,
    converted: jobs.length + 1,
    reused,
    indexFiles: index.files.size,
    indexCached: cached,
    seconds: (performance.now() - started) / 1000,
    indexSeconds,
  };
}
