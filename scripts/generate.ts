/**
 * `npm run generate -- --out <dir> [--scale 1] [--seed 1]`: synthetic content
 * at national scale, in the content format, for benchmarks. Real names,
 * adcodes and hierarchy of China's divisions (scripts/data/); everything
 * else is invented, deterministically from the seed. See scripts/generate/.
 */
import { generate } from './generate/index.ts';
import { parseArgs, USAGE } from './generate/options.ts';
import { writeContent } from './generate/output.ts';

try {
  const cli = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const { files, stats } = generate(cli);
  writeContent(cli.out, files, cli.force);
  let bytes = 0;
  for (const text of files.values()) bytes += Buffer.byteLength(text);
  const ms = Math.round(performance.now() - started);
  console.log(`已生成 generated ${files.size} files (${(bytes / 1e6).toFixed(1)} MB) in ${cli.out} in ${ms} ms (scale ${cli.scale}, seed ${cli.seed})`);
  console.log(Object.entries(stats).map(([k, v]) => `${k} ${v}`).join(', '));
} catch (err) {
  const message = (err as Error).message;
  // --help is not a mistake: usage on stdout, exit 0.
  if (message === USAGE) console.log(message);
  else console.error(message);
  process.exit(message === USAGE ? 0 : 1);
}
