/**
 * `npm ci` refuses a lock file that lacks an optional dependency's entry. The
 * registry here serves only this platform's Astro compiler binding, so
 * `npm install` drops the others: `node scripts/lockfile-platforms.ts` adds
 * them back. This test catches a lock file committed without that step.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const lock = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package-lock.json'), 'utf8')) as {
  packages: Record<string, { optionalDependencies?: Record<string, string> }>;
};

describe('package-lock.json', () => {
  it('has an entry for every optional dependency, for every platform', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${dep}`]) missing.push(`${dep} (needed by ${path || 'the project'})`);
      }
    }
    expect(missing, 'run: node scripts/lockfile-platforms.ts').toEqual([]);
  });
});
