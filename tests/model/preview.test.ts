/**
 * What the dev server's preview gets besides a build's model: drafts, marked as drafts, with
 * their figures; errors that point at the editor's file and line with the fix, and no trace
 * through the generator's code.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ContentError, forgetSite, loadContentDir, loadSite } from '../../src/model/index.ts';
import { fieldLine } from '../../src/model/locate.ts';
import { briefingPage } from '../../src/model/views/briefing.ts';
import { homePage } from '../../src/model/views/home.ts';
import { BASE_FILES, writeContent } from '../helpers/content.ts';

const DRAFT = '---\ntitle: 枝江新材料产业园开工\ndate: 2022-03-01\nsubjects: [zhijiang]\ndraft: true\ndata:\n  zhijiang:\n    metrics:\n      gdp: { 2022: "820亿元" }\n---\n枝江新材料产业园开工。\n';

describe('drafts', () => {
  const dir = writeContent({ 'briefings/kaigong.md': DRAFT });

  it('are left out of a build, with their figures', () => {
    const { model, errors } = loadContentDir(dir);
    expect(errors).toEqual([]);
    expect(model.briefingBySlug.has('kaigong')).toBe(false);
    expect(model.observations.find((o) => o.place === 'zhijiang' && o.metric === 'gdp' && o.period === '2022')?.value).toBe(800);
  });

  it('are in the preview, marked as drafts, with their figures', () => {
    const { model } = loadContentDir(dir, { drafts: true });
    const b = model.briefingBySlug.get('kaigong')!;
    expect(b.draft).toBe(true);
    expect(model.briefingBySlug.get('lianghui')?.draft).toBeUndefined();
    expect(model.observations.find((o) => o.place === 'zhijiang' && o.metric === 'gdp' && o.period === '2022')?.value).toBe(820);
    expect(briefingPage(model, 'kaigong').draft).toBe(true);
    expect(homePage(model).latest.find((i) => i.url === '/briefings/kaigong/')?.draft).toBe(true);
    expect(homePage(model).latest.find((i) => i.url === '/briefings/lianghui/')?.draft).toBeUndefined();
  });
});

describe('lines of fields', () => {
  const text = '---\ntitle: 标题\ndate: 2022-13-01\ndata:\n  zhijiang:\n    targets:\n      - { metric: gdp, value: 1, year: 2025 }\n      - { metric: gdp, value: 2, yaer: 2025 }\n---\n正文\n';

  it('finds a field, a nested one, a list item, and the nearest part of a path that is not there', () => {
    expect(fieldLine(text, 'title')).toBe(2);
    expect(fieldLine(text, 'date')).toBe(3);
    expect(fieldLine(text, 'data.zhijiang.targets[1]')).toBe(8);
    expect(fieldLine(text, 'data.zhijiang.targets[1].yaer')).toBe(8);
    expect(fieldLine(text, 'data.yidu')).toBe(4);
    expect(fieldLine(text, '')).toBeUndefined();
    expect(fieldLine('gdp: { name: 地区生产总值, unit: 亿 }\nbad: {}\n', 'bad')).toBe(2);
  });

  it('are given with each problem that has a field', () => {
    const dir = writeContent({ 'counties/yidu.md': BASE_FILES['counties/yidu.md'].replace('region: yichang', 'region: yichan') });
    const d = loadContentDir(dir).errors.find((e) => e.file.endsWith('counties/yidu.md'))!;
    expect(d.field).toBe('region');
    expect(d.line).toBe(BASE_FILES['counties/yidu.md'].split('\n').findIndex((l) => l.startsWith('region:')) + 1);
  });
});

describe('a content error in the preview', () => {
  it('names the file and line of the first error, with its fix, and carries no stack', () => {
    const dir = writeContent({ 'counties/yidu.md': BASE_FILES['counties/yidu.md'].replace('region: yichang', 'region: yichan') });
    writeFileSync(join(dir, 'counties/extra.md'), '---\nname: 另一个\ntype: 县\nregion: nowhere\n---\n');
    const e = new ContentError(loadContentDir(dir).diagnostics);
    expect(e.loc?.file).toMatch(/counties\/(yidu|extra)\.md$/);
    expect(e.loc?.line).toBeGreaterThan(1);
    expect(e.hint).toMatch(/另有 1 个错误/);
    expect(e.message).toContain('region: 找不到区域“yichan”');
    expect(e.stack).toBe('');
  });
});

describe('the preview\'s model', () => {
  it('is built again after an editor saves a file, and kept while nothing changed', async () => {
    const dir = writeContent({});
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      const first = loadSite(dir);
      await sleep(600);
      // Looked at again, nothing changed: the same model.
      expect(loadSite(dir)).toBe(first);
      writeFileSync(join(dir, 'briefings/kaigong.md'), DRAFT);
      await sleep(600);
      const edited = loadSite(dir);
      expect(edited).not.toBe(first);
      expect(edited.model.briefingBySlug.get('kaigong')?.draft).toBe(true);
    } finally {
      process.env.NODE_ENV = before;
      forgetSite(dir);
    }
  });
});
