/** The replaced site is removed after the build returns; one whose removal was cut short, by the next build. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { leftovers, removeLater, replacedName, replacedPending } from '../../scripts/remove-later.ts';
import { alive } from '../../scripts/alive.ts';
import { tempDir } from '../helpers/scratch.ts';

/** A pid no process has: above Linux's pid_max. */
const DEAD = 4_194_304 + 7;

describe('removing a replaced site', () => {
  it('names each replaced site anew, and finds only those whose build has ended', () => {
    const dir = tempDir('remove-later-');
    const out = join(dir, 'dist');
    const dead = replacedName(out, DEAD, 1);
    const mine = replacedName(out, process.pid, 2);
    const running = replacedName(out, process.ppid, 3);
    expect(dead).toBe(join(dir, `dist.old-${DEAD}-1`));
    expect(replacedName(out)).not.toBe(replacedName(out, process.pid, Date.now() + 1000));
    // Backups and other folders a person made are never touched, whatever their number.
    const others = ['dist.old-20240101', 'dist.old-1', `dist.partial-${DEAD}`, `dist2.old-${DEAD}-1`, 'dist.old-x-1', 'dist'];
    for (const name of [dead, mine, running].map((p) => p.slice(dir.length + 1)).concat(others)) mkdirSync(join(dir, name));
    // Its own pid is an earlier run's (this build makes its own only at its end); a live parent's is not.
    expect(leftovers(out).sort()).toEqual([dead, mine].sort());
    expect(leftovers(join(dir, 'missing', 'dist'))).toEqual([]);
    expect(replacedPending(out)).toBe(true);
    expect(replacedPending(join(dir, 'dist2'))).toBe(true);
    expect(replacedPending(join(dir, 'other'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('removes the folder in a process that outlives the caller', async () => {
    const dir = tempDir('remove-later-');
    const old = replacedName(join(dir, 'dist'), DEAD);
    for (let i = 0; i < 50; i++) {
      mkdirSync(join(old, `p${i}`), { recursive: true });
      writeFileSync(join(old, `p${i}`, 'index.html'), '<p>x</p>');
    }
    removeLater(old);
    for (let waited = 0; existsSync(old) && waited < 20_000; waited += 100) await sleep(100);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(dir)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts a process of another user as running', () => {
    expect(alive(process.pid)).toBe(true);
    expect(alive(DEAD)).toBe(false);
    // pid 1 runs as root; run as another user, kill(1, 0) answers EPERM, and it still runs.
    expect(alive(1)).toBe(true);
  });
});
