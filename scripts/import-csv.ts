/**
 * `npm run import:csv -- <file.csv> [--skip-invalid] [--replace] [--dry-run]`: merges a
 * spreadsheet of figures or ranks (one row per place and period; columns named by metric key
 * or ranking slug) into the places' data blocks (scripts/import-csv/). Every row it cannot
 * place or read is reported; when there is one, nothing is written unless --skip-invalid.
 * A value that differs from one already in a file is reported, and replaced only with
 * --replace. Files are written only once every change is ready, each through a temporary
 * file renamed into place.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFromEnv, loadContentDir } from '../src/model/index.ts';
import { CsvError, decodeCsv, parseCsvRows } from './import-csv/read.ts';
import { MergeError, mergeFigures } from './import-csv/merge.ts';
import { planCsv } from './import-csv/plan.ts';

const USAGE = '用法 usage: npm run import:csv -- <file.csv> [--skip-invalid] [--replace] [--dry-run]';
const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'skip-invalid': { type: 'boolean' }, replace: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, content: { type: 'string' } } });
if (positionals.length !== 1) {
  console.error(USAGE);
  process.exit(1);
}
const file = positionals[0];
const contentDir = values.content ?? contentDirFromEnv();

let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (err) {
  console.error(`读不到文件 cannot read ${file}: ${(err as Error).message}`);
  process.exit(1);
}
let decoded: ReturnType<typeof decodeCsv>;
try {
  decoded = decodeCsv(bytes);
} catch (err) {
  console.error(err instanceof CsvError ? err.message : `读不懂文件 cannot read ${file}: ${(err as Error).message}`);
  process.exit(1);
}
const { text, encoding } = decoded;
const site = loadContentDir(contentDir);
if (site.errors.length > 0) {
  console.error(`内容本身有 ${site.errors.length} 个错误，先运行 npm run check 修正 the content has errors; fix them first (npm run check).`);
  process.exit(1);
}
const rows = parseCsvRows(text);
const plan = planCsv(rows, site.model);
const headerLine = rows[0]?.line ?? 1;
console.log(`读取 read ${file}（${encoding}）：${plan.rows} 行 rows`);
for (const p of plan.problems) console.log(`  ${p.warning ? '提醒 warning · ' : ''}${p.row === headerLine ? '表头 header' : `第${p.row}行 row ${p.row}`}${p.column ? ` · ${p.column}` : ''}: ${p.message}${p.hint ? `\n    → ${p.hint}` : ''}`);
const headerBad = plan.problems.some((p) => p.row === headerLine && !p.warning);
if (headerBad || (plan.badRows.size > 0 && !values['skip-invalid'])) {
  console.error(`\n没有写入任何文件 nothing written: ${headerBad ? '表头有问题 the header has problems' : `${plan.badRows.size} 行有问题；修正后再导入，或加 --skip-invalid 跳过这些行 fix them, or pass --skip-invalid`}`);
  process.exit(1);
}

// Every file's new text first; then the writes.
const writes: [string, string][] = [];
let conflicts = 0;
let same = 0;
for (const [slug, settings] of plan.settings) {
  const place = site.model.places.get(slug)!;
  const path = resolve(place.file);
  try {
    const merged = mergeFigures(readFileSync(path, 'utf8'), settings, values.replace === true);
    same += merged.same.length;
    for (const [s, old, replaced] of merged.conflicts) {
      if (!replaced) conflicts++;
      const what = replaced ? '（已替换 replaced）' : values.replace ? '（未改 kept：文件里是带注释的长写法，请手工修改 a long form with a note; edit it by hand）' : '（未改 kept; --replace 替换）';
      console.log(`  ${relative(process.cwd(), path)} · ${s.block}.${s.key}.${s.period}: 文件里是 ${String(old)}，表里是 ${s.value}${what}`);
    }
    if (merged.changed) writes.push([path, merged.text]);
  } catch (err) {
    const why = err instanceof MergeError ? err.message : (err as Error).message;
    console.error(`\n没有写入任何文件 nothing written: ${place.file} 无法安全修改 cannot be edited safely (${why})；请手工添加 add these figures by hand`);
    process.exit(1);
  }
}
if (conflicts > 0 && !values['skip-invalid']) {
  console.error(`\n没有写入任何文件 nothing written: ${conflicts} 个数值与文件里的不同；核对后加 --replace 替换，或加 --skip-invalid 只写入其余的 values differ from the files`);
  process.exit(1);
}
if (values['dry-run']) {
  console.log(`\n试运行 dry run: 将修改 would change ${writes.length} 个文件 files`);
  process.exit(0);
}
for (const [path, next] of writes) {
  const tmp = `${path}.import-${process.pid}`;
  writeFileSync(tmp, next);
  renameSync(tmp, path);
}
console.log(`\n已写入 wrote ${writes.length} 个文件 files${same ? `；${same} 个数值已在文件里 already there` : ''}${plan.badRows.size ? `；跳过 skipped ${plan.badRows.size} 行 rows` : ''}。下一步 next: npm run check`);
