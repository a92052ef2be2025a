/**
 * Frontmatter schemas, one per collection of CONTENT-FORMAT.md. They check
 * shape and type only; references between files, units and periods are
 * checked once the whole content is read (validate.ts).
 */
import { z } from 'zod';

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PARK_LEVELS = ['国家级', '省级', '市级', '县级'] as const;
export const PROJECT_STATUSES = ['签约', '在建', '投产', '竣工', '谋划'] as const;
export const RANKING_SCOPES = ['counties', 'parks', 'regions'] as const;

const text = z.string({ error: '必须是文字 must be text' }).trim().min(1, { error: '不能为空 must not be empty' });
const slug = z
  .string({ error: '必须是 slug（小写字母、数字、连字符）must be a slug' })
  .regex(SLUG_RE, { error: '不是有效的 slug：只能用小写字母、数字和连字符 must be lowercase letters, digits and hyphens' });
const slugList = z.array(slug, { error: '必须是 slug 列表，如 [yidu, zhijiang] must be a list of slugs' });
const year = z.coerce
  .number({ error: '必须是年份 must be a year' })
  .int({ error: '年份必须是整数 a year is a whole number' })
  .min(1900, { error: '年份不合理 year out of range (1900–2100)' })
  .max(2100, { error: '年份不合理 year out of range (1900–2100)' });
/** Numbers, or strings with a unit; converted in validate.ts. */
const quantity = z.union([z.number(), z.string()], { error: '必须是数值或带单位的文字，如 340 或 "340亿元" must be a number or a string with a unit' });
const adcode = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).normalize('NFKC').trim())
  .pipe(z.string().regex(/^[1-9]\d{5}$/, { error: '行政区划代码必须是 6 位数字，如 "420583" must be a 6-digit GB/T 2260 code' }));

const metricsBlock = z.record(z.string(), z.record(z.string(), quantity, { error: '必须是 期 → 数值 的映射，如 { 2021: 740.1 } must map periods to values' }), {
  error: '必须是 指标 → { 期: 数值 } 的映射 must map metric keys to { period: value }',
});
const rankValue = z.union([z.number(), z.string()], { error: '名次必须是正整数 a rank is a whole number ≥ 1' });
const rankingsBlock = z.record(z.string(), z.record(z.string(), rankValue, { error: '必须是 年份 → 名次 的映射，如 { 2021: 98 } must map years to ranks' }), {
  error: '必须是 榜单 → { 年份: 名次 } 的映射 must map ranking slugs to { year: rank }',
});

export const targetSchema = z.looseObject({
  metric: z.string().optional(),
  value: quantity.optional(),
  ranking: z.string().optional(),
  rank: rankValue.optional(),
  /** Optional extension: a relative target, places to move up ("位次前移20位"). */
  advance: z.number().int().positive().optional(),
  year: year.optional(),
  label: z.string().optional(),
});

export const projectSchema = z.looseObject({
  name: text,
  investment: quantity.optional(),
  status: z.enum(PROJECT_STATUSES, { error: `状态只能是 ${PROJECT_STATUSES.join('、')} status must be one of these` }).optional(),
  year: year.optional(),
  industries: slugList.optional(),
  /** Optional extension: free text such as 占地809亩 or 一期产值50亿元. */
  note: z.string().optional(),
});

export const dataBlocks = {
  metrics: metricsBlock.optional(),
  rankings: rankingsBlock.optional(),
  targets: z.array(targetSchema, { error: '必须是列表 must be a list of targets' }).optional(),
  projects: z.array(projectSchema, { error: '必须是列表 must be a list of projects' }).optional(),
};
export const dataBlockSchema = z.looseObject(dataBlocks);

const entity = {
  name: text,
  aliases: z.array(text, { error: '必须是名称列表，如 [枝江] must be a list of names' }).optional(),
  summary: z.string().optional(),
};

export const countySchema = z.looseObject({
  ...entity,
  type: text,
  region: slug,
  adcode: adcode.optional(),
  industries: slugList.optional(),
  ...dataBlocks,
});

export const parkSchema = z.looseObject({
  ...entity,
  type: text,
  level: z.enum(PARK_LEVELS, { error: `级别只能是 ${PARK_LEVELS.join('、')} level must be one of these` }),
  location: slug,
  established: year.optional(),
  industries: slugList.optional(),
  ...dataBlocks,
});

export const regionSchema = z.looseObject({
  ...entity,
  type: text,
  parent: slug.optional(),
  adcode: adcode.optional(),
  members: slugList.optional(),
  industries: slugList.optional(),
  ...dataBlocks,
});

export const industrySchema = z.looseObject({
  ...entity,
  parent: slug.optional(),
  code: z.union([z.string(), z.number()]).transform(String).optional(),
});

export const rankingSchema = z.looseObject({
  ...entity,
  publisher: z.string().optional(),
  scope: z.enum(RANKING_SCOPES, { error: '范围只能是 counties、parks 或 regions scope must be counties, parks or regions' }),
  size: z.number().int().positive().optional(),
});

export const briefingSchema = z.looseObject({
  title: text,
  date: z.union([z.string(), z.date()], { error: '日期必须写成 2022-01-21 must be a date like 2022-01-21' }),
  subjects: slugList.min(1, { error: '至少要有一个主题地点 needs at least one place slug' }),
  industries: slugList.optional(),
  source: z
    .looseObject({
      name: z.string().optional(),
      url: z.url({ protocol: /^https?$/, error: '必须是 http(s) 网址 must be an http(s) URL' }).optional(),
      author: z.string().optional(),
    }, { error: '必须是 { name: …, url: …, author: … } must be a mapping' })
    .optional(),
  summary: z.string().optional(),
  draft: z.boolean({ error: '只能是 true 或 false must be true or false' }).optional(),
  data: z.record(z.string(), dataBlockSchema, { error: '必须是 地点slug → 数据块 的映射 must map subject slugs to data blocks' }).optional(),
});

export type CountyData = z.infer<typeof countySchema>;
export type ParkData = z.infer<typeof parkSchema>;
export type RegionData = z.infer<typeof regionSchema>;
export type IndustryData = z.infer<typeof industrySchema>;
export type RankingData = z.infer<typeof rankingSchema>;
export type BriefingData = z.infer<typeof briefingSchema>;
export type DataBlock = z.infer<typeof dataBlockSchema>;
export type TargetData = z.infer<typeof targetSchema>;
export type ProjectData = z.infer<typeof projectSchema>;

/** Fields each collection knows, for "unknown field" warnings with a suggestion. */
export const KNOWN_FIELDS = {
  counties: Object.keys(countySchema.shape),
  parks: Object.keys(parkSchema.shape),
  regions: Object.keys(regionSchema.shape),
  industries: Object.keys(industrySchema.shape),
  rankings: Object.keys(rankingSchema.shape),
  briefings: Object.keys(briefingSchema.shape),
} as const;

export const metricDefSchema = z.looseObject({
  name: text,
  unit: text,
  description: z.string().optional(),
});
