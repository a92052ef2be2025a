/**
 * Writing the files. A folder that holds anything is refused unless --force;
 * with --force only the files a previous run listed in its manifest are
 * removed, so an editor's own files are never deleted.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Hidden, so the content reader skips it (read.ts ignores names starting with "."). */
export const MANIFEST = '.generated-files';

export function writeContent(dir: string, files: Map<string, string>, force: boolean): void {
  const root = resolve(dir);
  const entries = existsSync(root) ? readdirSync(root) : [];
  if (entries.length > 0) {
    if (!force) throw new Error(`${dir} is not empty; choose an empty or new folder, or pass --force to replace the files an earlier run of this generator wrote there`);
    const manifest = join(root, MANIFEST);
    if (existsSync(manifest)) {
      for (const rel of readFileSync(manifest, 'utf8').split('\n')) {
        if (!rel) continue;
        const abs = resolve(root, rel);
        // Only paths inside the folder: a manifest edited by hand cannot reach elsewhere.
        if (abs.startsWith(root + sep)) rmSync(abs, { force: true });
      }
    }
  }
  const made = new Set<string>();
  for (const [rel, text] of files) {
    const abs = join(root, rel);
    const parent = dirname(abs);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(abs, text);
  }
  writeFileSync(join(root, MANIFEST), `${[...files.keys()].map((f) => relative(root, join(root, f)).split(sep).join('/')).join('\n')}\n`);
}
