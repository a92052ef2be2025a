/** A site path as the address readers and programs use: absolute with SITE_URL, else under the base. */
import { href } from './url.ts';

export function absoluteUrl(sitePath: string, site: URL | undefined): string {
  return site ? new URL(href(sitePath), site).href : href(sitePath);
}

/** Where feeds point without SITE_URL: the local preview (the build says to set SITE_URL before publishing). */
export const LOCAL_SITE = 'http://localhost:4321/';
