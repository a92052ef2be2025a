/**
 * `node scripts/check-html.ts <dist-dir>`: validates every HTML page of a built site with
 * html-validate, configured by .htmlvalidate.json (html-validate:recommended plus only the
 * justified changes listed in its "$comment"). Each error is printed with the page, the
 * line and column, the element (a CSS selector), the rule, the message and where to fix it;
 * exit 1 on any error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import type { ConfigData } from 'html-validate';

const root = resolve(import.meta.dirname, '..');
export const CONFIG_FILE = join(root, '.htmlvalidate.json');

export interface HtmlProblem {
  /** Path of the page inside the site folder, e.g. counties/zhijiang/index.html */
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  /** The element, as a CSS selector. */
  selector: string | null;
  hint: string;
}

export interface HtmlReport {
  pages: number;
  problems: HtmlProblem[];
}

/** Where each kind of problem usually comes from in this project. */
const HINTS: Record<string, string> = {
  'unique-landmark': '同一页上两个同类地标（section 带名称、role="region"、nav …）不能同名：给表格外层 role="region" 起不同的名字（例如用 aria-labelledby 指向 caption），或去掉外层 section 的 aria-labelledby。Landmarks of one kind need distinct names.',
  'no-dup-id': '同一页的 id 必须唯一：检查组件里由 slug 生成的 id（图表、章节标题）。Make generated ids unique per page.',
  'valid-id': 'id 只能由字母、数字、-、_ 组成并以字母开头。Generate ids from slugs, not from Chinese titles.',
  'element-permitted-content': '这个元素不能放在这里（例如 <div> 放进 <p>、<li> 不在列表里）：改用允许的父元素。Use an element the parent allows.',
  'wcag/h37': '<img> 需要 alt；装饰性图片写 alt=""。Give every image an alt text.',
  'text-content': '按钮或链接需要可读的文字（或 aria-label）。Give the control a text.',
  'no-inline-style': '不要写 style 属性：站点的 CSP 不允许内联样式，把样式移到 src/styles/site.css 或 src/charts/charts.css。Move inline styles to the stylesheet (the CSP blocks them).',
  'prefer-native-element': '能用原生元素就不用 role：例如 role="button" → <button>。Use the native element.',
};

function hintFor(rule: string, url: string | undefined): string {
  return HINTS[rule] ?? `见 see ${url ?? `https://html-validate.org/rules/${rule}.html`}`;
}

/** Drops "$comment" keys: they document .htmlvalidate.json but html-validate's schema rejects them. */
function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== '$comment').map(([k, v]) => [k, withoutComments(v)]));
  }
  return value;
}

export function loadConfig(file = CONFIG_FILE): ConfigData {
  return withoutComments(JSON.parse(readFileSync(file, 'utf8'))) as ConfigData;
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/** Validates every page of a built site. */
export async function checkHtml(dir: string, config: ConfigData = loadConfig()): Promise<HtmlReport> {
  const site = resolve(dir);
  const validator = new HtmlValidate(config);
  const files = htmlFiles(site);
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const rel = relative(site, file).split(sep).join('/');
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push({ file: rel, line: m.line, column: m.column, rule: m.ruleId, message: m.message, selector: m.selector, hint: hintFor(m.ruleId, m.ruleUrl) });
      }
    }
  }
  return { pages: files.length, problems };
}

export function formatHtmlReport(report: HtmlReport): string {
  if (report.problems.length === 0) return `HTML 检查通过 html ok: ${report.pages} 个页面 pages, 0 errors.`;
  const lines: string[] = [];
  let last = '';
  for (const p of report.problems) {
    if (p.file !== last) lines.push(p.file);
    last = p.file;
    lines.push(`  ${p.line}:${p.column} ${p.rule}: ${p.message}${p.selector ? `\n    元素 element: ${p.selector}` : ''}`);
    lines.push(`    → ${p.hint}`);
  }
  const byRule = new Map<string, number>();
  for (const p of report.problems) byRule.set(p.rule, (byRule.get(p.rule) ?? 0) + 1);
  const pages = new Set(report.problems.map((p) => p.file)).size;
  lines.push('', `HTML 检查失败 html check failed: ${report.problems.length} 个错误 errors on ${pages} of ${report.pages} 个页面 pages（${[...byRule].map(([r, n]) => `${r} ×${n}`).join(', ')}）。`);
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  try {
    if (!statSync(dir).isDirectory()) throw new Error();
  } catch {
    console.error(`没有找到网站目录 no such folder: ${dir}\n  → 先运行 npm run build，或把生成的目录作为参数传入 pass the built folder.`);
    process.exit(1);
  }
  const report = await checkHtml(dir);
  const text = formatHtmlReport(report);
  // exitCode, not exit(): a long report written to a pipe must not be cut off.
  if (report.problems.length > 0) {
    console.error(text);
    process.exitCode = 1;
  } else {
    console.log(text);
  }
}
