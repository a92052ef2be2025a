// Running one build in its own process (scripts/bench-run.ts) and the build lock it honours.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { log, root } from './util.ts';
import { alive } from '../alive.ts';
import { replacedPending } from '../remove-later.ts';

export interface Run {
  kind: 'ours' | 'bare';
  seconds: number;
  maxRssMB: number;
  pages: number;
  html: number;
  files: number;
  bytes: number;
  warm: boolean;
  /** 1-minute load average when the build started. */
  load: number;
  /** The build waited for another build of the project, and its time includes the wait. */
  waited: boolean;
  /** Pages ours' incremental build reused from its cache, as it reports them ("reused N of M keyed pages"). */
  reused?: { pages: number; keyed: number };
  /**
   * Ours: seconds building the search index (its log line) and rendering its routes (the sum of
   * Astro's per-route times for /search/, logged only at log level info, i.e. outside CI).
   */
  search?: { indexSeconds: number; routeSeconds: number };
  /** Ours: the Traditional edition's step (scripts/edition.ts), from the build's last line. */
  edition?: { seconds: number; converted: number; reused: number };
}

function editionTimes(stdout: string): Run['edition'] {
  const m = /Traditional edition: ([\d,]+) \S+ converted, ([\d,]+) \S+ reused, ([\d.]+) s/.exec(stdout);
  return m ? { converted: Number(m[1].replace(/,/g, '')), reused: Number(m[2].replace(/,/g, '')), seconds: Number(m[3]) } : undefined;
}

function searchTimes(stdout: string): Run['search'] {
  const index = /search index: .* built in ([\d.]+) s/.exec(stdout);
  if (!index) return undefined;
  let ms = 0;
  for (const m of stdout.matchAll(/ \/search\/\S* \(\+(\d+)ms\)/g)) ms += Number(m[1]);
  return { indexSeconds: Number(index[1]), routeSeconds: ms / 1000 };
}

/**
 * The lock scripts/build.ts takes (.build-tmp/lock, a folder holding the owner's pid). A bare
 * build runs holding it, so no build of this project runs beside it. Ours' builds take it
 * themselves, and their time would include waiting for it: so they start only once it is free,
 * and a cold build that still had to wait (build.ts says so after two seconds) is run again.
 */
const lock = join(root, '.build-tmp', 'lock');
/** Whether a live process holds the lock (a lock being taken, with no pid yet, counts). */
function lockHeld(): boolean {
  const pidFile = join(lock, 'pid');
  if (!existsSync(lock)) return false;
  const pid = Number(existsSync(pidFile) ? readFileSync(pidFile, 'utf8') : NaN);
  return !Number.isInteger(pid) || alive(pid);
}
async function untilLockFree(): Promise<void> {
  for (let waited = 0; lockHeld(); waited += 500) {
    if (waited === 5000) log('waiting for another build of this project to finish…');
    await sleep(500);
  }
}
async function withBuildLock<T>(fn: () => T): Promise<T> {
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const pidFile = join(lock, 'pid');
      const pid = Number(existsSync(pidFile) ? readFileSync(pidFile, 'utf8') : NaN);
      if (Number.isInteger(pid) && !alive(pid)) rmSync(lock, { recursive: true, force: true });
      if (waited === 5000) log('waiting for another build of this project to finish…');
      await sleep(500);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * A build returns once its site is in place and removes the site it replaced in the
 * background (scripts/remove-later.ts). The next build is not started beside that removal,
 * so it does not share the machine with it; after two minutes it starts anyway, and says so.
 */
async function untilReplacedRemoved(out: string): Promise<void> {
  for (let waited = 0; replacedPending(out); waited += 200) {
    if (waited === 120_000) {
      log(`the replaced site beside ${out} is still there after two minutes; going on`);
      return;
    }
    await sleep(200);
  }
}

/** One build in its own process; its last line of output is bench-run's JSON. */
export async function build(kind: 'ours' | 'bare', content: string, out: string, opts: { warm?: boolean; cache?: string } = {}): Promise<Run> {
  const args = ['scripts/bench-run.ts', kind, '--content', content, '--out', out];
  if (opts.warm) args.push('--warm');
  if (opts.cache) args.push('--cache', opts.cache);
  const exec = () => {
    try {
      return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
    } catch (err) {
      const e = err as Error & { stdout?: string; stderr?: string };
      const tail = `${e.stdout ?? ''}\n${e.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
      throw new Error(`${kind} build failed (node ${args.join(' ')}):\n${tail}`);
    }
  };
  for (let attempt = 1; ; attempt++) {
    await untilReplacedRemoved(out);
    let load = loadavg()[0];
    let stdout: string;
    if (kind === 'bare') {
      stdout = await withBuildLock(() => {
        load = loadavg()[0];
        return exec();
      });
    } else {
      await untilLockFree();
      load = loadavg()[0];
      stdout = exec();
    }
    const waited = kind === 'ours' && /waiting for another build/.test(stdout);
    const last = stdout.trim().split('\n').at(-1) ?? '';
    let result: Omit<Run, 'load' | 'waited' | 'reused'>;
    try {
      result = JSON.parse(last);
    } catch {
      throw new Error(`${kind} build printed no result line; its output ended with:\n${stdout.trim().split('\n').slice(-20).join('\n')}`);
    }
    // A rebuild is not repeated: the edit is in its cache now.
    if (waited && !opts.warm && attempt < 3) {
      log(`  ${result.seconds} s, but it waited for another build of this project: again`);
      rmSync(out, { recursive: true, force: true });
      continue;
    }
    const reuse = /reused ([\d,]+) of ([\d,]+) keyed pages/.exec(stdout);
    const reused = reuse ? { pages: Number(reuse[1].replace(/,/g, '')), keyed: Number(reuse[2].replace(/,/g, '')) } : kind === 'ours' ? { pages: 0, keyed: 0 } : undefined;
    return { ...result, load, waited, reused, search: kind === 'ours' ? searchTimes(stdout) : undefined, edition: kind === 'ours' ? editionTimes(stdout) : undefined };
  }
}
