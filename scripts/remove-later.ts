/**
 * Removing a replaced site is the slowest step of a rebuild at national scale (60,000 files,
 * about 13 s): the new site is in place before it starts, so it runs in a detached process
 * and the build returns. A folder left by a build that was killed first is removed by the
 * next build the same way.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { alive } from './alive.ts';

/** Removes `dir` in a detached process that outlives this one. */
export function removeLater(dir: string): void {
  const child = spawn(process.execPath, ['-e', `require('node:fs').rmSync(${JSON.stringify(dir)}, { recursive: true, force: true })`], {
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
}

/** The name a replaced site has while it is being removed: `<out>.old-<pid>`. */
export function replacedName(outDir: string, pid = process.pid): string {
  return `${outDir}.old-${pid}`;
}

/** Replaced sites and scratch folders beside `outDir` whose build is no longer running. */
export function leftovers(outDir: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const pattern = new RegExp(`^${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(old|partial)-(\\d+)$`);
  return readdirSync(parent)
    .map((name) => pattern.exec(name))
    .filter((m): m is RegExpExecArray => m !== null && !alive(Number(m[2])))
    .map((m) => join(parent, m[0]));
}
