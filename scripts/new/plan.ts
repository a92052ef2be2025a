/**
 * What `npm run new` writes: the file's path (a free slug) and text (templates.ts), with the
 * fields it could fill from the name, the divisions table and the content folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentDir } from '../../src/model/index.ts';
import { shortNames } from '../../src/search/short-names.ts';
import { adcode, countyType, findDivisions, parentDivision, regionType, type Division } from './divisions.ts';
import { placeStem, slugCandidates } from './slug.ts';
import { FOLDER, fileText, yamlString, type Field, type Kind } from './templates.ts';

export interface NewRequest {
  kind: Kind;
  name: string;
  contentDir: string;
  /** The slug to use instead of the derived one. */
  slug?: string;
  /** Which division, when the name has several (朝阳区). */
  adcode?: string;
  mdx?: boolean;
  /** The date a briefing gets, YYYY-MM-DD. */
  today: string;
}

export interface NewPlan {
  path: string;
  slug: string;
  text: string;
  /** What the editor should know: a slug taken, a region missing, a name with several rows. */
  notes: string[];
}

export class NewFileError extends Error {}

const PLACE_FOLDERS = ['counties', 'parks', 'regions'];

/** Slugs in use in a folder's slug space (places share one across three folders). */
export function takenSlugs(dir: string, kind: Kind): Map<string, string> {
  const folders = PLACE_FOLDERS.includes(FOLDER[kind]) ? PLACE_FOLDERS : [FOLDER[kind]];
  const taken = new Map<string, string>();
  // Subfolders too: the reader takes files at any depth, and the slug is the file name.
  const walk = (folder: string, sub: string) => {
    for (const e of readdirSync(join(dir, folder, sub), { withFileTypes: true })) {
      if (e.isDirectory()) walk(folder, join(sub, e.name));
      else if (/\.mdx?$/.test(e.name)) taken.set(e.name.replace(/\.mdx?$/, ''), join(folder, sub, e.name));
    }
  };
  for (const folder of folders) if (existsSync(join(dir, folder))) walk(folder, '');
  return taken;
}

function chooseSlug(req: NewRequest, candidates: string[], taken: Map<string, string>, notes: string[]): string {
  if (req.slug) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(req.slug)) throw new NewFileError(`slug“${req.slug}”只能用小写字母、数字和连字符 must be lowercase letters, digits and hyphens`);
    if (taken.has(req.slug)) throw new NewFileError(`slug“${req.slug}”已被 content/${taken.get(req.slug)} 使用 is taken；换一个 --slug，或不写 --slug 让工具编号`);
    return req.slug;
  }
  if (candidates.length === 0) throw new NewFileError(`无法从“${req.name}”得出 slug could not derive a slug；请用 --slug 指定，如 --slug zhijiang`);
  const free = candidates.find((c) => !taken.has(c));
  if (free) {
    if (free !== candidates[0]) notes.push(`slug ${candidates[0]} 已被 content/${taken.get(candidates[0])} 使用，新文件用 ${free}`);
    return free;
  }
  let n = 2;
  while (taken.has(`${candidates[0]}-${n}`)) n++;
  notes.push(`slug ${candidates[0]} 已被 content/${taken.get(candidates[0])} 使用，新文件编号为 ${candidates[0]}-${n}；可用 --slug 另取`);
  return `${candidates[0]}-${n}`;
}

/** The division row for a new county or region, or undefined (with a note) when there is none or several. */
function division(req: NewRequest, notes: string[]): Division | undefined {
  if (req.kind !== 'county' && req.kind !== 'region') return undefined;
  const rows = findDivisions(req.name, req.kind).filter((d) => !req.adcode || adcode(d) === req.adcode);
  if (rows.length === 1) return rows[0];
  if (rows.length === 0) notes.push(`行政区划表里没有“${req.name}”${req.adcode ? `（${req.adcode}）` : ''}：adcode、type 和上级需要手填`);
  else notes.push(`“${req.name}”有 ${rows.length} 个：${rows.map((d) => `${adcode(d)}（${parentDivision(d)?.name ?? ''}）`).join('、')}；用 --adcode 指定，如 --adcode ${adcode(rows[0])}`);
  return undefined;
}

