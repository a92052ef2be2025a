/**
 * Frontmatter schemas, one per collection of CONTENT-FORMAT.md. They check
 * shape and type, and produce typed values where a field stands alone (years,
 * dates, adcodes). Figures inside data blocks are kept as written here and
 * parsed one by one with the value schemas of src/model/values.ts by the
 * data-blocks pass (src/model/build/), which knows each metric's unit and
 * checks references between files. Every field carries its own message for
 * editors, Chinese first, then English, saying what is allowed: zod's own
 * English ("Invalid input: expected number, received string") never reaches
 * an editor.
 */
import { z } from 'zod';
import { date, MAX_YEAR, MIN_YEAR } from './values.ts';

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PARK_LEVELS = ['国家级', '省级', '市级', '县级'] as const;
export const PROJECT_STATUSES = ['签约', '在建', '投产', '竣工', '谋划'] as const;
export const RANKING_SCOPES = ['counties', 'parks', 'regions'] as const;

const text = z.string({ error: '必须是文字 must be text' }).trim().min(1, { error: '不能为空 must not be empty' });
/** Free text that may be left out or empty. */
const note = z.string({ error: '必须是文字 must be text' });
const slug = z
  .string({ error: '必须是 slug（小写字母、数字、连字符）must be a slug' })
  .regex(SLUG_RE, { error: '不是有效的 slug：只能用小写字母、数字和连字符 must be lowercase letters, digits and hyphens' });
const slugList = z.array(slug, { error: '必须是 slug 列表，如 [yidu, zhijiang] must be a list of slugs' });
const YEAR_RANGE = `年份应在 ${MIN_YEAR}–${MAX_YEAR} 之间 year out of range (${MIN_YEAR}–${MAX_YEAR})`;
const year = z.coerce
  .number({ error: `必须是四位年份，如 2021 must be a year like 2021 (${MIN_YEAR}–${MAX_YEAR})` })
  .int({ error: `年份必须是整数，如 2021 a year is a whole number like 2021` })
  .min(MIN_YEAR, { error: YEAR_RANGE })
  .max(MAX_YEAR, { error: YEAR_RANGE });
/** A whole number from 1, with the message for its field. */
const positiveInt = (error: string) => z.number({ error }).int({ error }).positive({ error });
/**
 * Numbers, or strings with a unit and the source's qualifier, or the long form { value, note };
 * parsed in the metric's unit by src/model/values.ts (quantityIn).
 */
const longForm = z.record(z.string(), z.unknown());
const quantity = z.union([z.number(), z.string(), longForm], {
  error: '必须是数值、带单位的文字或 { value, note }，如 340、"约340亿元" must be a number, a string with a unit, or { value, note }',
});
const ADCODE = '行政区划代码必须是 6 位数字，如 "420583" must be a 6-digit GB/T 2260 code';
const adcode = z
  .union([z.string(), z.number()], { error: ADCODE })
  .transform((v) => String(v).normalize('NFKC').trim())
  .pipe(z.string().regex(/^[1-9]\d{5}$/, { error: ADCODE }));

const metricsBlock = z.record(z.string(), z.record(z.string(), quantity, { error: '必须是 期 → 数值 的映射，如 { 2021: 740.1 } must map periods to values' }), {
  error: '必须是 指标 → { 期: 数值 } 的映射 must map metric keys to { period: value }',
});
const rankValue = z.union([z.number(), z.string(), longForm], { error: '名次必须是正整数，或 { value: 98, note: … } a rank is a whole number ≥ 1' });
const rankChangeValue = z.union([z.number(), z.string(), longForm], { error: '位次变化必须是带符号的整数，如 +24 或 -3 a rank change is a signed whole number' });
const rankChangesBlock = z.record(z.string(), z.record(z.string(), rankChangeValue, { error: '必须是 年份 → 位次变化 的映射，如 { 2022: +24 } must map years to signed changes' }), {
  error: '必须是 榜单 → { 年份: 位次变化 } 的映射 must map ranking slugs to { year: change }',
});
const rankingsBlock = z.record(z.string(), z.record(z.string(), rankValue, { error: '必须是 年份 → 名次 的映射，如 { 2021: 98 } must map years to ranks' }), {
  error: '必须是 榜单 → { 年份: 名次 } 的映射 must map ranking slugs to { year: rank }',
});

export const targetSchema = z.looseObject(
  {
    metric: z.string({ error: '必须是指标键，如 gdp must be a metric key from metrics.yaml' }).optional(),
    value: quantity.optional(),
    ranking: z.string({ error: '必须是榜单 slug，如 county-top100 must be a ranking slug' }).optional(),
    rank: rankValue.optional(),
    /** A relative target, places to move up ("位次前移20位"). */
    advance: positiveInt('位次前移数必须是正整数，如 20 advance must be a whole number ≥ 1 (places to move up)').optional(),
    /** Left out when the source gives no year. */
    year: year.optional(),
    label: note.optional(),
    /** The industry a target is about (随州高新区's output goals for five industries). */
    industry: slug.optional(),
    note: note.optional(),
  },
  { error: '每个目标必须是映射，如 { metric: gdp, value: "1000亿元", year: 2025 } each target must be a mapping' },
);

