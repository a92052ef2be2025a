/**
 * The npm registry reachable here serves only this platform's build of
 * @astrojs/compiler-binding, so `npm install` leaves the other platforms'
 * optional packages out of package-lock.json, and `npm ci` then refuses the
 * lock file. This adds the missing optional entries with their os/cpu, which
 * npm skips on other platforms and fetches by version where they exist.
 * Run after `npm install` changes the lock file: `node scripts/lockfile-platforms.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, { version?: string; optionalDependencies?: Record<string, string> } & Record<string, unknown>> };

function platformOf(name: string): Record<string, unknown> {
  const m = /-(android|darwin|linux|win32|freebsd)-(arm64|x64|ia32|arm)(?:-(gnu|musl|msvc|gnueabihf))?$/.exec(name);
  if (m) return { cpu: [m[2]], ...(m[3] === 'gnu' || m[3] === 'musl' ? { libc: [m[3] === 'gnu' ? 'glibc' : 'musl'] } : {}), os: [m[1]] };
  if (/wasm32-wasi$/.test(name)) return { cpu: ['wasm32'] };
  throw new Error(`cannot tell the platform of ${name}`);
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    if (lock.packages[base] || lock.packages[`node_modules/${dep}`]) continue;
    lock.packages[`node_modules/${dep}`] = { version, license: 'MIT', optional: true, ...platformOf(dep) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} optional platform entries to package-lock.json`);
