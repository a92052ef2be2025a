/**
 * sitemap-index.xml and sitemap-<n>.xml for a built site with SITE_URL: every page of both
 * editions, each listing its Simplified and Traditional alternates (hreflang). Written here
 * with the `sitemap` package rather than @astrojs/sitemap, which sees only the pages Astro
 * rendered, not the edition written after it.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import { EDITION_DIR, EDITION_LANG, SOURCE_LANG } from '../src/edition/paths.ts';

/** Under the protocol's 50,000 addresses per file. */
const PER_FILE = 45_000;

function pages(dir: string, at = dir, out: string[] = []): string[] {
  for (const e of readdirSync(at, { withFileTypes: true })) {
    const p = join(at, e.name);
    if (e.isDirectory() && relative(dir, p) !== EDITION_DIR) pages(dir, p, out);
    else if (e.name === 'index.html') out.push(relative(dir, at).split(sep).join('/'));
  }
  return out;
}

async function xml(stream: SitemapStream | SitemapIndexStream, items: readonly (SitemapItemLoose | { url: string })[]): Promise<string> {
  for (const item of items) stream.write(item);
  stream.end();
  return (await streamToPromise(stream)).toString();
}

/** Writes the sitemap files into `dir`; returns how many addresses they list. */
export async function writeSitemap(dir: string, origin: string, edition: boolean): Promise<number> {
  const items: SitemapItemLoose[] = [];
  for (const page of pages(dir).sort()) {
    const url = `${origin}${page ? `${page}/` : ''}`;
    if (!edition) {
      items.push({ url });
      continue;
    }
    const hant = `${origin}${EDITION_DIR}/${page ? `${page}/` : ''}`;
    const links = [
      { lang: SOURCE_LANG, url },
      { lang: EDITION_LANG, url: hant },
      { lang: 'x-default', url },
    ];
    items.push({ url, links }, { url: hant, links });
  }
  const files: string[] = [];
  for (let i = 0; i * PER_FILE < items.length; i++) {
    const name = `sitemap-${i}.xml`;
    writeFileSync(join(dir, name), await xml(new SitemapStream({ xmlns: { xhtml: edition, news: false, image: false, video: false } }), items.slice(i * PER_FILE, (i + 1) * PER_FILE)));
    files.push(name);
  }
  writeFileSync(join(dir, 'sitemap-index.xml'), await xml(new SitemapIndexStream(), files.map((f) => ({ url: `${origin}${f}` }))));
  return items.length;
}
