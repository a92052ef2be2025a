/**
 * The same content builds into the same bytes, wherever its folder is: a fresh build of a
 * copy of the content in another folder is compared file by file with the shared build of
 * the content (built earlier in this run, or in an earlier run from identical files), so a
 * deploy only changes what the content changed. That the folder does not matter is also
 * what lets the shared builds (tests/helpers/built-site.ts) key on the content's files.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, cleanUp, exampleContentReady, filesUnder, sharedBuild, tempDir, testContent } from '../helpers/built-site.ts';

/** Where two buffers first differ, with a little text around it. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
  return `byte ${i}: ${around(a)} vs ${around(b)}`;
}

describe('deterministic build', () => {
  afterAll(cleanUp);

  // testContent() fails in CI when content/ is incomplete, instead of switching to the fixture.
  it(`builds the ${exampleContentReady() ? 'example' : 'test'} content twice, from two folders, into identical files`, async () => {
    const content = testContent();
    const shared = await sharedBuild({ contentDir: content.dir });
    const copy = join(tempDir('deterministic-content-'), 'content');
    cpSync(content.dir, copy, { recursive: true });
    const fresh = buildSite({ contentDir: copy });
    const listA = filesUnder(shared.dir);
    const listB = filesUnder(fresh.dir);
    expect(listA.length).toBeGreaterThan(19);
    expect(listB, 'the two builds have different files').toEqual(listA);
    const differing: string[] = [];
    for (const f of listA) {
      const x = readFileSync(join(shared.dir, f));
      const y = readFileSync(join(fresh.dir, f));
      if (!x.equals(y)) differing.push(`${f} (${firstDifference(x, y)})`);
    }
    expect(differing, `files differ between two builds of the same ${content.source} content (${content.dir} and a copy in ${copy}):\n${differing.join('\n')}`).toEqual([]);
  }, 300_000);
});
