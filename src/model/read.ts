/**
 * Reads the content folder into raw files: frontmatter parsed, body kept.
 * Every problem with a file as a whole (its name, encoding, YAML) is
 * reported here; nothing is thrown.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, extname, basename } from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import jsyaml from 'js-yaml';
import { SLUG_RE } from './schema.ts';
import type { Diagnostics } from './diagnostics.ts';

import { FOLDERS, OTHER_FOLDERS, type Folder } from './folders.ts';

export { FOLDERS, type Folder };

/** Larger files are almost always a paste gone wrong, and would slow every build. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A content file of one folder; `SourceFile` is the union, so a switch on `folder` narrows it. */
export interface SourceFileOf<F extends Folder> {
  folder: F;
  slug: string;
  /** Path shown to editors, relative to the working directory. */
  file: string;
  absPath: string;
  ext: 'md' | 'mdx';
  data: Record<string, unknown>;
  body: string;
  /** Lines before the body (the frontmatter block), so body line numbers can name file lines. */
  bodyOffset: number;
}

export type SourceFile = { [F in Folder]: SourceFileOf<F> }[Folder];

export interface RawBoundary {
  /** Region slug: the file name without extension. */
  slug: string;
  file: string;
  data: unknown;
}

export interface RawContent {
  contentDir: string;
  /** content/boundaries/<region>.geojson: member boundaries for a region's map. */
  boundaries: RawBoundary[];
  files: SourceFile[];
  metrics: Record<string, unknown>;
  metricsFile: string;
  /** content/site.yaml, optional: the site's settings (src/model/site-config.ts). */
  site?: unknown;
  siteFile: string;
}

export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel.startsWith('..') ? abs : rel.split('\\').join('/');
}

/**
 * YAML 1.2, core schema, duplicate keys refused. js-yaml reads the same documents the same way
 * (checked on 16,000 generated and all example files) about 6× faster, which matters at
 * national scale; when it refuses a file, `yaml` reads it again for the message editors see
 * (it names the line), so what is accepted and what is said about a mistake stay as they were.
 */
