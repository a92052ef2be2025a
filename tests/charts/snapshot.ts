/**
 * SVG snapshots in the Observable Plot habit: pretty-print one element per
 * line (numbers are already rounded by the chart code), compare with
 * __snapshots__/<name>.svg; on a mismatch write <name>-changed.svg beside it
 * and fail. A missing snapshot is written and the test passes locally; in CI
 * (CI set) a missing snapshot fails, so a forgotten file cannot pass silently.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

/** One tag per line, indented by depth; a leaf element with only text stays on one line. */
export function prettySvg(svg: string): string {
  const tokens = svg.split(/(<[^>]+>)/).filter((t) => t !== '');
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const pad = '  '.repeat(depth);
    if (t.startsWith('</')) {
      depth--;
      lines.push('  '.repeat(depth) + t);
    } else if (t.startsWith('<') && t.endsWith('/>')) {
      lines.push(pad + t);
    } else if (t.startsWith('<')) {
      const next = tokens[i + 1];
      const close = tokens[i + 2];
      if (next !== undefined && !next.startsWith('<') && close?.startsWith('</')) {
        lines.push(pad + t + next + close);
        i += 2;
      } else {
        lines.push(pad + t);
        depth++;
      }
    } else {
      lines.push(pad + t);
    }
  }
  return lines.join('\n') + '\n';
}

export function expectSvgSnapshot(name: string, svg: string): void {
  const file = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}-changed.svg`);
  const actual = prettySvg(svg);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`snapshot ${name}.svg is missing: run the tests locally and commit tests/charts/__snapshots__/${name}.svg`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (readFileSync(file, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(`SVG snapshot "${name}" changed: compare ${changed} with ${file}; if the change is right, replace ${name}.svg with it.`);
}
