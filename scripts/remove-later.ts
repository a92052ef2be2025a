/**
 * Removing a replaced site is the slowest step of a rebuild at national scale (60,000 files,
 * about 13 s): the new site is in place before it starts, so it runs in a detached process
 * and the build returns. A replaced site whose removal was cut short (its process killed with
 * the container or the CI job) is removed by the next build the same way.
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

/** Names of `outDir`'s replaced sites (replacedName), beside it; the first group is the pid. */
function replacedPattern(outDir: string): RegExp {
  return new RegExp(`^${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.old-(\\d+)-[0-9a-z]+$`);
}

/** The names in `outDir`'s parent folder (none when it does not exist yet). */
function besides(outDir: string): string[] {
  const parent = dirname(outDir);
  return existsSync(parent) ? readdirSync(parent) : [];
}

/**
 * The name a replaced site has while it is being removed: `<out>.old-<pid>-<time>`. The time
 * makes it new on every build, even where every run gets the same pid (a container), and
 * makes it a name no one gives a backup by hand.
 */
export function replacedName(outDir: string, pid = process.pid, now = Date.now()): string {
  return `${outDir}.old-${pid}-${now.toString(36)}`;
}

/** Replaced sites beside `outDir` (replacedName) whose removal is not running: their build ended. */
export function leftovers(outDir: string): string[] {
  const pattern = replacedPattern(outDir);
  return besides(outDir)
    .map((name) => pattern.exec(name))
    // This process makes its own only at its end: one with its pid is an earlier run's.
    .filter((m): m is RegExpExecArray => m !== null && (Number(m[1]) === process.pid || !alive(Number(m[1]))))
    .map((m) => join(dirname(outDir), m[0]));
}

/** Whether a replaced site beside `outDir` is still there (being removed, or left over). */
export function replacedPending(outDir: string): boolean {
  const pattern = replacedPattern(outDir);
  return besides(outDir).some((name) => pattern.test(name));
}