export function parseYaml(source: string): unknown {
  try {
    return jsyaml.load(source, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return YAML.parse(source, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  }
}

/** Normalises what editors' tools produce: a BOM, CRLF line ends. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function yamlProblem(err: unknown, lineOffset: number): string {
  if (err instanceof YAML.YAMLError) {
    const line = err.linePos?.[0]?.line;
    const first = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return line ? `YAML 格式错误（第 ${line + lineOffset} 行）malformed YAML at line ${line + lineOffset}: ${first}` : `YAML 格式错误 malformed YAML: ${first}`;
  }
  return `YAML 格式错误 malformed YAML: ${String(err)}`;
}

/** Files under a folder; hidden ones (".") are tools' files, not content. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

export function readContent(contentDir: string, diags: Diagnostics): RawContent {
  const files: SourceFile[] = [];
  const metricsPath = join(contentDir, 'metrics.yaml');
  const sitePath = join(contentDir, 'site.yaml');
  const raw: RawContent = { contentDir, files, boundaries: [], metrics: {}, metricsFile: displayPath(metricsPath), siteFile: displayPath(sitePath) };
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    diags.error(displayPath(contentDir), '', '找不到内容目录 the content folder does not exist', '创建 content/ 目录，或用 CONTENT_DIR 指向你的内容目录 create it, or point CONTENT_DIR at yours');
    return raw;
  }

  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isFile() && entry.name !== 'metrics.yaml' && entry.name !== 'site.yaml' && !/^readme(\.\w+)?$/i.test(entry.name)) {
      diags.warn(displayPath(join(contentDir, entry.name)), '', `内容目录顶层只读取 metrics.yaml 和 site.yaml，这个文件被跳过 only metrics.yaml and site.yaml are read at the top of the content folder`, `实体文件放进 ${FOLDERS.join('/')} 之一`);
    }
    if (entry.isDirectory() && !(FOLDERS as readonly string[]).includes(entry.name) && !OTHER_FOLDERS.includes(entry.name)) {
      diags.warn(displayPath(join(contentDir, entry.name)), '', `不认识的目录“${entry.name}”，其中文件不会被读取 unknown folder, its files are not read`, `内容目录只认 ${FOLDERS.join(', ')}`);
    }
  }

  if (existsSync(metricsPath)) {
    try {
      const parsed = parseYaml(normaliseText(readFileSync(metricsPath, 'utf8')));
      if (parsed === null || parsed === undefined) raw.metrics = {};
      else if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        diags.error(raw.metricsFile, '', 'metrics.yaml 必须是 指标 → { name, unit } 的映射 must map metric keys to { name, unit }');
      } else raw.metrics = parsed as Record<string, unknown>;
    } catch (err) {
      diags.error(raw.metricsFile, '', yamlProblem(err, 0));
    }
  }

  if (existsSync(sitePath)) {
    try {
      raw.site = parseYaml(normaliseText(readFileSync(sitePath, 'utf8')));
    } catch (err) {
      diags.error(raw.siteFile, '', yamlProblem(err, 0));
    }
  }

  const boundaryDir = join(contentDir, 'boundaries');
  if (existsSync(boundaryDir)) {
    for (const abs of listFiles(boundaryDir)) {
      const file = displayPath(abs);
      const ext = extname(abs).toLowerCase();
      if (ext !== '.geojson' && ext !== '.json') continue;
      try {
        raw.boundaries.push({ slug: basename(abs, extname(abs)), file, data: JSON.parse(normaliseText(readFileSync(abs, 'utf8'))) });
      } catch (err) {
        diags.error(file, '', `不是有效的 JSON not valid JSON: ${(err as Error).message}`, '边界文件应是 GeoJSON FeatureCollection，每个要素带 properties.adcode');
      }
    }
  }

  for (const folder of FOLDERS) {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) continue;
    const seen = new Map<string, string>();
    for (const abs of listFiles(dir)) {
      const file = displayPath(abs);
      const ext = extname(abs).slice(1).toLowerCase();
      const written = extname(abs).slice(1);
      if ((ext === 'md' || ext === 'mdx') && written !== ext) {
        diags.error(file, '(文件名 file name)', `扩展名“.${written}”要小写 the extension must be lowercase`, `改名为 rename to ${basename(abs, extname(abs))}.${ext}`);
        continue;
      }
      if (ext !== 'md' && ext !== 'mdx') {
        diags.warn(file, '', `只读取 .md 和 .mdx 文件，这个文件被跳过 only .md and .mdx files are read; this one is skipped`);
        continue;
      }
      const slug = basename(abs, extname(abs));
      if (!SLUG_RE.test(slug)) {
        const fixed = slug.toLowerCase().replace(/[_\s.]+/g, '-').replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '');
        diags.error(file, '(文件名 file name)', `文件名“${slug}”不是有效的 slug：只能用小写字母、数字和连字符 is not a valid slug`, fixed ? `改名为 rename to ${fixed}.${ext}` : '用地名的拼音命名，如 zhijiang.md name it after the pinyin, e.g. zhijiang.md');
        continue;
      }
      if (seen.has(slug)) {
        diags.error(file, '(文件名 file name)', `slug “${slug}” 与 ${seen.get(slug)} 重复 duplicates another file`, '每个 slug 只能有一个文件 keep one file per slug');
        continue;
      }
      seen.set(slug, file);
      const size = statSync(abs).size;
      if (size > MAX_FILE_BYTES) {
        diags.error(file, '', `文件太大（${(size / 1024 / 1024).toFixed(1)} MB，上限 2 MB）file too large`, '拆分成几篇简报，或删去粘贴进来的多余内容 split it, or remove pasted material');
        continue;
      }
      const bytes = readFileSync(abs);
      const source = normaliseText(bytes.toString('utf8'));
      if (source.includes('\uFFFD')) {
        diags.error(file, '', '文件不是 UTF-8 编码 the file is not UTF-8', '用 UTF-8 编码另存此文件 save it as UTF-8');
        continue;
      }
      if (source.trim() === '') {
        diags.error(file, '', '文件是空的 the file is empty', folder === 'briefings' ? '至少写上 title、date、subjects 的 frontmatter' : '至少写上 name 等必填字段的 frontmatter add frontmatter with the required fields');
        continue;
      }
      if (!/^---[ \t]*\n/.test(source)) {
        diags.error(file, '', '文件开头缺少 frontmatter（--- 包围的 YAML）the file has no frontmatter', '在文件第一行写 ---，接着写字段，再用 --- 结束 start the file with a --- block');
        continue;
      }
      let parsed: matter.GrayMatterFile<string>;
      try {
        parsed = matter(source, { engines: { yaml: parseYaml as (s: string) => object } });
      } catch (err) {
        diags.error(file, '', yamlProblem(err, 1), '检查冒号、缩进和引号；含冒号的文字要加引号 check colons, indentation and quotes');
        continue;
      }
      const data = parsed.data as unknown;
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        diags.error(file, '', 'frontmatter 必须是“字段: 值”的映射 frontmatter must be a mapping of fields');
        continue;
      }
      const bodyOffset = source.endsWith(parsed.content) ? source.slice(0, source.length - parsed.content.length).split('\n').length - 1 : 0;
      files.push({ folder, slug, file, absPath: abs, ext, data: data as Record<string, unknown>, body: parsed.content, bodyOffset });
    }
  }
  return raw;
}
