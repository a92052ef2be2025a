/**
 * Editors read the messages of src/model/schema.ts: every field has its own,
 * Chinese first, then English, never zod's raw English; one year range for
 * every year; dates are text.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  briefingSchema,
  countySchema,
  industrySchema,
  metricDefSchema,
  parkSchema,
  projectSchema,
  rankingSchema,
  regionSchema,
  targetSchema,
} from '../../src/model/schema.ts';
import { date, MAX_YEAR, MIN_YEAR, parseValue, period, yearKey } from '../../src/model/values.ts';
import { Diagnostics } from '../../src/model/diagnostics.ts';
import { BASE_FILES, load } from '../helpers/content.ts';

/** Wrong values of every kind YAML can produce; null is an empty `field:`. */
const BAD: unknown[] = [null, {}, [], 'x', -1.5, 0, true, [{}], { a: null }];

const SCHEMAS: [string, z.ZodObject, Record<string, unknown>][] = [
  ['county', countySchema, { name: '枝江市', type: '县级市', region: 'yichang' }],
  ['park', parkSchema, { name: '园', type: '园区', level: '省级', location: 'zhijiang' }],
  ['region', regionSchema, { name: '宜昌市', type: '地级市' }],
  ['industry', industrySchema, { name: '化工' }],
  ['ranking', rankingSchema, { name: '百强', scope: 'counties' }],
  ['briefing', briefingSchema, { title: '标题', date: '2022-01-21', subjects: ['zhijiang'] }],
  ['target', targetSchema, { metric: 'gdp', value: 1 }],
  ['project', projectSchema, { name: '项目' }],
  ['metric', metricDefSchema, { name: '地区生产总值', unit: '亿元' }],
];

function messages(schema: z.ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** `field: message`: the message starts in Chinese, goes on in English, and is none of zod's own. */
function expectBilingual(list: string[]): void {
  for (const line of list) {
    const message = line.slice(line.indexOf(': ') + 2);
    expect(message, line).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff]/);
    expect(message, line).toMatch(/[\u4e00-\u9fff].*[A-Za-z]{2,}/);
    expect(message, line).not.toMatch(/Invalid input|Too small|Too big|Invalid option|expected \w+, received|Invalid (string|number)/);
  }
}

describe('schema messages', () => {
  it.each(SCHEMAS)('every field of a %s says in Chinese and English what is allowed', (_, schema, base) => {
    for (const key of Object.keys(schema.shape)) {
      const found = BAD.flatMap((bad) => messages(schema, { ...base, [key]: bad }));
      expect(found.length, key).toBeGreaterThan(0);
      expectBilingual(found);
    }
    expectBilingual(messages(schema, null));
  });

  it('nested fields: targets, projects, a briefing source and data blocks', () => {
    const county = { name: '枝江市', type: '县级市', region: 'yichang' };
    const briefing = { title: '标题', date: '2022-01-21', subjects: ['zhijiang'] };
    const found = BAD.flatMap((bad) => [
      ...messages(countySchema, { ...county, targets: [bad] }),
      ...messages(countySchema, { ...county, projects: [bad] }),
      ...messages(countySchema, { ...county, metrics: { gdp: bad } }),
      ...messages(countySchema, { ...county, rankings: { 'county-top100': bad } }),
      ...messages(briefingSchema, { ...briefing, source: { name: bad, url: bad, author: bad } }),
      ...messages(briefingSchema, { ...briefing, data: { zhijiang: bad } }),
      ...messages(briefingSchema, { ...briefing, data: { zhijiang: { targets: [{ ranking: 'x', advance: bad }] } } }),
    ]);
    expectBilingual(found);
  });

  it.each([
    ['targets[].advance', countySchema, { name: '枝江市', type: '县级市', region: 'yichang', targets: [{ ranking: 'x', advance: '二十' }] }, '正整数'],
    ['rankings size', rankingSchema, { name: '百强', scope: 'counties', size: '一百' }, '正整数'],
    ['established', parkSchema, { name: '园', type: '园区', level: '省级', location: 'zhijiang', established: '九十年代' }, '年份'],
    ['an empty data block', briefingSchema, { title: '标题', date: '2022-01-21', subjects: ['zhijiang'], data: { zhijiang: null } }, '数据块'],
    ['an empty metrics entry', metricDefSchema, null, 'name'],
  ] as const)('%s', (_, schema, value, word) => {
    const found = messages(schema, value);
    expect(found.length).toBe(1);
    expect(found[0]).toContain(word);
    expectBilingual(found);
  });

  it('reaches the editor through the check, with file and field', () => {
    const site = load({
      'briefings/lianghui.md': BASE_FILES['briefings/lianghui.md'].replace(/  zhijiang:\n    metrics:\n      gdp: \{ 2022: "800亿元" \}\n    projects:\n.*\n/, '  zhijiang:\n'),
      'metrics.yaml': `${BASE_FILES['metrics.yaml']}empty:\n`,
    });
    const text = site.errors.map((e) => `${e.field}: ${e.message}`);
    expect(text.find((t) => t.startsWith('data.zhijiang:'))).toContain('数据块');
    expect(text.find((t) => t.startsWith('empty:'))).toContain('指标必须写成');
    expectBilingual(text);
  });
});

