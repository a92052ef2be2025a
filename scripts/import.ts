/**
 * `npm run import -- <article.txt | -> [--json] [--slug s] [--date 2022-01-21] [--url https://…]`:
 * a raw article, as editors copy it from a news or government page, into a draft briefing in
 * content/briefings/ (scripts/import/). It removes the page's furniture, converts Traditional
 * to Simplified, fills title, date and source where the text states them, proposes subjects,
 * industries and every figure as commented YAML to confirm, and lists places it does not know
 * with the command that creates each. It never overwrites a file; with --json it writes nothing
 * and prints the proposal.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFromEnv, loadContentDir } from '../src/model/index.ts';
import { takenSlugs } from './new/plan.ts';
import { ImportError, planImport } from './import/plan.ts';
import { decodeText } from './import/decode.ts';

const USAGE = '用法 usage: npm run import -- <文章.txt 或 -> [--json] [--slug s] [--date 2022-01-21] [--url https://…]\n例 e.g.: npm run import -- ~/下载/枝江报道.txt';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean' }, slug: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' }, content: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error(USAGE);
  process.exit(1);
}
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) fail(`--date 要写成 YYYY-MM-DD，如 2022-01-21 (got ${values.date})`);
if (values.url !== undefined && !/^https?:\/\/\S+$/.test(values.url)) fail(`--url 要以 http:// 或 https:// 开头 (got ${values.url})`);

const file = positionals[0];
let bytes: Buffer;
try {
  bytes = file === '-' ? readFileSync(0) : readFileSync(file);
} catch (err) {
  fail(`读不到文件 cannot read ${file}: ${(err as Error).message}`);
}
let raw: string;
try {
  raw = decodeText(bytes!);
} catch (err) {
  fail((err as Error).message);
}
const contentDir = values.content ?? contentDirFromEnv();
const site = loadContentDir(contentDir);
if (site.errors.length > 0) fail(`内容本身有 ${site.errors.length} 个错误，先运行 npm run check 修正 the content has errors; fix them first (npm run check).`);

const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
let plan: ReturnType<typeof planImport>;
try {
  plan = planImport({ raw: raw!, model: site.model, contentDir, taken: new Set(takenSlugs(contentDir, 'briefing').keys()), file: file === '-' ? '标准输入' : file, today, slug: values.slug, date: values.date, url: values.url });
} catch (err) {
  fail(err instanceof ImportError ? err.message : `内部错误 internal error: ${(err as Error).message}`);
}
const { proposal } = plan!;
if (values.json) {
  console.log(JSON.stringify(proposal, null, 2));
  process.exit(0);
}
if (!plan!.path) {
  console.error('没有写入任何文件 nothing written: 正文里没有找到内容里已有的地方，简报至少要有一个 subject the article names no place the content has, and a briefing needs one.');
  if (proposal.unknown.length > 0) {
    console.error('先创建这些地方，再重新导入 create these places first, then import again:');
    for (const u of proposal.unknown) console.error(`  ${u.command}`);
  } else console.error('用 npm run new 创建文章写的地方，再重新导入 create the places it is about with npm run new, then import again.');
  process.exit(1);
}
mkdirSync(dirname(plan!.path), { recursive: true });
try {
  // 'wx': never replaces a file, even one written since the plan was made.
  writeFileSync(plan!.path, plan!.text!, { flag: 'wx' });
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  fail(e.code === 'EEXIST' ? `文件已存在，没有改动 the file exists and was left unchanged: ${e.path}` : `写不了文件 cannot write ${plan!.path}: ${e.message}`);
}
const count = (k: string) => proposal.figures.filter((f) => f.kind === k).length;
console.log(`已创建草稿 draft created: ${relative(process.cwd(), plan!.path)}`);
for (const n of plan!.notes) console.log(`  · ${n}`);
console.log(`  标题 title: ${proposal.title ?? '（原文没有，暂用第一句）'}`);
console.log(`  日期 date: ${proposal.date ?? `（原文没有，暂用 ${today}）`}`);
console.log(`  地方 subjects: ${proposal.subjects.join(', ')}`);
if (proposal.industries.length) console.log(`  产业 industries: ${proposal.industries.join(', ')}`);
console.log(`  数字 figures: ${proposal.figures.length}（指标 ${count('metric')}、排名 ${count('rank')}、名次变化 ${count('rank_change')}、目标 ${count('target')}、项目 ${count('project')}），以注释写在文件里，逐条确认`);
if (proposal.unknown.length > 0) {
  console.log('  正文提到、内容里还没有的地方 places named that have no file:');
  for (const u of proposal.unknown) console.log(`    ${u.command}`);
}
console.log('下一步 next: 打开草稿核对，确认的数字去掉行首“# ”；npm run dev 可预览（标“草稿”）；npm run check；确认后删去 draft: true');
