/**
 * The same six collections as the site (src/content.config.ts at the repository root), read from
 * CONTENT_DIR, with no schema: any frontmatter passes through.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolve } from 'node:path';

const dir = resolve(process.env.CONTENT_DIR || 'content');

function folder(name: string) {
  return defineCollection({
    loader: glob({
      pattern: '**/*.{md,mdx}',
      base: `${dir}/${name}`,
      generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx?$/, ''),
    }),
  });
}

export const collections = {
  counties: folder('counties'),
  parks: folder('parks'),
  regions: folder('regions'),
  industries: folder('industries'),
  rankings: folder('rankings'),
  briefings: folder('briefings'),
};
