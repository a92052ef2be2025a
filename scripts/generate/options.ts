/** Command-line options and the counts a scale gives. */
import type { Counts, Options } from './types.ts';

/** Sizes at --scale 1, a national site: every real county-level division (2,850 after the source's quirks). */
export const NATIONAL: Counts = {
  counties: 2850,
  parks: 2500,
  groupings: 30,
  industries: 150,
  rankings: 20,
  briefings: 10000,
  mdx: 1000,
  drafts: 50,
};

/** Floors so a tiny scale still has a little of everything (a hierarchy, a tree, charts, a draft). */
const MINIMUM: Counts = { counties: 10, parks: 5, groupings: 2, industries: 20, rankings: 4, briefings: 20, mdx: 2, drafts: 1 };

export function countsFor(scale: number): Counts {
  const out = {} as Counts;
  for (const key of Object.keys(NATIONAL) as (keyof Counts)[]) out[key] = Math.max(MINIMUM[key], Math.round(NATIONAL[key] * scale));
  return out;
}

export interface Cli extends Options {
  out: string;
  force: boolean;
}

export const USAGE = `usage: node scripts/generate.ts --out <dir> [--scale 1] [--seed 1] [--force]
         [--counties N] [--parks N] [--groupings N] [--industries N] [--rankings N]
         [--briefings N] [--mdx N] [--drafts N]
  Writes synthetic national-scale content (real division names, synthetic figures) for benchmarks.
  --scale 1 is national (~16,000 files); 0.125 gives about 2,000 pages. The same seed and
  scale give byte-identical output. A non-empty --out is refused unless --force, which
  replaces only the files an earlier run of this generator wrote there.`;

/** Parses argv; throws an Error with a message for the user on a bad option. */
export function parseArgs(argv: readonly string[]): Cli {
  const values = new Map<string, string>();
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--force') force = true;
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${key} needs a value\n${USAGE}`);
      values.set(key, value);
    } else throw new Error(`unexpected argument "${arg}"\n${USAGE}`);
  }
  const number = (key: string, fallback: number, test: (n: number) => boolean, what: string): number => {
    const raw = values.get(key);
    values.delete(key);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || !test(n)) throw new Error(`--${key} must be ${what} (got "${raw}")`);
    return n;
  };
  const out = values.get('out');
  values.delete('out');
  if (!out) throw new Error(`--out is required\n${USAGE}`);
  const scale = number('scale', 1, (n) => n > 0 && n <= 10, 'a number above 0 and at most 10');
  const seed = number('seed', 1, (n) => Number.isInteger(n) && n >= 0 && n < 2 ** 32, 'a whole number from 0');
  const counts = countsFor(scale);
  for (const key of Object.keys(NATIONAL) as (keyof Counts)[]) counts[key] = number(key, counts[key], (n) => Number.isInteger(n) && n >= 0, 'a whole number from 0');
  if (values.size > 0) throw new Error(`unknown option --${[...values.keys()][0]}\n${USAGE}`);
  counts.mdx = Math.min(counts.mdx, counts.briefings);
  counts.drafts = Math.min(counts.drafts, counts.briefings - counts.mdx);
  return { out, force, scale, seed, counts };
}
