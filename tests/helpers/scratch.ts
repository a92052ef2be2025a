/**
 * Temporary folders for tests. Each test file that imports this removes its folders when its
 * tests end, so a run leaves nothing behind in the system's temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const scratch: string[] = [];

/** Removes the temporary folders this test file created (also runs by itself after the file). */
export function cleanUp(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// Vitest loads helpers afresh for each test file, so this hook belongs to the importing file.
afterAll(cleanUp);

/** A temporary folder (in `parent`, by default the system's) that is removed when the test file ends. */
export function tempDir(prefix: string, parent = tmpdir()): string {
  const dir = mkdtempSync(join(parent, prefix));
  scratch.push(dir);
  return dir;
}
