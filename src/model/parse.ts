/**
 * Checks each file's frontmatter against its collection's schema and turns
 * zod's issues into messages for editors (file, field, found, allowed).
 */
import type { z } from 'zod';
import { closest, show, type Diagnostics } from './diagnostics.ts';
import {
  dataBlocks,
  projectSchema,
  targetSchema,
  briefingSchema,
  countySchema,
  industrySchema,
  KNOWN_FIELDS,
  metricDefSchema,
  parkSchema,
  rankingSchema,
  regionSchema,
} from './schema.ts';
import type { Folder, SourceFile } from './read.ts';
import { canonicalUnit, UNIT_NAMES } from '../format/units.ts';
import type { MetricDef } from './types.ts';
import { editorIssue } from './values.ts';

const SCHEMAS = {
  counties: countySchema,
  parks: parkSchema,
  regions: regionSchema,
  industries: industrySchema,
  rankings: rankingSchema,
  briefings: briefingSchema,
} as const satisfies Record<Folder, z.ZodType>;

export type Parsed<F extends Folder> = z.infer<(typeof SCHEMAS)[F]>;

/** `['data', 'zhijiang', 'targets', 1, 'year']` → `data.zhijiang.targets[1].year` */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[part as string];
  }
  return cur;
}

function describeIssue(issue: z.core.$ZodIssue, found: unknown): string {
  if (found === undefined && issue.code === 'invalid_type') return '缺少必填字段 this field is required';
  const base = issue.message;
  return `${base}（现为 found ${show(found)}）`;
}

export function parseFile<F extends Folder>(file: SourceFile & { folder: F }, diags: Diagnostics): Parsed<F> | undefined {
  const schema = SCHEMAS[file.folder] as z.ZodType;
  const known = KNOWN_FIELDS[file.folder] as readonly string[];
  const unknown = Object.keys(file.data).filter((k) => !known.includes(k));
  const result = schema.safeParse(file.data);
  if (!result.success) {
    // One message per field: zod may report several issues for a union.
    const done = new Set<string>();
    for (const issue of result.error.issues) {
      const field = fieldPath(issue.path);
      if (done.has(field)) continue;
      done.add(field);
      const found = valueAt(file.data, issue.path);
      const worded = editorIssue(issue);
      if (worded) {
        diags.error(file.file, field, issue.message, worded.hint);
        continue;
      }
      let hint: string | undefined;
      if (found === undefined && issue.path.length === 1) {
        const typo = closest(String(issue.path[0]), unknown);
        if (typo) hint = `你写的“${typo}”是不是“${String(issue.path[0])}”？ did you mean ${String(issue.path[0])} instead of ${typo}?`;
      }
      diags.error(file.file, field, describeIssue(issue, found), hint);
    }
  }
  for (const key of unknown) {
    const guess = closest(key, known);
    // A misspelt data field would drop figures silently: that is an error. Other unknown
    // fields only warn (a typo of a required field is reported above as missing).
    if (guess && (BLOCK_KEYS.includes(guess) || guess === 'data')) diags.error(file.file, key, `不认识的字段，其中的数据不会被读取 unknown field: its data would be lost`, `是不是 did you mean “${guess}”？`);
    else diags.warn(file.file, key, `不认识的字段，会被忽略 unknown field, ignored`, guess ? `是不是 did you mean “${guess}”？` : `这一类文件可用的字段：${known.join(', ')}`);
  }
  checkNestedKeys(file, diags);
  return result.success ? (result.data as Parsed<F>) : undefined;
}

const BLOCK_KEYS = Object.keys(dataBlocks);
const TARGET_KEYS = Object.keys(targetSchema.shape);
const PROJECT_KEYS = Object.keys(projectSchema.shape);

/**
 * Keys inside data blocks, targets and projects: a misspelt key there would
 * silently drop a figure, so a near miss of a known key is an error and any
 * other unknown key a warning.
 */
function checkNestedKeys(file: SourceFile, diags: Diagnostics): void {
  const report = (obj: unknown, known: readonly string[], prefix: string) => {
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return;
    for (const key of Object.keys(obj)) {
      if (known.includes(key)) continue;
      const guess = closest(key, known);
      const field = `${prefix}${key}`;
      if (guess) diags.error(file.file, field, `不认识的字段，其中的数据不会被读取 unknown field: its data would be lost`, `是不是 did you mean “${guess}”？`);
      else diags.warn(file.file, field, `不认识的字段，会被忽略 unknown field, ignored`, `可用的字段：${known.join(', ')}`);
    }
  };
  const block = (b: unknown, prefix: string) => {
    if (b === null || typeof b !== 'object') return;
    const rec = b as Record<string, unknown>;
    if (prefix) report(rec, BLOCK_KEYS, prefix);
    if (Array.isArray(rec.targets)) rec.targets.forEach((t, i) => report(t, TARGET_KEYS, `${prefix}targets[${i}].`));
    if (Array.isArray(rec.projects)) rec.projects.forEach((p, i) => report(p, PROJECT_KEYS, `${prefix}projects[${i}].`));
  };
  if (file.folder === 'briefings') {
    const data = file.data.data;
    if (data && typeof data === 'object') for (const [slug, b] of Object.entries(data)) block(b, `data.${slug}.`);
  } else block(file.data, '');
}

export function parseMetrics(raw: Record<string, unknown>, file: string, diags: Diagnostics): Map<string, MetricDef> {
  const out = new Map<string, MetricDef>();
  for (const [key, value] of Object.entries(raw)) {
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(key)) {
      diags.error(file, key, '指标键只能用小写字母、数字、下划线和连字符 a metric key is lowercase letters, digits, _ and -', '如 gdp、industrial_output、tax-revenue');
      continue;
    }
    const r = metricDefSchema.safeParse(value);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const field = fieldPath([key, ...issue.path]);
        diags.error(file, field, describeIssue(issue, valueAt(value, issue.path)), '写成 key: { name: 地区生产总值, unit: 亿元 }');
      }
      continue;
    }
    // 亿, 万 and 万亿 alone are money (format 1.1): the metric's unit is then 亿元, 万元, 万亿元.
    const unit = canonicalUnit(r.data.unit.normalize('NFKC').trim());
    if (unit === undefined) {
      diags.error(file, `${key}.unit`, `不认识的单位（现为 found ${show(r.data.unit)}）unknown unit`, `可用的单位 allowed: ${UNIT_NAMES.join(' ')}（金额也可写 万、亿、万亿）`);
      continue;
    }
    out.set(key, { key, name: r.data.name, unit, description: r.data.description });
  }
  return out;
}
