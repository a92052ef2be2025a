/**
 * scripts/serve-static.ts answers like a strict static host: content types (CSV, SVG),
 * the site's Content-Security-Policy, directory redirects, 404 page, no way out of the folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP, serveStatic } from '../../scripts/serve-static.ts';
import type { StaticServer } from '../../scripts/serve-static.ts';
import { CSP_HEADER, CSP_META } from '../../src/lib/csp.ts';
import { tempDir } from '../helpers/scratch.ts';

let server: StaticServer;

beforeAll(async () => {
  const dir = tempDir('serve-');
  mkdirSync(join(dir, 'counties', 'zhijiang'), { recursive: true });
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>missing</title>');
  writeFileSync(join(dir, 'counties', 'zhijiang', 'index.html'), '<!doctype html><title>枝江</title>');
  writeFileSync(join(dir, 'data', 'observations.csv'), '\ufeffplace,value\r\n');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  server = await serveStatic(dir, { base: '/sub/' });
});
afterAll(() => server.close());

const get = (path: string) => fetch(new URL(path, server.origin), { redirect: 'manual' });

describe('serve-static', () => {
  it('listens on 127.0.0.1 with a free port under the base', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sub\/$/);
  });

  it('sends content types and the Content-Security-Policy', async () => {
    const cases: [string, string][] = [['/sub/', 'text/html; charset=utf-8'], ['/sub/data/observations.csv', 'text/csv; charset=utf-8'], ['/sub/favicon.svg', 'image/svg+xml']];
    for (const [path, type] of cases) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-type'), path).toBe(type);
      expect(r.headers.get('content-security-policy'), path).toBe(CSP);
    }
    expect(CSP).toContain("style-src 'self';");
    expect(CSP).toContain("frame-ancestors 'none'");
  });

  it('serves directory pages and redirects to the trailing slash', async () => {
    expect(await (await get('/sub/counties/zhijiang/')).text()).toContain('枝江');
    const r = await get('/sub/counties/zhijiang');
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/sub/counties/zhijiang/');
  });

  it('answers 404 with the 404 page outside the base, for unknown paths and for escapes', async () => {
    for (const path of ['/counties/zhijiang/', '/sub/nope/', '/sub/%2e%2e/%2e%2e/etc/passwd', '/subway/']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(await r.text(), path).toContain('missing');
    }
  });
});

describe('one Content-Security-Policy', () => {
  it('the static server and docs/DEPLOY.md send the one definition (the layout: tests/site/escaping.test.ts)', () => {
    const root = join(import.meta.dirname, '../..');
    expect(CSP).toBe(CSP_HEADER);
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`);
    const deploy = readFileSync(join(root, 'docs/DEPLOY.md'), 'utf8');
    const stated = [...deploy.matchAll(/Content-Security-Policy:? "?([^"\n]+)"?/g)].map((m) => m[1].trim());
    expect(stated.length).toBeGreaterThan(0);
    for (const policy of stated) expect(policy).toBe(CSP_HEADER);
  });
});
