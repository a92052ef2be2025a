/**
 * Builds sites for the site, quality and browser tests with the real build script
 * (scripts/build.ts, which itself lets one Astro build of the project run at a time).
 *
 * sharedBuild() builds each distinct (content, base, site URL) once and keeps the result in
 * node_modules/.cache/test-sites/<key>/dist, where <key> is a sha256 of the content folder's
 * files (relative paths and bytes, not its location: identical content in two folders
 * builds into identical bytes, which tests/quality/deterministic.test.ts checks), of
 * the project's code and config, and of the options. Vitest workers asking for the same key
 * at once wait for one build (a mkdir lock); a build goes to a private folder that is renamed
 * into place only when complete, so a failed or killed build never leaves a cache entry.
 * The shared output is read-only for tests: copy it (tempDir) before changing anything, and
 * use buildSite() for a build of your own.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { FOLDERS } from '../../src/model/folders.ts';
import { writeContent } from './content.ts';
import { cleanUp, tempDir } from './scratch.ts';
import { alive } from '../../scripts/alive.ts';

export const root = resolve(import.meta.dirname, '../..');
export const EXAMPLE_CONTENT = join(root, 'content');
export const CACHE_DIR = join(root, 'node_modules', '.cache', 'test-sites');

/** Set in CI (.ci/run): what a developer machine may skip must run there, and fail if it cannot. */
export const CI = Boolean(process.env.CI) && !/^(0|false)$/i.test(process.env.CI ?? '');

/** Why the example content is not complete, or undefined when it has metrics.yaml and a file in every folder. */
export function exampleContentProblem(dir = EXAMPLE_CONTENT): string | undefined {
  if (!existsSync(join(dir, 'metrics.yaml'))) return `${dir}/metrics.yaml is missing`;
  const empty = FOLDERS.filter((f) => !existsSync(join(dir, f)) || !readdirSync(join(dir, f)).some((n) => /\.mdx?$/.test(n)));
  return empty.length > 0 ? `${dir} has no .md/.mdx file in ${empty.join(', ')}` : undefined;
}

/** True when content/ has metrics.yaml and at least one file in every folder. */
export function exampleContentReady(dir = EXAMPLE_CONTENT): boolean {
  return exampleContentProblem(dir) === undefined;
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`\n${message}\n`);
}

/**
 * For `it.skipIf(skipWithoutExample())`: true (with the reason printed) only on a developer
 * machine whose content/ is incomplete. In CI it is false, so the test runs and
 * requireExampleContent() fails it.
 */
export function skipWithoutExample(): boolean {
  const problem = exampleContentProblem();
  if (!problem || CI) return false;
  warnOnce(`[tests] 跳过示例网站测试 skipping tests of the example site: ${problem} (CI fails instead).`);
  return true;
}

/** The example content folder; throws when it is incomplete. */
export function requireExampleContent(): string {
  const problem = exampleContentProblem();
  if (problem) throw new Error(`the example content is incomplete, so tests of the example site cannot run: ${problem}${CI ? ' (CI is set: these tests fail instead of skipping)' : ''}`);
  return EXAMPLE_CONTENT;
}

export interface TestContent {
  dir: string;
  /** 'example' (content/) or 'fixture' (tests/helpers/content.ts) */
  source: 'example' | 'fixture';
}

/**
 * The example content when it is complete. Without it: the small fixture on a developer
 * machine (with the reason printed), and an error in CI.
 */
export function testContent(): TestContent {
  const problem = exampleContentProblem();
  if (!problem) return { dir: EXAMPLE_CONTENT, source: 'example' };
  if (CI) requireExampleContent();
  warnOnce(`[tests] 使用小型测试内容 using the small fixture instead of the example content: ${problem} (CI fails instead).`);
  return { dir: writeContent({}), source: 'fixture' };
}

export interface BuildOptions {
  contentDir: string;
  /** SITE_BASE, e.g. /sub/ */
  base?: string;
  /** SITE_URL, the production address. */
  site?: string;
}

export interface BuiltSite {
  dir: string;
  base: string;
  ms: number;
  /** sharedBuild(): true when an earlier build (this run or a previous one) was reused. */
  cached?: boolean;
}

export { cleanUp, tempDir };

/** The build's environment: only the options decide CONTENT_DIR, SITE_BASE and SITE_URL. */
function buildEnv(options: BuildOptions, out: string): NodeJS.ProcessEnv {
  // scripts/build.ts drops the import.meta.env values vitest exports (MODE, BASE_URL …).
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: options.contentDir, OUT_DIR: out, SITE_BASE: options.base ?? '/', CI: 'true' };
  if (options.site) env.SITE_URL = options.site;
  else delete env.SITE_URL;
  return env;
}

function buildError(options: BuildOptions, err: unknown): Error {
  const e = err as { stdout?: string; stderr?: string; message: string };
  return new Error(`build of ${options.contentDir} (base ${options.base ?? '/'}) failed:\n${e.stderr ?? ''}\n${e.stdout ?? ''}\n${e.message}`);
}

/** A build of its own into a new temporary folder (or `out`); throws with the build's output on failure. */
export function buildSite(options: BuildOptions & { out?: string }): BuiltSite {
  const out = options.out ?? join(tempDir('quality-site-'), 'dist');
  const started = performance.now();
  try {
    execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, env: buildEnv(options, out), stdio: 'pipe', encoding: 'utf8' });
  } catch (err) {
    throw buildError(options, err);
  }
  return { dir: out, base: options.base ?? '/', ms: performance.now() - started };
}

