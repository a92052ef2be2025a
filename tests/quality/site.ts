/**
 * Builds a site for the quality and browser tests with the real build script
 * (scripts/build.ts), which itself lets one build of the project run at a time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

export interface BuildOptions {
  contentDir: string;
  /** SITE_BASE, e.g. /sub/ */
  base?: string;
  /** Output folder; a new temporary one by default. */
  out?: string;
  /** SITE_URL, the production address. */
  site?: string;
}

export interface BuiltSite {
  dir: string;
  base: string;
  ms: number;
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
  // scripts/build.ts drops the import.meta.env values vitest exports (MODE, BASE_URL …).
  const env = { ...process.env, CONTENT_DIR: options.contentDir, OUT_DIR: out, SITE_BASE: base, CI: 'true', ...(options.site ? { SITE_URL: options.site } : {}) };
  const started = performance.now();
  try {
    execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, env, stdio: 'pipe', encoding: 'utf8' });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`build of ${options.contentDir} (base ${base}) failed:\n${e.stderr ?? ''}\n${e.stdout ?? ''}\n${e.message}`);
  }
  return { dir: out, base, ms: performance.now() - started };
}
