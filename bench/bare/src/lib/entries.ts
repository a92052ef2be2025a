/** One getCollection per route: every entry of a folder (draft briefings left out, as the site does). */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';

export const FOLDERS = ['counties', 'parks', 'regions', 'industries', 'rankings', 'briefings'] as const;

export type Entry = CollectionEntry<CollectionKey>;

export async function entries(folder: CollectionKey): Promise<Entry[]> {
  const all: Entry[] = await getCollection(folder);
  return all.filter((e) => (e.data as { draft?: unknown }).draft !== true).sort((a, b) => a.id.localeCompare(b.id));
}

export const titleOf = (e: Entry): string => {
  const d = e.data as { name?: unknown; title?: unknown };
  return String(d.name ?? d.title ?? e.id);
};

/** getStaticPaths for /<folder>/<slug>/: the entry goes to the page as a prop. */
export async function entryPaths(folder: CollectionKey) {
  return (await entries(folder)).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
