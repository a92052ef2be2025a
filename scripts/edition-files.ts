/**
 * Converts a batch of the Simplified build's pages and feeds into the edition's folder: the
 * work scripts/edition.ts hands to each worker thread (edition-worker.ts), or does itself when
 * there are few.
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

export function convertFiles(batch: ConvertBatch): number {
  const convert = hantConverter(batch.variant, batch.fixes);
  for (const job of batch.jobs) {
    const source = readFileSync(join(batch.dir, job.rel), 'utf8');
    const ctx = { convert, variant: batch.variant, base: batch.base, origins: batch.origins, page: job.page, attributes: job.attributes };
    const target = join(batch.dir, EDITION_DIR, job.rel);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, job.feed ? convertFeed(source, ctx) : convertHtml(source, ctx));
  }
  return batch.jobs.length;
}
