/**
 * JSON-LD as the text of a <script type="application/ld+json">: site paths in `url`,
 * `contentUrl` and `@id` made absolute, and every character that could end the script
 * element or break a parser (<, >, &, U+2028, U+2029) written as a \u escape, so editors'
 * text can never close the element.
 */
const URL_KEYS = new Set(['url', 'contentUrl', '@id']);

function absolutise(value: unknown, toUrl: (path: string) => string, key = ''): unknown {
  if (typeof value === 'string') return URL_KEYS.has(key) && value.startsWith('/') ? toUrl(value) : value;
  if (Array.isArray(value)) return value.map((v) => absolutise(v, toUrl, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, absolutise(v, toUrl, k)]));
  return value;
}

export function jsonLdText(data: unknown, toUrl: (path: string) => string): string {
  return JSON.stringify(absolutise(data, toUrl)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
