/**
 * Site path (as the model gives it) → URL under the deploy base. Only the
 * layer that writes HTML calls this; the model knows nothing of the base.
 */
import { siteBase } from './base.ts';

export function href(path: string): string {
  if (/^(https?:|mailto:|#)/.test(path)) return path;
  return `${siteBase().slice(0, -1)}${path.startsWith('/') ? path : `/${path}`}`;
}
