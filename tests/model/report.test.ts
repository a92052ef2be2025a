/** Diagnostics at scale: counted by kind with examples, the full list in a file, JSON for tools. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import { FULL_LIST_LIMIT, kindOf, reportDiagnostics } from '../../src/model/report.ts';
import { BASE_FILES, writeContent } from '../helpers/content.ts';
import { tempDir } from '../helpers/scratch.ts';

const root = resolve(import.meta.dirname, '../..');
const shared = (i: number): Diagnostic => ({ severity: 'warning', file: `content/counties/c${i}.md`, field: 'name', message: `名称“县${i}”也是 place:p${i} 的名称或别名，正文中不会自动链接 the name is shared, so it is not linked in text`, hint: '给别名加上限定词' });
const unknownField = (i: number): Diagnostic => ({ severity: 'warning', file: `content/parks/p${i}.md`, field: 'colour', message: '不认识的字段，会被忽略 unknown field, ignored' });
const error: Diagnostic = { severity: 'error', file: 'content/counties/c1.md', field: 'region', message: '找不到区域“r9” unknown region slug', hint: '是不是 did you mean “r1”？' };

describe('reportDiagnostics', () => {
  it('lists every problem when there are few', () => {
    const few = [shared(1), error];
    const file = join(tempDir('report-'), 'full.txt');
    const out = reportDiagnostics(few, { fullListFile: file });
    expect(out).toContain('content/counties/c1.md\n  提醒 warning · name: 名称“县1”');
    expect(out).toContain('错误 error · region: 找不到区域“r9”');
  });

  it('counts many by kind, shows three examples each, and writes the full list to a file', () => {
    const many = [...Array.from({ length: 200 }, (_, i) => shared(i)), ...Array.from({ length: 40 }, (_, i) => unknownField(i)), error];
    expect(many.length).toBeGreaterThan(FULL_LIST_LIMIT);
    const file = join(tempDir('report-'), 'd', 'full.txt');
    const out = reportDiagnostics(many, { fullListFile: file });
    expect(out).toMatch(/^错误 errors:\n {2}1 × unknown region slug\n/);
    expect(out).toContain('  200 × the name is shared, so it is not linked in text\n      content/counties/c0.md · name: ');
    expect(out).toContain('  40 × unknown field, ignored');
    expect(out).toContain('…另有 197 处 and 197 more');
    expect(out.split('\n').length).toBeLessThan(25);
    expect(out).toContain(`1 error(s), 240 warning(s). 完整列表 full list: ${file}`);
    const full = readFileSync(file, 'utf8');
    expect(full).toContain('content/counties/c199.md');
    expect(full.split('提醒 warning').length - 1).toBe(240);
    expect(reportDiagnostics(many, { fullListFile: file, verbose: true }).split('提醒 warning').length - 1).toBe(240);
  });

  it('groups by the English clause, or by the message with its values blanked', () => {
    expect(kindOf(unknownField(1))).toBe('unknown field, ignored');
    expect(kindOf({ ...error, message: '必须是文字 must be text（现为 found 12）' })).toBe('必须是文字 must be text');
  });
});

describe('npm run check -- --json', () => {
  it('prints every diagnostic and the counts as JSON, and exits 1 on errors', () => {
    const dir = writeContent({ 'counties/yidu.md': BASE_FILES['counties/yidu.md'].replace('region: yichang', 'region: yichan') });
    const r = spawnSync(process.execPath, ['scripts/check.ts', dir, '--json'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ ok: false, errors: 1, counts: { counties: 2, parks: 1 } });
    expect(json.diagnostics[0]).toMatchObject({ severity: 'error', field: 'region', message: expect.stringContaining('找不到区域“yichan”') });
  });
});
