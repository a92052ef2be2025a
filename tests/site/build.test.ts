/**
 * Builds the example site with the real build script and checks that every
 * seed entity has its page, linked to its region, industries and briefings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SEED_ENTITIES } from '../seed-entities.ts';
import { loadContentDir } from '../../src/model/index.ts';

const root = resolve(import.meta.dirname, '../..');
const out = join(mkdtempSync(join(tmpdir(), 'site-')), 'dist');
const site = loadContentDir(join(root, 'content'));
const model = site.model;

function page(url: string): string {
  const file = join(out, url, 'index.html');
  expect(existsSync(file), `${url} was not built`).toBe(true);
  return readFileSync(file, 'utf8');
}

/** Every content file with its bytes, to show that building never changes what editors wrote. */
function snapshotContent(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(p, createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}
const contentBefore = snapshotContent(join(root, 'content'));

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, env: { ...process.env, OUT_DIR: out, CI: 'true' }, stdio: 'pipe' });
}, 300_000);

describe('the example site', () => {
  it('has valid content', () => {
    expect(site.errors).toEqual([]);
  });

  it('leaves every content file as it was', () => {
    execFileSync(process.execPath, ['scripts/check.ts'], { cwd: root, stdio: 'pipe' });
    expect(snapshotContent(join(root, 'content'))).toEqual(contentBefore);
  });

  it('keeps every seed entity', () => {
    for (const [folder, slugs] of Object.entries(SEED_ENTITIES)) {
      for (const slug of slugs) expect(existsSync(join(out, folder, slug, 'index.html')), `${folder}/${slug}`).toBe(true);
    }
  });

  it('links each place to its region, industries and briefings', () => {
    for (const place of model.places.values()) {
      const html = page(place.url);
      if (place.parent) expect(html, `${place.url} → parent`).toContain(`href="${model.places.get(place.parent)!.url}"`);
      for (const i of place.industries) expect(html, `${place.url} → ${i}`).toContain(`href="/industries/${i}/"`);
      for (const b of place.briefings) expect(html, `${place.url} → ${b.slug}`).toContain(`href="/briefings/${b.slug}/"`);
    }
  });

  it('links each briefing to its subjects and industries', () => {
    for (const b of model.briefings) {
      const html = page(b.url);
      for (const s of b.subjects) expect(html).toContain(`href="${model.places.get(s)!.url}"`);
      for (const i of b.industries) expect(html).toContain(`href="/industries/${i}/"`);
    }
  });

  it('has index pages and the home page', () => {
    for (const url of ['/', '/counties/', '/parks/', '/regions/', '/industries/', '/rankings/', '/briefings/']) {
      expect(page(url)).toContain('<html lang="zh-CN">');
    }
  });

  it('publishes every figure in observations.csv', () => {
    const csv = readFileSync(join(out, 'data', 'observations.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + model.observations.length + model.rankEntries.length);
    const rows = new Set(lines.slice(1));
    for (const o of model.observations) {
      const m = model.metrics.get(o.metric)!;
      expect(rows, `${o.place} ${o.metric} ${o.period}`).toContain([o.place, model.places.get(o.place)!.name, o.metric, m.name, o.period, String(o.value), m.unit, o.source.briefing ?? ''].join(','));
    }
    for (const r of model.rankEntries) {
      expect(rows).toContain([r.place, model.places.get(r.place)!.name, `ranking:${r.ranking}`, model.rankings.get(r.ranking)!.name, String(r.year), String(r.rank), '位', r.source.briefing ?? ''].join(','));
    }
  });
});

describe('charts on the example site', () => {
  it('each has a title, an SVG with its own title, a summary, a data table and a CSV', () => {
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (name === 'index.html') pages.push(p);
      }
    };
    walk(out);
    let charts = 0;
    const kinds = new Set<string>();
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<figure class="chart" id="([^"]+)">([\s\S]*?)<\/figure>/g)) {
        charts++;
        const [, id, body] = m;
        expect(body, id).toMatch(/<figcaption class="chart-title">[^<]+<\/figcaption>/);
        expect(body, id).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"/);
        expect(body, id).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
        expect(body, id).toMatch(/<p class="chart-summary">[^<]{10,}<\/p>/);
        expect(body, id).toMatch(/<details class="chart-data">[\s\S]*<table>[\s\S]*<tbody><tr>/);
        expect(existsSync(join(out, 'data', 'charts', `${id}.csv`)), `${id}.csv`).toBe(true);
        kinds.add(/class="chart-svg chart-([a-z-]+)"/.exec(body)![1]);
      }
    }
    expect(charts).toBeGreaterThan(10);
    // The kinds whose data the seed documents contain.
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['projects', 'rank-trajectory', 'target-progress']));
  });
});
