/**
 * Astro collections, used only to render bodies (Markdown and MDX).
 * Frontmatter is validated and modelled by src/model, once, not here.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const dir = (process.env.CONTENT_DIR || 'content').replace(/\/$/, '');

function folder(name: string) {
  return defineCollection({
    loader: glob({
      pattern: '**/*.{md,mdx}',
      base: `${dir}/${name}`,
      // The slug is the file name, whatever subfolder an editor used.
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