export const projectSchema = z.looseObject(
  {
    name: text,
    investment: quantity.optional(),
    status: z.enum(PROJECT_STATUSES, { error: `状态只能是 ${PROJECT_STATUSES.join('、')} status must be one of these` }).optional(),
    year: year.optional(),
    industries: slugList.optional(),
    /** Free text such as 占地809亩 or 签约在即. */
    note: note.optional(),
  },
  { error: '每个项目必须是映射，如 { name: 天赐新能源, investment: "50亿元" } each project must be a mapping' },
);

export const dataBlocks = {
  metrics: metricsBlock.optional(),
  rankings: rankingsBlock.optional(),
  rank_changes: rankChangesBlock.optional(),
  targets: z.array(targetSchema, { error: '必须是目标列表，每项以 - 开头 must be a list of targets' }).optional(),
  projects: z.array(projectSchema, { error: '必须是项目列表，每项以 - 开头 must be a list of projects' }).optional(),
};
export const dataBlockSchema = z.looseObject(dataBlocks, {
  error: '数据块必须是映射，含 metrics、rankings、rank_changes、targets 或 projects；没有数据就删掉这一项 a data block must be a mapping of metrics, rankings, targets or projects; remove it if empty',
});

const entity = {
  name: text,
  aliases: z.array(text, { error: '必须是名称列表，如 [枝江] must be a list of names' }).optional(),
  summary: note.optional(),
};

/** Frontmatter as a whole: read.ts reports empty and unreadable files before this. */
const FRONTMATTER = { error: '文件头必须是 字段: 值 的映射 frontmatter must be a mapping of fields' };

export const countySchema = z.looseObject({
  ...entity,
  type: text,
  region: slug,
  adcode: adcode.optional(),
  industries: slugList.optional(),
  ...dataBlocks,
}, FRONTMATTER);

export const parkSchema = z.looseObject({
  ...entity,
  type: text,
  /** Left out when no source states it (shown as 未注明). */
  level: z.enum(PARK_LEVELS, { error: `级别只能是 ${PARK_LEVELS.join('、')}；来源未说明就删掉这一项 level must be one of these, or left out` }).optional(),
  /** The park this one belongs to (一区多园). */
  parent: slug.optional(),
  location: slug,
  established: year.optional(),
  industries: slugList.optional(),
  ...dataBlocks,
}, FRONTMATTER);

export const regionSchema = z.looseObject({
  ...entity,
  type: text,
  parent: slug.optional(),
  adcode: adcode.optional(),
  members: slugList.optional(),
  industries: slugList.optional(),
  ...dataBlocks,
}, FRONTMATTER);

export const industrySchema = z.looseObject({
  ...entity,
  parent: slug.optional(),
  code: z.union([z.string(), z.number()], { error: '产业代码必须是文字或数字，如 "C38" code must be text or a number' }).transform(String).optional(),
}, FRONTMATTER);

export const rankingSchema = z.looseObject({
  ...entity,
  publisher: note.optional(),
  scope: z.enum(RANKING_SCOPES, { error: '范围只能是 counties、parks 或 regions scope must be counties, parks or regions' }),
  size: positiveInt('榜单规模必须是正整数，如 100 size must be a whole number ≥ 1 (places on the list)').optional(),
}, FRONTMATTER);

export const briefingSchema = z.looseObject({
  title: text,
  // YAML's core schema reads 2022-01-21 as text; values.ts `date` checks the calendar.
  date,
  /** Optional extension: what the date rests on when the source does not state it; shown with the date. */
  date_note: note.optional(),
  subjects: slugList.min(1, { error: '至少要有一个主题地点 needs at least one place slug' }),
  industries: slugList.optional(),
  source: z
    .looseObject({
      name: note.optional(),
      url: z.url({ protocol: /^https?$/, error: '必须是 http(s) 网址 must be an http(s) URL' }).optional(),
      author: note.optional(),
    }, { error: '必须是 { name: …, url: …, author: … } must be a mapping' })
    .optional(),
  summary: note.optional(),
  draft: z.boolean({ error: '只能是 true 或 false must be true or false' }).optional(),
  data: z.record(z.string(), dataBlockSchema, { error: '必须是 地点slug → 数据块 的映射 must map subject slugs to data blocks' }).optional(),
}, FRONTMATTER);

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

export const metricDefSchema = z.looseObject(
  {
    name: text,
    unit: text,
    description: note.optional(),
  },
  { error: '指标必须写成 { name: 地区生产总值, unit: 亿元 } a metric must be a mapping { name, unit }' },
);
