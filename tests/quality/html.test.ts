/**
 * scripts/check-html.ts: every page of a built site passes html-validate with
 * .htmlvalidate.json; the checker reports broken markup; every rule changed
 * from html-validate:recommended is justified in the config's "$comment".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE, checkHtml, formatHtmlReport, loadConfig } from '../../scripts/check-html.ts';
import { writeContent } from '../helpers/content.ts';
import { cleanUp, requireExampleContent, root, sharedBuild, skipWithoutExample, tempDir } from '../helpers/built-site.ts';
import type { BuiltSite } from '../helpers/built-site.ts';

// A shared, read-only build (tests/helpers/built-site.ts): copy before changing anything.
let fixture: BuiltSite;

beforeAll(async () => {
  fixture = await sharedBuild({ contentDir: writeContent({}) });
});
afterAll(cleanUp);

describe('check-html', () => {
  it('justifies every rule it changes', () => {
    const raw = JSON.parse(readFileSync(CONFIG_FILE, 'utf8'));
    expect(raw.extends).toEqual(['html-validate:recommended']);
    const reasons = raw.$comment as Record<string, string>;
    for (const rule of Object.keys(raw.rules ?? {})) {
      expect(reasons[rule], `${rule} is changed in .htmlvalidate.json without a reason in "$comment"`).toMatch(/[^]{40,}/);
    }
    // html-validate's schema rejects "$comment"; the checker strips it.
    expect(JSON.stringify(loadConfig())).not.toContain('$comment');
  });

  it('finds no error on a built fixture site', async () => {
    const report = await checkHtml(fixture.dir);
    expect(report.pages).toBeGreaterThanOrEqual(19);
    expect(report.problems, formatHtmlReport(report)).toEqual([]);
  });

  it.skipIf(skipWithoutExample())('finds no error on the example site', async () => {
    const example = await sharedBuild({ contentDir: requireExampleContent() });
    const report = await checkHtml(example.dir);
    expect(report.pages).toBeGreaterThan(19);
    expect(report.problems, formatHtmlReport(report)).toEqual([]);
  }, 300_000);

  it('reports broken markup with page, rule, element and hint, and exits 1', async () => {
    const broken = join(tempDir('html-broken-'), 'dist');
    cpSync(fixture.dir, broken, { recursive: true });
    const file = join(broken, 'index.html');
    // A duplicate id, a <div> inside a <p> and an image without alt text.
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<p id="main"><div>块</div></p><img src="/favicon.svg"></main>'));
    const before = new Set((await checkHtml(fixture.dir)).problems.map((p) => `${p.file} ${p.rule} ${p.selector}`));
    const report = await checkHtml(broken);
    const found = report.problems.filter((p) => !before.has(`${p.file} ${p.rule} ${p.selector}`));
    const rules = found.map((p) => p.rule);
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('wcag/h37');
    expect(found.every((p) => p.file === 'index.html' && p.hint.length > 0 && p.line > 0)).toBe(true);

    const r = spawnSync(process.execPath, ['scripts/check-html.ts', broken], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/(^|\n)index\.html\n {2}1:\d+ /);
    expect(r.stderr).toContain('no-dup-id: Duplicate ID "main"');
    expect(r.stderr).toContain('→ ');
  });
});
