/** The edition's conversion threads: a thread that runs out of its bounded heap has its batch converted on the main thread. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runWorkers } from '../../scripts/edition.ts';
import type { ConvertBatch } from '../../scripts/edition-files.ts';
import { tempDir } from '../helpers/scratch.ts';

describe('conversion threads', () => {
  it('convert in threads, and again on the main thread when a thread runs out of memory', async () => {
    const dir = tempDir('edition-workers-');
    const page = (slug: string) => {
      mkdirSync(join(dir, slug), { recursive: true });
      writeFileSync(join(dir, slug, 'index.html'), `<!DOCTYPE html><html lang="zh-CN"><head><title>${slug}</title></head><body><p>发展经济，开发区</p></body></html>`);
      return { rel: `${slug}/index.html`, page: `${slug}/`, feed: false };
    };
    const batch = (slug: string): ConvertBatch => ({ dir, variant: 'tw', fixes: [], base: '/', origins: ['http://localhost:4321/'], jobs: [page(slug)] });
    const converted = (slug: string) => readFileSync(join(dir, 'zh-hant', slug, 'index.html'), 'utf8');
    // A normal bound: the threads convert.
    expect(await runWorkers([batch('a'), batch('b')])).toBe(0);
    expect(converted('a')).toContain('發展經濟，開發區');
    // 16 MB cannot hold OpenCC's dictionaries: every thread fails, and each batch is converted here.
    expect(await runWorkers([batch('c'), batch('d')], 16)).toBe(2);
    expect(converted('c')).toContain('發展經濟，開發區');
    expect(converted('d')).toContain('lang="zh-Hant"');
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
