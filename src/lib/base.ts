/**
 * The deploy base (a site under https://host/briefings/ has base
 * "/briefings/"): one normaliser for astro.config.mjs, the layout's links,
 * the Markdown plugin, the build script and the link checker.
 */

/** "/briefings", "briefings/", "" → "/briefings/" or "/". */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** SITE_BASE, normalised. Pages render in the build's own process, so they read the same value. */
export function siteBase(): string {
  return normaliseBase(process.env.SITE_BASE);
}