describe('one year range everywhere', () => {
  const yearOf = (schema: z.ZodType, value: Record<string, unknown>) => schema.safeParse(value).success;
  const park = { name: '园', type: '园区', level: '省级', location: 'zhijiang' };
  it(`targets, projects and parks accept ${MIN_YEAR}–${MAX_YEAR} only, as periods do`, () => {
    for (const [y, ok] of [[MIN_YEAR - 1, false], [MIN_YEAR, true], [MAX_YEAR, true], [MAX_YEAR + 1, false], [1900, false]] as const) {
      expect(yearOf(parkSchema, { ...park, established: y }), `established ${y}`).toBe(ok);
      expect(yearOf(targetSchema, { metric: 'gdp', value: 1, year: y }), `target ${y}`).toBe(ok);
      expect(yearOf(projectSchema, { name: '项目', year: y }), `project ${y}`).toBe(ok);
      const diags = new Diagnostics();
      expect(parseValue(period, String(y), 'f', 'p', diags) !== undefined, `period ${y}`).toBe(ok);
      expect(parseValue(yearKey, y, 'f', 'y', diags) !== undefined, `year ${y}`).toBe(ok);
    }
  });
  it('names the range in the message', () => {
    expect(messages(parkSchema, { ...park, established: 1900 })[0]).toContain(`${MIN_YEAR}–${MAX_YEAR}`);
  });
});

describe('briefing dates are text', () => {
  it('the schema takes a string and nothing else', () => {
    const briefing = { title: '标题', subjects: ['zhijiang'] };
    expect(briefingSchema.safeParse({ ...briefing, date: '2022-01-21' }).success).toBe(true);
    expect(briefingSchema.safeParse({ ...briefing, date: new Date('2022-01-21') }).success).toBe(false);
  });
  it('the date schema reads text into a calendar date and reports anything else', () => {
    const diags = new Diagnostics();
    expect(parseValue(date, ' 2022-1-21 ', 'f', 'date', diags)).toBe('2022-01-21');
    expect(diags.errors).toEqual([]);
    expect(parseValue(date, new Date('2022-01-21'), 'f', 'date', diags)).toBeUndefined();
    expect(parseValue(date, '2022-02-30', 'f', 'date', diags)).toBeUndefined();
    expect(diags.errors.map((e) => [e.field, e.message])).toEqual([
      ['date', '日期必须写成 2022-01-21 must be a date like 2022-01-21'],
      ['date', '日期不存在（现为 found "2022-02-30"）impossible date'],
    ]);
  });
});
