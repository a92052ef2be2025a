/**
 * Builds a site for the quality and browser tests with the real build script
 * (scripts/build.ts), one build at a time.
 *
 * Why a lock: scripts/build.ts always builds in the same scratch folder
 * (.build-tmp/dist), and vitest runs test files in parallel, so two builds at once
 * would overwrite each other. The lock serialises the builds these tests start.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeContent } from '../helpers/content.ts';

export const root = resolve(import.meta.dirname, '../..');

/** The content folders CONTENT-FORMAT.md defines. */
export const FOLDERS = ['counties', 'parks', 'regions', 'industries', 'rankings', 'briefings'];

/** True when content/ has metrics.yaml and at least one file in every folder. */
export function exampleContentReady(dir = join(root, 'content')): boolean {
  if (!existsSync(join(dir, 'metrics.yaml'))) return false;
  return FOLDERS.every((f) => existsSync(join(dir, f)) && readdirSync(join(dir, f)).some((n) => /\.mdx?$/.test(n)));
}

export interface TestContent {
  dir: string;
  /** 'example' (content/) or 'fixture' (tests/helpers/content.ts) */
  source: 'example' | 'fixture';
}

/** The example content when it is complete, else the small fixture. */
export function testContent(): TestContent {
  if (exampleContentReady()) return { dir: join(root, 'content'), source: 'example' };
  return { dir: writeContent({}), source: 'fixture' };
}

const LOCK = join(root, '.build-tmp', 'test-build.lock');

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withLock<T>(fn: () => T): T {
  mkdirSync(join(root, '.build-tmp'), { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than two minutes belongs to a build that died.
      try { if (Date.now() - statSync(LOCK).mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true }); } catch { /* gone meanwhile */ }
      if (Date.now() > deadline) throw new Error(`waited 5 minutes for ${LOCK}; remove it if no build is running`);
      sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface BuildOptions {
  contentDir: string;
  /** SITE_BASE, e.g. /sub/ */
  base?: string;
  /** Output folder; a new temporary one by default. */
  out?: string;
}

export interface BuiltSite {
  dir: string;
  base: string;
  ms: number;
}

/**
 * The environment of `npm run build` in a shell: vitest puts its import.meta.env values
 * (BASE_URL=/, MODE=test, NODE_ENV=test, DEV, PROD, SSR, VITEST*) into process.env, and a
 * child build that inherits them renders differently (BASE_URL=/ overrides SITE_BASE in
 * src/lib/url.ts), so they are removed.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*)$/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

const scratch: string[] = [];

/** Removes the temporary folders this process created (call in afterAll). */
export function cleanUp(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temporary folder that cleanUp() removes. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

/** Runs `node scripts/build.ts` with CONTENT_DIR/OUT_DIR/SITE_BASE; throws with the build's output on failure. */
export function buildSite(options: BuildOptions): BuiltSite {
  const out = options.out ?? join(tempDir('quality-site-'), 'dist');
  const base = options.base ?? '/';
  const env = buildEnv({ CONTENT_DIR: options.contentDir, OUT_DIR: out, SITE_BASE: base, CI: 'true' });
  const started = performance.now();
  withLock(() => {
    try {
      execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, env, stdio: 'pipe', encoding: 'utf8' });
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string; message: string };
      throw new Error(`build of ${options.contentDir} (base ${base}) failed:\n${e.stderr ?? ''}\n${e.stdout ?? ''}\n${e.message}`);
    }
  });
  return { dir: out, base, ms: performance.now() - started };
}
