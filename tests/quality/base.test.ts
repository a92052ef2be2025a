/** One normaliser for the deploy base, used by the config, the layout, the plugin and the scripts. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normaliseBase } from '../../src/lib/base.ts';

const root = resolve(import.meta.dirname, '../..');

describe('the deploy base', () => {
  it('normalises any spelling to a leading and trailing slash', () => {
    expect(['', '/', undefined, '  '].map(normaliseBase)).toEqual(['/', '/', '/', '/']);
    expect(['sub', '/sub', 'sub/', '//sub//', ' /a/b '].map(normaliseBase)).toEqual(['/sub/', '/sub/', '/sub/', '/sub/', '/a/b/']);
  });

  it('is read from SITE_BASE in one place only', () => {
    for (const file of ['astro.config.mjs', 'scripts/build.ts', 'scripts/check-links.ts', 'scripts/serve-static.ts', 'src/markdown/rehype-mentions.ts', 'src/lib/url.ts']) {
      const text = readFileSync(resolve(root, file), 'utf8');
      expect(text, file).not.toMatch(/process\.env\.SITE_BASE/);
      expect(text, file).not.toMatch(/function normaliseBase/);
    }
  });
});
