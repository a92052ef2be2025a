/**
 * The site's Content-Security-Policy, defined once: the layout's meta tag, the static server
 * (npm start) and the headers in docs/DEPLOY.md all use it, and a test checks that they agree.
 * `frame-ancestors` only works as a header (browsers ignore it in a meta tag), so the meta
 * tag leaves it out.
 */
const DIRECTIVES = ["default-src 'self'", "img-src 'self' data:", "style-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];

/** For <meta http-equiv="Content-Security-Policy">, on hosts that cannot send headers. */
export const CSP_META = DIRECTIVES.join('; ');

/** The header hosts should send (docs/DEPLOY.md). */
export const CSP_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
