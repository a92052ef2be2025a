// The benchmark's command-line options: usage text, parsing and validation.
import { parseArgs } from 'node:util';

export const USAGE = `usage: node scripts/bench.ts [--scales 0.125,0.25,1] [--runs 1] [--seed 1] [--write] [--keep]
  --scales  content sizes for scripts/generate.ts (1 = national, about 16,000 pages); "example"
            measures a copy of content/. The growth goal compares the smallest and largest scale.
  --runs    cold builds (and rebuilds) of each kind per scale; median and min–max are reported
  --seed    the generator's seed
  --write   also store the report in bench/results.md
  --keep    keep the temporary content and output folders`;

export interface Cli {
  scales: string[];
  runs: number;
  seed: number;
  write: boolean;
  keep: boolean;
}

/** The options from the command line; prints the usage and exits on --help (0) or a bad option (2). */
export function readCli(): Cli {
  let cli: Cli;
  try {
    const { values } = parseArgs({
      options: {
        scales: { type: 'string', default: '0.125,0.25,1' },
        runs: { type: 'string', default: '1' },
        seed: { type: 'string', default: '1' },
        write: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const scales = values.scales.split(',').map((s) => s.trim()).filter(Boolean);
    for (const s of scales) if (s !== 'example' && !(Number(s) > 0 && Number(s) <= 10)) throw new Error(`--scales: "${s}" is not a number above 0 and at most 10, or "example"`);
    if (scales.length === 0) throw new Error('--scales: give at least one scale');
    const runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1 (got "${values.runs}")`);
    const seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a whole number from 0 (got "${values.seed}")`);
    cli = { scales, runs, seed, write: values.write, keep: values.keep };
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  return cli;
}
