/** A site path as the address readers and programs use: absolute with SITE_URL, else under the base. */
import { href } from './url.ts';

export function absoluteUrl(sitePath: string, site: URL | undefined): string {
  return site ? new URL(href(sitePath), site).href : href(sitePath);
}