export function planNewFile(req: NewRequest): NewPlan {
  const name = req.name.trim();
  if (!name) throw new NewFileError('缺少名称 missing the name：npm run new -- county 枝江市');
  const { model } = loadContentDir(req.contentDir);
  const notes: string[] = [];
  const places = [...model.counties, ...model.parks, ...model.regions];
  // The same name twice is more often a second file for one place than a second place.
  const same = req.kind === 'briefing' ? model.briefings.find((b) => b.title === name) : [...places, ...model.industries.values(), ...model.rankings.values()].find((e) => e.name === name);
  // Another division of the same name (朝阳区 110105 beside 220104) is a second place.
  const otherDivision = req.adcode !== undefined && same !== undefined && 'adcode' in same && same.adcode !== req.adcode;
  if (same && !req.slug && !otherDivision) throw new NewFileError(`“${name}”已有文件 already has a file: ${'slug' in same ? same.slug : ''}（${same.url}）；如确是另一个，用 --slug 指定新文件的 slug`);
  const stems = [...new Set(places.flatMap((p) => [p.name, placeStem(p.name), ...p.aliases]))];
  const slug = chooseSlug(req, slugCandidates(req.kind, name, stems), takenSlugs(req.contentDir, req.kind), notes);
  const row = division(req, notes);
  const parent = row && parentDivision(row);
  // The region above, where the content has it: by adcode, else by name.
  const parentSlug = parent && model.regions.find((r) => r.adcode === adcode(parent) || r.name === parent.name)?.slug;
  if (parent && !parentSlug) notes.push(`上级“${parent.name}”还没有文件：npm run new -- region ${parent.name}`);
  // Short forms are only suggested: an alias links the name wherever it appears in text, and
  // 和平、新华、城中 are words too; one another place already uses would stop both linking.
  const used = new Set([...places, ...model.industries.values()].flatMap((e) => [e.name, ...e.aliases]));
  const aliases = req.kind === 'county' || req.kind === 'region' || req.kind === 'park' ? shortNames(name).filter((s) => !/^[a-z0-9-]+$/.test(s) && !used.has(s)).slice(0, 3) : [];
  const common: Field[] = [
    { key: 'name', value: yamlString(name), note: '正式名称', required: true },
    { key: 'aliases', example: aliases.length ? `[${aliases.map(yamlString).join(', ')}]` : '[简称]', note: '正文里的其他叫法，用于链接和搜索；确认不会和普通词语混淆再启用' },
    { key: 'summary', example: '一句话简介', note: '显示在卡片和搜索结果中' },
  ];
  const industries: Field = { key: 'industries', example: '[new-energy]', note: '产业 slug 列表（content/industries/）' };
  const fields: Record<Kind, Field[]> = {
    county: [
      ...common,
      { key: 'type', value: row ? countyType(row) : '', note: '县、县级市、市辖区、自治县、旗、林区……', required: true },
      { key: 'region', value: parentSlug ?? '', note: `直接上级区域的 slug（地级市；省直管市写省）${parent && !parentSlug ? `：${parent.name}` : ''}`, required: true },
      { key: 'adcode', value: row ? `"${adcode(row)}"` : undefined, example: '"420583"', note: '6 位行政区划代码，写成字符串' },
      industries,
    ],
    park: [
      ...common,
      { key: 'type', value: '', note: '经济技术开发区、高新技术产业开发区、工业园区、化工园区……', required: true },
      { key: 'level', example: '省级', note: '国家级、省级、市级或县级；来源没说就不写' },
      { key: 'parent', example: 'jiayuguan-gongye-yuanqu', note: '所属园区的 slug（一区多园）' },
      { key: 'location', value: '', note: '所在县市或区域的 slug', required: true },
      { key: 'established', example: '2002', note: '设立年份' },
      industries,
    ],
    region: [
      ...common,
      { key: 'type', value: row ? regionType(row) : '', note: '省、自治区、地级市、自治州；集聚区、经济区、城市群、都市圈……', required: true },
      { key: 'parent', value: parentSlug, example: 'hubei', note: `上级区域的 slug${parent && !parentSlug ? `：${parent.name}` : ''}` },
      { key: 'adcode', value: row ? `"${adcode(row)}"` : undefined, example: '"420500"', note: '6 位行政区划代码，写成字符串' },
      { key: 'members', example: '[yidu, zhijiang]', note: '跨行政区的成员（集聚区、经济区）：地方 slug 列表' },
      industries,
    ],
    industry: [
      ...common,
      { key: 'parent', example: 'new-energy', note: '上一级产业的 slug' },
      { key: 'code', example: '"C38"', note: 'GB/T 4754 行业代码，写成字符串' },
    ],
    ranking: [
      ...common,
      { key: 'publisher', example: '赛迪顾问', note: '发布机构' },
      { key: 'scope', value: '', note: 'counties、parks 或 regions：榜单排的是哪类地方', required: true },
      { key: 'size', example: '100', note: '榜单收录多少个' },
    ],
    briefing: [
      { key: 'title', value: yamlString(name), note: '标题', required: true },
      { key: 'date', value: req.today, note: '发布日期 YYYY-MM-DD', required: true },
      { key: 'subjects', value: '[]', note: '简报写的地方：地方 slug 列表，至少一个', required: true },
      industries,
      { key: 'source', example: '{ name: 湖北日报, url: https://…, author: 记者姓名 }', note: '来源' },
      { key: 'summary', example: '一两句话摘要', note: '显示在列表和搜索结果中' },
      { key: 'draft', example: 'true', note: '草稿：不生成到网站里' },
    ],
  };
  const ext = req.mdx ? 'mdx' : 'md';
  return { path: join(req.contentDir, FOLDER[req.kind], `${slug}.${ext}`), slug, text: fileText(req.kind, fields[req.kind]), notes };
}

export const KINDS: Record<string, Kind> = { county: 'county', 县: 'county', park: 'park', 园区: 'park', region: 'region', 区域: 'region', industry: 'industry', 产业: 'industry', ranking: 'ranking', 榜单: 'ranking', briefing: 'briefing', 简报: 'briefing' };
