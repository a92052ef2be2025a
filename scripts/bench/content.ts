// The content a scale measures (generated, or a copy of content/) and the one-sentence edit before a rebuild.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './util.ts';

/** Content for a scale, in a new temporary folder: generated (with the generator's seed), or a copy of content/. */
export function makeContent(scale: string, dir: string, seed: number): void {
  if (scale === 'example') {
    cpSync(join(root, 'content'), dir, { recursive: true });
    return;
  }
  execFileSync(process.execPath, ['scripts/generate.ts', '--out', dir, '--scale', scale, '--seed', String(seed)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
}

export interface Edit {
  file: string;
  before: string;
  after: string;
}

/**
 * Edits one sentence of one published .md briefing's body: the n-th after the middle one in name
 * order. The last sentence of the body's last paragraph gets a few words that name nothing, so
 * the links in text (and every other page) stay as they were; only that briefing's page changes.
 */
export function editBriefing(contentDir: string, n: number): Edit {
  const folder = join(contentDir, 'briefings');
  const published = readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .filter((f) => !/^draft:\s*true\s*$/m.test(readFileSync(join(folder, f), 'utf8').split(/\r?\n---\r?\n/)[0]));
  if (published.length === 0) throw new Error(`no published .md briefing in ${folder} to edit`);
  const file = published[(Math.floor(published.length / 2) + n) % published.length];
  const text = readFileSync(join(folder, file), 'utf8');
  const fence = /\r?\n---\r?\n/.exec(text);
  if (!fence) throw new Error(`briefings/${file} has no frontmatter`);
  const bodyStart = fence.index + fence[0].length;
  const lines = text.slice(bodyStart).split('\n');
  const at = lines.findLastIndex((l) => /^[^\s#|>*\-<`![{]/.test(l) && !/^\d+\.\s/.test(l) && l.includes('。'));
  if (at < 0) throw new Error(`briefings/${file} has no plain paragraph to edit`);
  const line = lines[at];
  const end = line.lastIndexOf('。');
  const start = line.lastIndexOf('。', end - 1) + 1;
  const before = line.slice(start, end + 1);
  const after = `${line.slice(start, end)}（本句已修改）。`;
  lines[at] = line.slice(0, start) + after + line.slice(end + 1);
  writeFileSync(join(folder, file), text.slice(0, bodyStart) + lines.join('\n'));
  return { file: `briefings/${file}`, before, after };
}
