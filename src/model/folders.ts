/**
 * The content folders CONTENT-FORMAT.md defines, and where the content
 * folder is: one definition for the reader, Astro's collections, the
 * Markdown plugin and the scripts.
 */
import { resolve } from 'node:path';

export const FOLDERS = ['counties', 'parks', 'regions', 'industries', 'rankings', 'briefings'] as const;
export type Folder = (typeof FOLDERS)[number];

/** Folders under content/ that hold other things than entity files. */
export const OTHER_FOLDERS: readonly string[] = ['boundaries'];

/** The content folder: CONTENT_DIR, or ./content, as an absolute path. */
export function contentDirFromEnv(): string {
  return resolve(process.env.CONTENT_DIR || 'content');
}
