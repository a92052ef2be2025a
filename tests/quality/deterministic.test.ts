/**
 * The same content builds into the same bytes: two builds into two folders are
 * compared file by file, so a deploy only changes what the content changed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildSite, cleanUp, testContent } from './site.ts';

function files(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return out.sort();
}

/** Where two buffers first differ, with a little text around it. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
  return `byte ${i}: ${around(a)} vs ${around(b)}`;
}

describe('deterministic build', () => {
  const content = testContent();
  afterAll(cleanUp);

  it(`builds the ${content.source} content twice into identical files`, () => {
    const a = buildSite({ contentDir: content.dir });
    const b = buildSite({ contentDir: content.dir });
    const listA = files(a.dir);
    const listB = files(b.dir);
    expect(listA.length).toBeGreaterThan(19);
    expect(listB, 'the two builds have different files').toEqual(listA);
    const differing: string[] = [];
    for (const f of listA) {
      const x = readFileSync(join(a.dir, f));
      const y = readFileSync(join(b.dir, f));
      if (!x.equals(y)) differing.push(`${f} (${firstDifference(x, y)})`);
    }
    expect(differing, `files differ between two builds of the same content:\n${differing.join('\n')}`).toEqual([]);
  }, 120_000);
});
