/** The replaced site is removed after the build returns; folders of killed builds by the next build. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { leftovers, removeLater, replacedName } from '../../scripts/remove-later.ts';

/** A pid no process has: above Linux's pid_max. */
const DEAD = 4_194_304 + 7;

describe('removing a replaced site', () => {
  it('finds only folders of builds that no longer run, beside this output and no other', () => {
    const dir = mkdtempSync(join(tmpdir(), 'remove-later-'));
    const out = join(dir, 'dist');
    for (const name of [`dist.old-${DEAD}`, `dist.partial-${DEAD}`, `dist.partial-${process.pid}`, `dist.old-${process.pid}`, `dist2.old-${DEAD}`, 'dist.old-x', 'dist']) mkdirSync(join(dir, name));
    expect(leftovers(out).sort()).toEqual([join(dir, `dist.old-${DEAD}`), join(dir, `dist.partial-${DEAD}`)]);
    expect(replacedName(out)).toBe(join(dir, `dist.old-${process.pid}`));
    expect(leftovers(join(dir, 'missing', 'dist'))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('removes the folder in a process that outlives the caller', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'remove-later-'));
    const old = join(dir, `dist.old-${DEAD}`);
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
});
