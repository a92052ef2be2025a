/**
 * Site-relative URL → URL under the configured base (deploying under a
 * sub-path). Reads SITE_BASE as astro.config.mjs does: pages render at build
 * time in the same Node process, so both always agree.
 */
export function siteBase(): string {
  const base = process.env.SITE_BASE || '/';
  return base.endsWith('/') ? base : `${base}/`;
}

export function href(path: string): string {
  if (/^(https?:|mailto:|#)/.test(path)) return path;
  return `${siteBase().slice(0, -1)}${path.startsWith('/') ? path : `/${path}`}`;
}
