/**
 * Incremental builds: after an edit, a rebuild reuses the pages whose view and body did not
 * change, re-renders the rest, and gives exactly the bytes of a clean full build.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_FILES, writeContent } from '../helpers/content.ts';
import { cleanUp, filesUnder, root, tempDir } from '../helpers/built-site.ts';

afterAll(cleanUp);

function build(contentDir: string, out: string): string {
  return execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: out, CI: 'true', SITE_BASE: '' }, encoding: 'utf8' });
}

describe('an incremental rebuild', () => {
  it('re-renders what an edit changes and matches a clean build byte for byte', () => {
    const content = writeContent({});
    const out = join(tempDir('incremental-'), 'dist');
    build(content, out);

    // One sentence of a briefing's body, and one figure of a county (its page, its region's,
    // the ranking's and the briefing's "本文数据" do not change; the county page does).
    const briefing = join(content, 'briefings/lianghui.md');
    writeFileSync(briefing, readFileSync(briefing, 'utf8').replace('合力打造集聚区。', '合力打造集聚区，共同谋划发展。'));
    const county = join(content, 'counties/zhijiang.md');
    writeFileSync(county, BASE_FILES['counties/zhijiang.md'].replace('gdp: { 2021: 740.1 }', 'gdp: { 2021: 741.5 }'));
    // First a build the link check stops (a broken link in a body): it converted the edited
    // pages' Traditional copies too, and the next build must not take the old site's for them.
    const yidu = join(content, 'counties/yidu.md');
    writeFileSync(yidu, `${BASE_FILES['counties/yidu.md']}\n另见[松滋市](/counties/songzi/)。\n`);
    expect(() => build(content, out)).toThrow();
    writeFileSync(yidu, BASE_FILES['counties/yidu.md']);
    const log = build(content, out);
    const reuse = /沿用上次生成的 (\d+) 页 reused \d+ of (\d+) keyed pages/.exec(log);
    expect(reuse, log).not.toBeNull();
    const [reusedPages, keyed] = [Number(reuse![1]), Number(reuse![2])];
    expect(reusedPages).toBeGreaterThan(0);
    expect(reusedPages).toBeLessThan(keyed);
    // The Traditional edition reuses the old site's copies of unchanged pages only.
    const edition = /Traditional edition: (\d+) \S+ converted, (\d+) \S+ reused/.exec(log);
    expect(edition, log).not.toBeNull();
    expect(Number(edition![2])).toBeGreaterThan(0);
    expect(Number(edition![1])).toBeGreaterThan(3);

    const clean = tempDir('incremental-clean-');
    cpSync(content, join(clean, 'content'), { recursive: true });
    const cleanOut = join(clean, 'dist');
    build(join(clean, 'content'), cleanOut);

    const files = filesUnder(out);
    expect(files).toEqual(filesUnder(cleanOut));
    for (const f of files) expect(readFileSync(join(out, f)).equals(readFileSync(join(cleanOut, f))), f).toBe(true);
    expect(readFileSync(join(out, 'briefings/lianghui/index.html'), 'utf8')).toContain('共同谋划发展');
    expect(readFileSync(join(out, 'counties/zhijiang/index.html'), 'utf8')).toContain('741.5');
    expect(readFileSync(join(out, 'zh-hant/counties/zhijiang/index.html'), 'utf8')).toContain('741.5');
    expect(readFileSync(join(out, 'zh-hant/briefings/lianghui/index.html'), 'utf8')).toContain('共同謀劃發展');
  }, 300_000);
});
