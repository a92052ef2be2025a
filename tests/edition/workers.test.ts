/**
 * The edition's conversion threads share one queue of jobs with the build's thread; a thread
 * that runs out of its bounded heap leaves its jobs to the others and to the build's thread.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertShared } from '../../scripts/edition.ts';
import type { ConvertBatch } from '../../scripts/edition-files.ts';
import { tempDir } from '../helpers/scratch.ts';

describe('conversion threads', () => {
  it('convert every job once between the threads, and all of them here when every thread runs out of memory', async () => {
    const dir = tempDir('edition-workers-');
    const page = (slug: string) => {
      mkdirSync(join(dir, slug), { recursive: true });
      writeFileSync(join(dir, slug, 'index.html'), `<!DOCTYPE html><html lang="zh-CN"><head><title>${slug}</title></head><body><p>发展经济，开发区${'。'.repeat(2000)}</p></body></html>`);
      return { rel: `${slug}/index.html`, page: `${slug}/`, feed: false };
    };
    const batch = (slugs: string[]): ConvertBatch => ({ dir, variant: 'tw', fixes: [], base: '/', origins: ['http://localhost:4321/'], jobs: slugs.map(page) });
    const converted = (slug: string) => readFileSync(join(dir, 'zh-hant', slug, 'index.html'), 'utf8');
    const many = Array.from({ length: 300 }, (_, i) => `p${i}`);
    // A normal bound: this thread and two others convert; every page is written.
    const shared = await convertShared(batch(many), 2);
    expect(shared.redone).toBe(0);
    for (const slug of many) expect(converted(slug)).toContain('發展經濟，開發區');
    // 16 MB cannot hold OpenCC's dictionaries: the threads stop, and this thread converts every page.
    const alone = await convertShared(batch(['c', 'd']), 2, 16);
    expect(alone.here).toBe(2);
    expect(converted('c')).toContain('發展經濟，開發區');
    expect(converted('d')).toContain('lang="zh-Hant"');
  }, 60_000);
});
