/**
 * Astro collections, used only to render bodies (Markdown and MDX).
 * Frontmatter is validated and modelled by src/model, once, not here.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDirFromEnv, type Folder } from './model/folders.ts';

const dir = contentDirFromEnv();

function folder(name: Folder) {
  return defineCollection({
    loader: glob({
      pattern: '**/*.{md,mdx}',
      base: `${dir}/${name}`,
      // The slug is the file name, whatever subfolder an editor used.
      generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx?$/, ''),
    }),
  });
}

// Spelled out so each collection keeps its name in Astro's types (CollectionEntry<'counties'>);
// `satisfies` keeps the list equal to the content folders (src/model/folders.ts).
export const collections = {
  counties: folder('counties'),
  parks: folder('parks'),
  regions: folder('regions'),
  industries: folder('industries'),
  rankings: folder('rankings'),
  briefings: folder('briefings'),
} satisfies Record<Folder, ReturnType<typeof folder>>;