/** Every file under dir (relative path with /, sorted), or [] when dir is missing. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return out.sort();
}

/** What a build reads besides the content: the code, the static files and the dependencies. */
const PROJECT = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

function hashFiles(hash: ReturnType<typeof createHash>, label: string, dir: string, files: string[]): void {
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    hash.update(`${label}\0${f}\0${bytes.length}\0`).update(bytes);
  }
}

function contentHash(dir: string): string {
  const hash = createHash('sha256');
  hashFiles(hash, 'content', dir, filesUnder(dir));
  return hash.digest('hex');
}

function projectHash(): string {
  const hash = createHash('sha256');
  for (const p of PROJECT) {
    const full = join(root, p);
    if (!existsSync(full)) hash.update(`missing ${p}\0`);
    else if (statSync(full).isDirectory()) hashFiles(hash, p, full, filesUnder(full));
    else hashFiles(hash, '.', root, [p]);
  }
  return hash.digest('hex');
}

/** The cache key: content files (not their folder), project files, options and Node's version. */
export function buildKey(options: BuildOptions, content = contentHash(options.contentDir), project = projectHash()): string {
  const text = JSON.stringify(['test-sites 1', process.version, options.base ?? '/', options.site ?? '', content, project]);
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** Takes the lock folder, or returns false when another live process holds it. */
function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const pidFile = join(lock, 'pid');
    const pid = Number(existsSync(pidFile) ? readFileSync(pidFile, 'utf8') : NaN);
    // A worker killed mid-build (or a lock older than any build): the lock only saves work,
    // the rename in sharedBuild() is what keeps entries whole.
    const old = existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 15 * 60_000;
    if ((Number.isInteger(pid) && pid > 0 && !alive(pid)) || old) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

/** Keeps the 12 most recently used entries and any used in the last hour; drops old leftovers of failed or killed builds. */
function prune(): void {
  const hour = Date.now() - 3_600_000;
  const all = readdirSync(CACHE_DIR)
    .filter((name) => !name.endsWith('.lock'))
    .map((name) => ({ name, used: statSync(join(CACHE_DIR, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  const leftovers = all.filter((e) => e.name.startsWith('.tmp-') || e.name.endsWith('.error'));
  const entries = all.filter((e) => !leftovers.includes(e));
  for (const e of [...leftovers, ...entries.slice(12)]) {
    if (e.used < hour) rmSync(join(CACHE_DIR, e.name), { recursive: true, force: true });
  }
}

const run = promisify(execFile);

/**
 * The built site for this content, base and site URL, building it at most once across test
 * files, workers and runs (see the top of this file). Treat the returned folder as read-only.
 */
export async function sharedBuild(options: BuildOptions): Promise<BuiltSite> {
  const started = performance.now();
  const base = options.base ?? '/';
  const content = contentHash(options.contentDir);
  const key = buildKey(options, content);
  const entry = join(CACHE_DIR, key);
  const dist = join(entry, 'dist');
  const lock = `${entry}.lock`;
  const failure = `${entry}.error`;
  const done = (cached: boolean): BuiltSite => ({ dir: dist, base, ms: performance.now() - started, cached });
  mkdirSync(CACHE_DIR, { recursive: true });

  let waitingSince = 0;
  for (;;) {
    if (existsSync(dist)) {
      const now = new Date();
      utimesSync(entry, now, now);
      return done(true);
    }
    if (tryLock(lock)) break;
    // Another worker builds this key: wait for its entry, or for its error.
    waitingSince ||= Date.now();
    await sleep(250);
    if (!existsSync(lock) && !existsSync(dist) && existsSync(failure) && statSync(failure).mtimeMs >= waitingSince - 1000) {
      throw new Error(`${readFileSync(failure, 'utf8')}\n(built by another test worker for the same content)`);
    }
  }

  const scratchDir = join(CACHE_DIR, `.tmp-${key}-${process.pid}-${Date.now()}`);
  try {
    if (existsSync(dist)) return done(true);
    try {
      await run(process.execPath, ['scripts/build.ts'], { cwd: root, env: buildEnv(options, join(scratchDir, 'dist')), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    } catch (err) {
      const error = buildError(options, err);
      writeFileSync(failure, error.message);
      throw error;
    }
    const contentAfter = contentHash(options.contentDir);
    if (contentAfter !== content) {
      throw new Error(`the content in ${options.contentDir} changed while it was being built (by the build, or by someone editing it)`);
    }
    if (buildKey(options, contentAfter) !== key) {
      // The code changed during the build (someone is editing src/): use this build, but do not cache it.
      // Beside the cache (one file system for the rename); cleanUp() or prune() removes it.
      const ownDir = tempDir('.tmp-uncached-', CACHE_DIR);
      const own = join(ownDir, 'dist');
      renameSync(join(scratchDir, 'dist'), own);
      console.warn(`[tests] the project's files changed while ${options.contentDir} was being built; that build is used once and not cached`);
      return { dir: own, base, ms: performance.now() - started, cached: false };
    }
    // An entry folder without dist/ is no entry (only a rename creates one): replace it.
    if (existsSync(entry) && !existsSync(dist)) rmSync(entry, { recursive: true, force: true });
    try {
      renameSync(scratchDir, entry);
    } catch (err) {
      // Another process (a concurrent test run) finished the same key first: use its entry.
      if (!['EEXIST', 'ENOTEMPTY', 'EPERM'].includes((err as NodeJS.ErrnoException).code ?? '') || !existsSync(dist)) throw err;
    }
    rmSync(failure, { force: true });
    prune();
    return done(false);
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
    rmSync(lock, { recursive: true, force: true });
  }
}
