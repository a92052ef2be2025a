/**
 * The Traditional edition mirrors the site under <base>zh-hant/. One rule says which addresses
 * it has its own copy of (pages, feeds, the search index) and which it shares (styles,
 * scripts, data downloads): the layout's switch, the converter and the sitemap all use it.
 */
export const EDITION_DIR = 'zh-hant';
export const EDITION_LANG = 'zh-Hant';
export const SOURCE_LANG = 'zh-Hans';

/** cn→tw (Taiwan characters) or cn→hk; never twp, whose phrase swaps (发布会 → 釋出會) are wrong for this text. */
export type Variant = 'tw' | 'hk';

/** What each variant writes where a locale is named. */
export const VARIANT_LOCALE: Record<Variant, { og: string; rss: string }> = {
  tw: { og: 'zh_TW', rss: 'zh-tw' },
  hk: { og: 'zh_HK', rss: 'zh-hk' },
};

/** True for a path under the base (no leading slash; query and hash allowed) that the edition has its own copy of. */
export function inEdition(rest: string): boolean {
  const path = rest.split(/[?#]/)[0];
  if (path === EDITION_DIR || path.startsWith(`${EDITION_DIR}/`) || path.startsWith('_astro/')) return false;
  return path === '' || path.endsWith('/') || path.endsWith('feed.xml') || path.startsWith('search/idx/');
}

/** A site path ("/counties/x/") in the edition ("/zh-hant/counties/x/"). */
export const editionPath = (sitePath: string): string => `/${EDITION_DIR}${sitePath.startsWith('/') ? sitePath : `/${sitePath}`}`;
