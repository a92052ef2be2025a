/**
 * `npm run new -- <kind> <中文名称> [--slug s] [--adcode 420583] [--mdx]`: creates a content file
 * for a county, park, region, industry, ranking or briefing (scripts/new/plan.ts), never
 * overwriting one. Kinds may be given in Chinese: 县 园区 区域 产业 榜单 简报.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFromEnv } from '../src/model/index.ts';
import { KINDS, NewFileError, planNewFile } from './new/plan.ts';

const USAGE = '用法 usage: npm run new -- <county|park|region|industry|ranking|briefing> <中文名称> [--slug s] [--adcode 420583] [--mdx]\n例 e.g.: npm run new -- county 枝江市';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { slug: { type: 'string' }, adcode: { type: 'string' }, mdx: { type: 'boolean' }, content: { type: 'string' } } });
const [kindArg, ...nameParts] = positionals;
const kind = kindArg ? KINDS[kindArg] : undefined;
if (!kind || nameParts.length === 0) {
  console.error(kindArg && !kind ? `不认识的类别“${kindArg}” unknown kind\n${USAGE}` : USAGE);
  process.exit(1);
}

try {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const plan = planNewFile({ kind, name: nameParts.join(' '), contentDir: values.content ?? contentDirFromEnv(), slug: values.slug, adcode: values.adcode, mdx: values.mdx, today });
  mkdirSync(dirname(plan.path), { recursive: true });
  // 'wx': never replaces a file, even one written since the plan was made.
  writeFileSync(plan.path, plan.text, { flag: 'wx' });
  console.log(`已创建 created: ${relative(process.cwd(), plan.path)}`);
  for (const n of plan.notes) console.log(`  · ${n}`);
  console.log('下一步 next: 填写标“必填”的字段，删去不用的注释行，然后运行 npm run check');
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EEXIST') console.error(`文件已存在，没有改动 the file exists and was left unchanged: ${e.path}`);
  else if (err instanceof NewFileError) console.error(err.message);
  else console.error(`内部错误 internal error: ${e.message}`);
  process.exit(1);
}
