/**
 * A content folder written only to CONTENT-FORMAT.md (not the example one)
 * builds into a working site, and a failed build keeps the previous site.
 * The first site is the shared build of that content (tests/helpers/built-site.ts),
 * copied to a folder of this file's own before the builds that must keep it.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_FILES, writeContent } from '../helpers/content.ts';
import { root, sharedBuild } from '../helpers/built-site.ts';
import { tempDir } from '../helpers/scratch.ts';

function build(contentDir: string, out: string) {
  return spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: out, CI: 'true' }, encoding: 'utf8' });
}

describe('another content folder', () => {
  // Two squares as boundaries, so the region map can be drawn.
  const square = (x: number, adcode: string) => ({ type: 'Feature', properties: { adcode }, geometry: { type: 'Polygon', coordinates: [[[x, 30], [x + 0.5, 30], [x + 0.5, 30.5], [x, 30.5], [x, 30]]] } });
  const content = writeContent({
    'counties/yidu.md': BASE_FILES['counties/yidu.md'].replace('region: yichang', 'region: yichang\nadcode: "420581"\nmetrics:\n  gdp: { 2021: 600 }'),
    'boundaries/yichang.geojson': JSON.stringify({ type: 'FeatureCollection', features: [square(111, '420583'), square(111.5, '420581')] }),
  });
  const out = join(tempDir('site-'), 'dist');

  it('builds every page the format lists', async () => {
    // Throws with the build's output when the build fails.
    const shared = await sharedBuild({ contentDir: content });
    // The previous site that the failing builds below must keep: a copy, the shared one is read-only.
    cpSync(shared.dir, out, { recursive: true });
    for (const url of ['', 'counties', 'parks', 'regions', 'industries', 'rankings', 'briefings', 'counties/zhijiang', 'counties/yidu', 'parks/yaojiagang', 'regions/hubei', 'regions/yichang', 'regions/dangzhisongyi', 'industries/new-energy', 'industries/new-energy-batteries', 'rankings/county-top100', 'briefings/lianghui']) {
      expect(existsSync(join(out, url, 'index.html')), url).toBe(true);
    }
    const zhijiang = readFileSync(join(out, 'counties/zhijiang/index.html'), 'utf8');
    expect(zhijiang).toContain('湖北省');
    expect(zhijiang).toContain('第98位');
    expect(zhijiang).toContain('740.1亿元');
    // Charts where the data supports them: GDP over two years, members compared, the region map.
    expect(zhijiang).toMatch(/class="chart-svg chart-indicator-time"/);
    const yichang = readFileSync(join(out, 'regions/yichang/index.html'), 'utf8');
    expect(yichang).toMatch(/class="chart-svg chart-comparison"/);
    expect(yichang).toMatch(/class="chart-svg chart-region-map"/);
    // A region without boundaries shows no map.
    expect(readFileSync(join(out, 'regions/hubei/index.html'), 'utf8')).not.toContain('chart-region-map');
    // The briefing links the first mention of a known place in its text.
    const briefing = readFileSync(join(out, 'briefings/lianghui/index.html'), 'utf8');
    expect(briefing).toMatch(/<a href="\/counties\/yidu\/" class="mention">宜都<\/a>/);
  }, 300_000);

  it('writes the Traditional edition in Hong Kong characters with traditional: hk, and none with traditional: none', async () => {
    const hk = await sharedBuild({ contentDir: writeContent({ 'site.yaml': 'traditional: hk\n' }) });
    const page = readFileSync(join(hk.dir, 'zh-hant/counties/zhijiang/index.html'), 'utf8');
    expect(page).toContain('<html lang="zh-Hant">');
    expect(page).toContain('<meta property="og:locale" content="zh_HK">');
    expect(page).toContain('湖北省');
    expect(page).toContain('縣');
    expect(readFileSync(join(hk.dir, 'zh-hant/feed.xml'), 'utf8')).toContain('<language>zh-hk</language>');

    const none = await sharedBuild({ contentDir: writeContent({ 'site.yaml': 'traditional: none\n' }) });
    expect(existsSync(join(none.dir, 'zh-hant'))).toBe(false);
    const simplified = readFileSync(join(none.dir, 'counties/zhijiang/index.html'), 'utf8');
    expect(simplified).not.toContain('edition-switch');
    expect(simplified).not.toContain('hreflang');
  }, 300_000);

  it('stops on a content error, names file and field, and keeps the previous site', () => {
    const marker = join(out, 'index.html');
    const before = readFileSync(marker, 'utf8');
    writeFileSync(join(content, 'counties/yidu.md'), BASE_FILES['counties/yidu.md'].replace('region: yichang', 'region: yichan'));
    const r = build(content, out);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('counties/yidu.md');
    expect(r.stdout).toContain('region: 找不到区域“yichan”');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(readFileSync(marker, 'utf8')).toBe(before);
  }, 300_000);

  it('refuses to publish a broken internal link written in a body, keeping the previous site', () => {
    const marker = join(out, 'index.html');
    const before = readFileSync(marker, 'utf8');
    writeFileSync(join(content, 'counties/yidu.md'), BASE_FILES['counties/yidu.md']);
    writeFileSync(join(content, 'briefings/lianghui.md'), `${BASE_FILES['briefings/lianghui.md']}\n另见[松滋市](/counties/songzi/)。\n`);
    const r = build(content, out);
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toContain('/briefings/lianghui/');
    expect(r.stderr).toContain('/counties/songzi/');
    expect(readFileSync(marker, 'utf8')).toBe(before);
  }, 300_000);

  it('renders each content folder from its own files when two folders share slugs', () => {
    const a = writeContent({ 'counties/yidu.md': `${BASE_FILES['counties/yidu.md']}甲文件的概况。\n` });
    const b = writeContent({ 'counties/yidu.md': `${BASE_FILES['counties/yidu.md']}乙文件的概况。\n` });
    const outA = join(tempDir('site-'), 'dist');
    const outB = join(tempDir('site-'), 'dist');
    expect(build(a, outA).status).toBe(0);
    const second = build(b, outB);
    expect(second.status).toBe(0);
    // Astro's content store must not carry the first folder's entries into the second build.
    expect(second.stdout + second.stderr).not.toContain('same slug');
    const yiduB = readFileSync(join(outB, 'counties/yidu/index.html'), 'utf8');
    expect(yiduB).toContain('乙文件的概况');
    expect(yiduB).not.toContain('甲文件的概况');
  }, 300_000);

  it('links a newly known name in a briefing whose file did not change', () => {
    const dir = writeContent({});
    const o = join(tempDir('site-'), 'dist');
    expect(build(dir, o).status).toBe(0);
    expect(readFileSync(join(o, 'briefings/lianghui/index.html'), 'utf8')).not.toContain('href="/counties/dangyang/"');
    writeFileSync(join(dir, 'counties/dangyang.md'), '---\nname: 当阳市\naliases: [当阳]\ntype: 县级市\nregion: yichang\n---\n');
    expect(build(dir, o).status).toBe(0);
    expect(readFileSync(join(o, 'briefings/lianghui/index.html'), 'utf8')).toContain('<a href="/counties/dangyang/" class="mention">当阳</a>');
  }, 300_000);
});
