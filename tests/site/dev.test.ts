/**
 * `npm run dev` as an editor uses it: a draft shows, marked 草稿, and a content mistake names the
 * editor's file, line, field and fix in the terminal, with no trace through the generator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { root, tempDir } from '../helpers/built-site.ts';

const content = join(tempDir('dev-'), 'content');
let server: ChildProcess;
let log = '';
let origin = '';

beforeAll(async () => {
  cpSync(join(root, 'content'), content, { recursive: true });
  writeFileSync(join(content, 'briefings', 'kaigong.md'), '---\ntitle: 枝江新材料产业园开工\ndate: 2024-03-01\nsubjects: [zhijiang]\ndraft: true\n---\n枝江新材料产业园开工。\n');
  const astro = realpathSync(join(root, 'node_modules', '.bin', 'astro'));
  // Without what vitest exports (MODE, BASE_URL, VITEST …), which Vite and Astro would take over.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST'].includes(k) && !k.startsWith('VITEST')));
  server = spawn(process.execPath, [astro, 'dev', '--port', '0'], { cwd: root, env: { ...env, CONTENT_DIR: content, NODE_ENV: 'development', FORCE_COLOR: '0', NO_COLOR: '1' } });
  // Colours stripped: the test reads the terminal's words.
  const add = (b: Buffer) => (log += String(b).replace(/\x1b\[[0-9;]*m/g, ''));
  server.stdout!.on('data', add);
  server.stderr!.on('data', add);
  for (let waited = 0; !origin && waited < 60_000; waited += 200) {
    origin = /Local\s+(http:\/\/localhost:\d+)\//.exec(log)?.[1] ?? '';
    await sleep(200);
  }
  if (!origin) throw new Error(`the dev server did not start:\n${log}`);
}, 90_000);
afterAll(() => {
  server?.kill();
});

const get = async (path: string) => {
  const res = await fetch(origin + path);
  return { status: res.status, text: await res.text() };
};

describe('the dev server', () => {
  it('shows a draft, marked 草稿, on its page and in lists', async () => {
    const page = await get('/briefings/kaigong/');
    expect(page.status, log).toBe(200);
    expect(page.text).toContain('<span class="badge draft">草稿</span>');
    expect((await get('/')).text).toMatch(/<span class="badge draft">草稿<\/span>\s*<a href="\/briefings\/kaigong\/">/);
    // A build leaves it out: the switch to the Traditional edition, written by builds only, is not shown either.
    expect((await get('/counties/zhijiang/')).text).not.toContain('<a class="edition-switch"');
  }, 60_000);

  it('names the editor\'s file, line, field and fix for a content mistake, with no stack trace', async () => {
    const file = join(content, 'counties', 'yidu.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('region: yichang', 'region: yichan'));
    const before = log.length;
    let status = 200;
    for (let i = 0; i < 50 && (status === 200 || !log.slice(before).includes('Hint')); i++) {
      await sleep(200);
      status = (await get('/counties/zhijiang/')).status;
    }
    const out = log.slice(before);
    expect(status).toBe(500);
    expect(out).toContain('counties/yidu.md');
    expect(out).toMatch(/第\d+行 line \d+ · region: 找不到区域“yichan”/);
    expect(out).toMatch(/Hint:\s+是不是 did you mean “yichang”/);
    expect(out).not.toMatch(/\n\s+at\s/);
    expect(out).not.toMatch(/src\/model\//);
  }, 60_000);
});
