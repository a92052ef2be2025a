/**
 * Converts the Simplified build's pages and feeds into the edition's folder: all of a batch
 * (convertFiles), or the jobs this thread claims from a queue shared with worker threads
 * (convertClaimed; scripts/edition.ts, edition-worker.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hantConverter, type NameFix } from '../src/edition/converter.ts';
import { convertFeed, convertHtml } from '../src/edition/document.ts';
import { EDITION_DIR, type Variant } from '../src/edition/paths.ts';

export interface ConvertJob {
  /** Path under the output folder: counties/x/index.html, counties/x/feed.xml. */
  rel: string;
  /** The document's own address under the base ("counties/x/"). */
  page: string;
  feed: boolean;
  /** Attributes the edition sets differently (the search page's index). */
  attributes?: Record<string, string>;
}

export interface ConvertBatch {
  dir: string;
  variant: Variant;
  fixes: readonly NameFix[];
  base: string;
  origins: string[];
  jobs: ConvertJob[];
}

function convertJob(batch: ConvertBatch, convert: (text: string) => string, job: ConvertJob): void {
  const source = readFileSync(join(batch.dir, job.rel), 'utf8');
  const ctx = { convert, variant: batch.variant, base: batch.base, origins: batch.origins, page: job.page, attributes: job.attributes };
  const target = join(batch.dir, EDITION_DIR, job.rel);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, job.feed ? convertFeed(source, ctx) : convertHtml(source, ctx));
}

export function convertFiles(batch: ConvertBatch): number {
  const convert = hantConverter(batch.variant, batch.fixes);
  for (const job of batch.jobs) convertJob(batch, convert, job);
  return batch.jobs.length;
}

/**
 * The queue threads share: `next` (one Int32) is the index of the next unclaimed job, and
 * `done` (one byte per job) is set once a job's file is written, so the jobs of a thread that
 * died can be found and converted again.
 */
export interface JobQueue {
  next: Int32Array;
  done: Uint8Array;
}

export function jobQueue(jobs: number): JobQueue {
  return { next: new Int32Array(new SharedArrayBuffer(4)), done: new Uint8Array(new SharedArrayBuffer(Math.max(jobs, 1))) };
}

/**
 * Claims jobs one at a time until none is left, so every thread works until the end whichever
 * started late. Returns how many this thread converted.
 */
export function convertClaimed(batch: ConvertBatch, queue: JobQueue): number {
  const convert = hantConverter(batch.variant, batch.fixes);
  let count = 0;
  for (let i = Atomics.add(queue.next, 0, 1); i < batch.jobs.length; i = Atomics.add(queue.next, 0, 1)) {
    convertJob(batch, convert, batch.jobs[i]);
    Atomics.store(queue.done, i, 1);
    count++;
  }
  return count;
}
