/**
 * Builds the example site with the real build script and checks that every
 * seed entity has its page, linked to its region, industries and briefings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_ENTITIES } from '../seed-entities.ts';
import { SEED_FIGURES } from '../seed-figures.ts';
import { formatPeriod } from '../../src/format/date.ts';
import { loadContentDir } from '../../src/model/index.ts';
import { EXAMPLE_CONTENT, root, sharedBuild } from '../helpers/built-site.ts';

/** The shared, read-only build of content/ (tests/helpers/built-site.ts). */
let out: string;
const site = loadContentDir(EXAMPLE_CONTENT);
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

beforeAll(async () => {
  // sharedBuild() also fails when the content changed while it was built.
  out = (await sharedBuild({ contentDir: EXAMPLE_CONTENT })).dir;
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

  it('has the editors\' guide at /help/, the same text as docs/编辑手册.md, its example names not linked', () => {
    const help = page('/help/');
    expect(help).toContain('<h1 id="编辑手册">编辑手册</h1>');
    expect(help).toContain('npm run import:csv');
    expect(help).not.toContain('class="mention"');
    expect(page('/')).toContain('href="/help/">编辑手册</a>');
  });

  it('publishes every figure in observations.csv', () => {
    const csv = readFileSync(join(out, 'data', 'observations.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + model.observations.length + model.rankEntries.length + model.rankChanges.length);
    const rows = new Set(lines.slice(1));
    const note = (q: string | undefined, n: string | undefined) => [q, n].filter(Boolean).join('；');
    for (const o of model.observations) {
      const m = model.metrics.get(o.metric)!;
      expect(rows, `${o.place} ${o.metric} ${o.period}`).toContain([o.place, model.places.get(o.place)!.name, o.metric, m.name, o.period, String(o.value), m.unit, o.source.briefing ?? '', note(o.stated?.qualifier, o.note)].join(','));
    }
    for (const r of model.rankEntries) {
      expect(rows).toContain([r.place, model.places.get(r.place)!.name, `ranking:${r.ranking}`, model.rankings.get(r.ranking)!.name, String(r.year), String(r.rank), '位', r.source.briefing ?? '', note(undefined, r.note)].join(','));
    }
  });

  it('publishes the data dictionary, one row per metric, beside observations.csv and model.json', () => {
    const lines = readFileSync(join(out, 'data', 'metrics.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('\ufeffkey,name,unit,description');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([...model.metrics.keys()]);
    expect(JSON.parse(readFileSync(join(out, 'data', 'model.json'), 'utf8')).places).toHaveLength(model.places.size);
  });
});

/** The text of each table row and card of a page, tags removed. */
function rowsOf(html: string): string[] {
  return html
    .split(/<tr[ >]|<li[ >]/)
    .slice(1)
    .map((chunk) => chunk.replace(/<\/(tr|li)>[^]*$/, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').replace(/&amp;/g, '&'));
}

describe('sources, notes and mentions on pages', () => {
  it('a source mark has a short accessible name (来源1) and each page lists every full title once', () => {
    for (const p of model.places.values()) {
      const html = page(p.url);
      const marks = [...html.matchAll(/<a class="src"[^>]*>([^]*?)<\/a>/g)];
      for (const [tag, text] of marks) {
        expect(tag, `${p.url}: no title read after every figure`).not.toContain('title=');
        expect(text.replace(/<[^>]+>/g, ''), p.url).toMatch(/^(来源|资料)\d+$/);
      }
      if (marks.length > 0) expect(html, p.url).toContain('id="refs-h"');
    }
  });

  it('a rank change shows on its ranking\'s page, with the place and the movement in words', () => {
    expect(model.rankChanges.length).toBeGreaterThan(0);
    for (const c of model.rankChanges) {
      const rows = rowsOf(page(model.rankings.get(c.ranking)!.url)).filter((r) => r.includes(model.places.get(c.place)!.name));
      expect(rows.some((r) => r.includes(c.change > 0 ? `上升${c.change}位` : `下降${-c.change}位`)), `${c.ranking} ${c.place}`).toBe(true);
    }
  });

  it('a place a briefing mentions is the place its body links, and the other way round', () => {
    for (const b of model.briefings) {
      const html = page(b.url);
      const prose = html.slice(html.indexOf('class="prose"'));
      const linked = new Set([...prose.matchAll(/<a href="([^"]+)" class="mention">/g)].map((m) => m[1]));
      const linkedPlaces = [...model.places.values()].filter((p) => linked.has(p.url) && !b.subjects.includes(p.slug)).map((p) => p.slug).sort();
      expect(linkedPlaces, b.slug).toEqual(b.mentions);
    }
  });
});

describe('every seed figure, as its source states it', () => {
  const csvRows = () => readFileSync(join(out, 'data', 'observations.csv'), 'utf8').slice(1).trim().split('\r\n').slice(1).map((l) => l.split(','));

  it('the list quotes each seed exactly', () => {
    const seeds = new Map(readdirSync(join(root, '../shared/seeds')).map((f) => [f.slice(0, 3), readFileSync(join(root, '../shared/seeds', f), 'utf8')]));
    for (const f of SEED_FIGURES) expect(seeds.get(f.seed), `${f.seed}: ${f.sentence}`).toContain(f.sentence);
  });

  it('each figure appears on its place\'s page with its qualifier, in a row with its period', () => {
    for (const f of SEED_FIGURES) {
      const html = page(model.places.get(f.place)!.url);
      const rows = rowsOf(html).filter((r) => r.includes(f.shown));
      expect(rows.length, `${f.place}: “${f.shown}” (${f.sentence})`).toBeGreaterThan(0);
      if (f.period) expect(rows.some((r) => r.includes(formatPeriod(f.period!))), `${f.place}: “${f.shown}” with ${f.period}`).toBe(true);
      if (f.note) expect(html, `${f.place}: note of “${f.shown}”`).toContain(f.note);
    }
  });

  it('each observation, rank and rank change is a row of observations.csv with its note', () => {
    const rows = csvRows();
    for (const f of SEED_FIGURES) {
      if (!f.csv) continue;
      const row = rows.find((r) => r[0] === f.place && r[2] === f.csv!.indicator && r[4] === f.csv!.period);
      expect(row, `${f.place} ${f.csv.indicator} ${f.csv.period}`).toBeDefined();
      expect([Number(row![5]), row![6], row![8]], `${f.place} ${f.csv.indicator} ${f.csv.period}`).toEqual([f.csv.value, f.csv.unit, f.csv.note]);
    }
  });

  it('nothing the sources do not state is shown as fact: no park level without a source, no inferred year without a note', () => {
    for (const p of model.parks) {
      if (!p.level) expect(page(p.url)).toContain('级别未注明');
    }
    // The undated seed 002 says what its date rests on, beside the date.
    const seed002 = model.briefingBySlug.get('shanxi-taixin-kaifaqu-yiqun-liangqu-sanquan');
    expect(seed002?.dateNote).toBeTruthy();
    expect(page(seed002!.url)).toContain(seed002!.dateNote!);
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
        expect(body, id).toMatch(/<figcaption class="chart-title"[^>]*>[^<]+<\/figcaption>/);
        expect(body, id).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"/);
        // Named and described by its own caption and summary.
        expect(body, id).toMatch(new RegExp(`<svg[^>]*aria-labelledby="${id}-title" aria-describedby="${id}-desc"`));
        expect(body, id).toMatch(new RegExp(`<figcaption class="chart-title" id="${id}-title">`));
        expect(body, id).toMatch(new RegExp(`<p class="chart-summary" id="${id}-desc">`));
        expect(body, id).toMatch(/<p class="chart-summary"[^>]*>[^<]{10,}<\/p>/);
        // Its data as a table: one click away, or a link to the page's own table holding it.
        const tableAt = /<p class="chart-data-link">[^<]*<a href="#([^"]+)">/.exec(body)?.[1];
        if (tableAt) expect(readFileSync(file, 'utf8'), id).toMatch(new RegExp(`<h2 id="${tableAt}">[^<]+</h2>[\\s\\S]*?<table`));
        else expect(body, id).toMatch(/<details class="chart-data">[\s\S]*<table>[\s\S]*<tbody><tr>/);
        // One data download per page, holding every chart of the page by its title: linked in the
        // figure (a chart placed in a briefing's text) or once after the page's charts section.
        const csv = /<p class="chart-csv"><a href="([^"]+)" download>/.exec(body)?.[1] ?? /<section class="charts"[^]*?<\/figure><p class="chart-csv"><a href="([^"]+)" download>/.exec(html)?.[1];
        // The Traditional edition's pages link the site's one set of data downloads.
        const pageUrl = `/${file.slice(out.length + 1).replace(/index\.html$/, '').replace(/^zh-hant\//, '')}`;
        expect(csv, id).toBe(`/data${pageUrl.replace(/\/$/, '')}.csv`);
        const title = /<figcaption class="chart-title"[^>]*>([^<]+)<\/figcaption>/.exec(body)![1].replaceAll('&amp;', '&');
        // (in Simplified: the Traditional page's titles are converted, the download is not)
        if (!file.slice(out.length + 1).startsWith('zh-hant/')) expect(readFileSync(join(out, csv!), 'utf8'), `${id} in ${csv}`).toContain(title.includes(',') ? `"${title}"` : title);
        kinds.add(/class="chart-svg chart-([a-z-]+)"/.exec(body)![1]);
      }
    }
    expect(charts).toBeGreaterThan(10);
    // The kinds whose data the seed documents contain.
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['projects', 'rank-trajectory', 'target-progress']));
  });
});
