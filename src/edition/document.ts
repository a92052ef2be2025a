/**
 * One built page or feed of the Simplified site → its Traditional copy. The whole document goes
 * through the converter (which touches only runs of Chinese text, so markup and code pass
 * unchanged, and an id and the links to it convert alike); then the site's own
 * addresses that the edition mirrors (paths.ts) move under zh-hant/, and the few places that
 * name the language say zh-Hant. Links carrying hreflang point at one edition on purpose and
 * stay; the 简/繁 switch turns round.
 */
import { EDITION_DIR, EDITION_LANG, SOURCE_LANG, VARIANT_LOCALE, inEdition, type Variant } from './paths.ts';

export interface DocumentContext {
  convert: (text: string) => string;
  variant: Variant;
  /** The deploy base, "/" or "/sub/". */
  base: string;
  /** Absolute addresses of the base ("https://example.gov.cn/sub/"), where the site has them. */
  origins: readonly string[];
  /** The document's own path under the base, "counties/x/" or "" for the home page. */
  page: string;
  /** Attributes to set on the page (name → value), for values that differ in the edition (the search index's). */
  attributes?: Readonly<Record<string, string>>;
}

/** An address of this site → the edition's address when the edition has its own copy, else unchanged. */
export function editionUrl(url: string, ctx: Pick<DocumentContext, 'base' | 'origins'>): string {
  for (const origin of [...ctx.origins, ctx.base]) {
    if (!url.startsWith(origin) || url.startsWith('//')) continue;
    const rest = url.slice(origin.length);
    return inEdition(rest) ? `${origin}${EDITION_DIR}/${rest}` : url;
  }
  return url;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Attributes whose value starts with one of the site's own prefixes. */
const ownAttributes = (ctx: DocumentContext) =>
  new RegExp(`(\\s(?:href|src|action|content|data-[a-z-]+)=")((?:${[...ctx.origins, ctx.base].map(escapeRegExp).join('|')})[^"]*)"`, 'g');

/** JSON-LD: every string that is an address of the site (strings may hold escapes: \u0026, \"), and its language. */
const rewriteJson = (json: string, ctx: DocumentContext) =>
  json.replace(/"((?:[^"\\]|\\.)*)"/g, (_, s: string) => `"${editionUrl(s, ctx)}"`).replace(/"inLanguage":"zh-CN"/g, `"inLanguage":"${EDITION_LANG}"`);

/**
 * Code and addresses elsewhere stay exactly as written: OpenCC would turn a Chinese path or query
 * (…/item/县域经济, ?wd=湖里) into one that leads somewhere else. They are set aside before
 * converting (as private-use characters, which OpenCC leaves alone) and put back after.
 */
const OUTSIDE = /(\s(?:href|src|action)=")([^"]*[^\x00-\x7f][^"]*)"/g;
function setAside(html: string, ctx: DocumentContext): { text: string; kept: string[] } {
  const kept: string[] = [];
  const ours = [...ctx.origins, ctx.base, '#'];
  // Code is literal: the guide's commands (npm run new -- 县 …) and YAML (level: 省级) must read as typed.
  const text = html.replace(/<(pre|code)\b[^>]*>[\s\S]*?<\/\1>/g, (code) => `\uE000${kept.push(code) - 1}\uE001`).replace(OUTSIDE, (all, name: string, value: string) => {
    if (ours.some((o) => value.startsWith(o)) && !value.startsWith('//')) return all;
    kept.push(value);
    return `${name}\uE000${kept.length - 1}\uE001"`;
  });
  return { text, kept };
}
const putBack = (html: string, kept: string[]) => (kept.length ? html.replace(/\uE000(\d+)\uE001/g, (_, i: string) => kept[Number(i)]) : html);

/** The switch of the Simplified page (the layout's) → the switch back to it. */
function switchBack(html: string, ctx: DocumentContext): string {
  return html.replace(
    /<a class="edition-switch"[^>]*>[^<]*<\/a>/,
    `<a class="edition-switch" href="${ctx.base}${ctx.page}" hreflang="${SOURCE_LANG}" lang="${SOURCE_LANG}">简体</a>`,
  );
}

/** Tags that name one edition on purpose (hreflang): set aside while addresses move. */
const ONE_EDITION = /<(?:link|a)\s[^>]*\shreflang="[^>]*>/g;

/**
 * Whole-document regular expressions rather than a walk over every tag: a national page holds
 * a thousand tags (its charts), of which a few dozen need anything done.
 */
export function convertHtml(html: string, ctx: DocumentContext): string {
  const aside = setAside(html, ctx);
  const fixed: string[] = [];
  let out = ctx
    .convert(aside.text)
    .replace(ONE_EDITION, (tag) => `\uE002${fixed.push(tag) - 1}\uE003`)
    .replace(ownAttributes(ctx), (_, name: string, value: string) => `${name}${editionUrl(value, ctx)}"`)
    .replace(/(<html\b[^>]*?\s)lang="[^"]*"/, `$1lang="${EDITION_LANG}"`)
    .replace(/(<meta property="og:locale" content=")[^"]*"/, `$1${VARIANT_LOCALE[ctx.variant].og}"`)
    .replace(/(<script type="application\/ld\+json">)([\s\S]*?)(<\/script>)/g, (_, open: string, json: string, close: string) => open + rewriteJson(json, ctx) + close)
    // The printed address of the page (the layout's .page-address) is the only address in text.
    .replace(/(<span class="page-address">)([^<]*)/, (_, open: string, address: string) => open + editionUrl(address, ctx))
    .replace(/\uE002(\d+)\uE003/g, (_, i: string) => fixed[Number(i)]);
  out = putBack(switchBack(out, ctx), aside.kept);
  for (const [name, value] of Object.entries(ctx.attributes ?? {})) out = out.replace(new RegExp(`(\\s${name}=")[^"]*"`), `$1${value}"`);
  return out;
}

/** An RSS feed: its text, every address of the site in it, and its language. */
export function convertFeed(xml: string, ctx: DocumentContext): string {
  let out = ctx.convert(xml).replace(/<language>[^<]*<\/language>/, `<language>${VARIANT_LOCALE[ctx.variant].rss}</language>`);
  for (const origin of ctx.origins) {
    out = out.replace(new RegExp(`${escapeRegExp(origin)}[^\\s"'<>&]*`, 'g'), (url) => editionUrl(url, ctx));
  }
  return out;
}
