/**
 * A fast scanner for the link checker (scripts/check-links.ts): reads one built HTML page
 * and returns its ids and every reference it makes, without building a tree.
 *
 * It follows the HTML tokenizer where the answer depends on it (scripts/check-links-tokens.ts),
 * so it finds what parse5 found on the same page: start tags and their attributes (double-,
 * single- or unquoted, or no value; names lowercased; a repeated attribute keeps its first
 * value; character references decoded as in attribute values), and it skips what is not
 * markup: comments, <!DOCTYPE>, bogus comments (<?…>, <!…>), the raw text of <script> (with
 * its <!-- escapes), <style>, <textarea>, <title>, <noscript>, <iframe>, <xmp>, <noembed>,
 * <noframes>, and everything after <plaintext>. Inside <svg> and <math> it keeps the tree
 * builder's rules for foreign content: no raw text there, <![CDATA[…]]> is text, <image>
 * stays an SVG element (outside it becomes <img>), and the HTML start tags that end foreign
 * content end it. <template> contents count, as parse5's template content did.
 * What it does not model is the tree builder's repair of invalid HTML (misnested formatting
 * elements re-opened, start tags dropped inside <select>, a second <body> or a nested <form>
 * merged or dropped, an unclosed <svg> closed by its parent's end tag), which our
 * html-validate-clean pages do not have.
 */
import { Buffer } from 'node:buffer';
import { bogusEnd, commentEnd, isAlpha, LT, Names, rawTextEnd, scriptEnd, SLOT, Tag } from './check-links-tokens.ts';
import type { AttrName } from './check-links-tokens.ts';

export interface Ref {
  value: string;
  /** Element and attribute, e.g. a[href] */
  where: string;
}

export interface ScannedPage {
  ids: Set<string>;
  refs: Ref[];
}

/** Attributes that reference another resource, per element. */
export const LINK_ATTRS: ReadonlyMap<string, readonly AttrName[]> = new Map<string, AttrName[]>([
  ['a', ['href']],
  ['area', ['href']],
  ['link', ['href']],
  ['script', ['src']],
  ['img', ['src', 'srcset']],
  ['source', ['src', 'srcset']],
  ['use', ['href', 'xlink:href']],
  ['image', ['href', 'xlink:href']],
  ['iframe', ['src']],
  ['video', ['src', 'poster']],
  ['audio', ['src']],
  ['track', ['src']],
  ['embed', ['src']],
  ['object', ['data']],
]);

/** Elements whose content is text up to their end tag (scripting on, as parse5 parses). */
const RAW_TEXT = new Set(['style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'textarea', 'title']);
/** Start tags that end foreign content (HTML spec, "parsing main in foreign content"). */
const EXITS_FOREIGN = new Set(['b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre',
  'ruby', 's', 'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var']);

/** What the scanner needs to know about an element name, worked out once per name. */
interface Element {
  name: string;
  /** Its references: attribute slot and "tag[attr]". */
  links: { slot: number; where: string }[];
  /** What follows its start tag among HTML: markup, raw text, script data, or text to the end. */
  text: '' | 'raw' | 'script' | 'plaintext';
  /** A start tag that ends foreign content (<font> only with color, face or size). */
  exits: boolean;
  /** Integration point when an SVG element (foreignObject, desc, title) or a MathML one (mi, mo, mn, ms, mtext). */
  svgPoint: boolean;
  mathPoint: boolean;
}

const ELEMENTS = new Names<Element>((name) => ({
  name,
  links: (LINK_ATTRS.get(name) ?? []).map((a) => ({ slot: SLOT[a], where: `${name}[${a}]` })),
  text: name === 'script' ? 'script' : name === 'plaintext' ? 'plaintext' : RAW_TEXT.has(name) ? 'raw' : '',
  exits: EXITS_FOREIGN.has(name),
  svgPoint: name === 'foreignobject' || name === 'desc' || name === 'title',
  mathPoint: ['mi', 'mo', 'mn', 'ms', 'mtext'].includes(name),
}));

/**
 * Kinds of open element in foreign content: a foreign (SVG, MathML) element; one that is an
 * HTML integration point (svg foreignObject, desc, title; math annotation-xml for HTML) or a
 * MathML text one (mi, mo, mn, ms, mtext), inside which tags are HTML again; and an HTML
 * element opened inside one of those.
 */
const FOREIGN = 0, HTML_POINT = 1, TEXT_POINT = 2, HTML = 3;
/** HTML elements without an end tag, not kept open. */
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr']);

/**
 * The open elements from the outermost <svg> or <math> in: name, namespace, kind; in arrays,
 * not objects. Outside foreign content it is empty: HTML elements need no tracking there.
 */
class ForeignStack {
  depth = 0;
  private names: string[] = [];
  private svgs: boolean[] = [];
  private kinds: number[] = [];

  /** The current element's name, namespace and kind (when depth > 0). */
  get name(): string { return this.names[this.depth - 1]; }
  get svg(): boolean { return this.svgs[this.depth - 1]; }
  get kind(): number { return this.kinds[this.depth - 1]; }

  /** A foreign element (svg: in the SVG namespace, else MathML). */
  pushForeign(b: Buffer, tag: Tag<Element>, e: Element, svg: boolean): void {
    let kind = FOREIGN;
    if (svg) kind = e.svgPoint ? HTML_POINT : FOREIGN;
    else if (e.mathPoint) kind = TEXT_POINT;
    else if (e.name === 'annotation-xml') {
      const encoding = tag.value(b, SLOT.encoding)?.toLowerCase();
      if (encoding === 'text/html' || encoding === 'application/xhtml+xml') kind = HTML_POINT;
    }
    this.push(e.name, svg, kind);
  }

  /** An HTML element inside an integration point. */
  pushHtml(e: Element): void {
    if (!VOID.has(e.name)) this.push(e.name, false, HTML);
  }

  private push(name: string, svg: boolean, kind: number): void {
    this.names[this.depth] = name;
    this.svgs[this.depth] = svg;
    this.kinds[this.depth] = kind;
    this.depth++;
  }

  /** Pops foreign elements up to an integration point, an HTML element, or out of foreign content. */
  leave(): void {
    while (this.depth > 0 && this.kinds[this.depth - 1] === FOREIGN) this.depth--;
  }

  /** An end tag: pops up to the topmost open element of that name, if any. */
  close(name: string): void {
    for (let k = this.depth - 1; k >= 0; k--) if (this.names[k] === name) { this.depth = k; return; }
  }
}

/** Scans one page (its bytes as read, or text): its ids (id, and name on <a>) and its references, in document order. */
export function scanHtml(page: string | Buffer): ScannedPage {
  const b = typeof page === 'string' ? Buffer.from(page, 'utf8') : page;
  const ids = new Set<string>();
  const refs: Ref[] = [];
  const tag = new Tag(ELEMENTS);
  const foreign = new ForeignStack();
  const n = b.length;
  let i = 0;
  while (i < n) {
    let lt = i;
    while (lt < n && b[lt] !== LT) lt++;
    if (lt + 1 >= n) break;
    const c = b[lt + 1];
    const inside = foreign.depth > 0;
    const kind = inside ? foreign.kind : HTML;
    if (isAlpha(c)) {
      i = tag.read(b, lt + 1);
      if (i < 0) break;
      let e = tag.element;
      let inForeign = (kind === FOREIGN || (kind === TEXT_POINT && (e.name === 'mglyph' || e.name === 'malignmark')))
        && !(e.name === 'svg' && foreign.name === 'annotation-xml' && !foreign.svg);
      if (inForeign && (e.exits || (e.name === 'font' && (tag.has(SLOT.color) || tag.has(SLOT.face) || tag.has(SLOT.size))))) {
        foreign.leave();
        inForeign = false;
      }
      if (!inForeign && e.name === 'image') e = ELEMENTS.get('img');
      collect(b, tag, e, ids, refs);
      if (inForeign || e.name === 'svg' || e.name === 'math') {
        // A foreign element takes its parent's namespace; <svg> and <math> among HTML start their own.
        const svg = inForeign ? foreign.svg : e.name === 'svg';
        if (!tag.selfClosing) foreign.pushForeign(b, tag, e, svg);
        continue;
      }
      if (foreign.depth > 0) foreign.pushHtml(e);
      if (e.text === 'plaintext') {
        break;
      } else if (e.text !== '') {
        i = e.text === 'script' ? scriptEnd(b, i) : rawTextEnd(b, i, e.name);
        if (i < 0) break;
      }
    } else if (c === 47) { // "/"
      if (isAlpha(b[lt + 2])) {
        i = tag.read(b, lt + 2);
        if (i < 0) break;
        if (!inside) continue;
        const name = tag.element.name;
        if (kind !== HTML && (name === 'p' || name === 'br')) foreign.leave();
        else foreign.close(name);
      } else {
        i = b[lt + 2] === 62 ? lt + 3 : bogusEnd(b, lt + 2); // "</>" is dropped
      }
    } else if (c === 33) { // "!"
      if (b[lt + 2] === 45 && b[lt + 3] === 45) i = commentEnd(b, lt);
      else if (kind === FOREIGN && b.toString('latin1', lt + 2, lt + 9) === '[CDATA[') {
        const close = b.indexOf(']]>', lt + 9);
        i = close < 0 ? n : close + 3;
      } else i = bogusEnd(b, lt + 2); // <!DOCTYPE …> ends at its first ">" too
    } else if (c === 63) { // "?"
      i = bogusEnd(b, lt + 1);
    } else {
      i = lt + 1;
    }
  }
  return { ids, refs };
}

/** The ids and references of one start tag. */
function collect(b: Buffer, tag: Tag<Element>, e: Element, ids: Set<string>, refs: Ref[]): void {
  const id = tag.value(b, SLOT.id);
  if (id !== null && id !== '') ids.add(id);
  if (e.name === 'a') {
    const anchor = tag.value(b, SLOT.name);
    if (anchor) ids.add(anchor);
  }
  for (const { slot, where } of e.links) {
    const value = tag.value(b, slot);
    if (value === null) continue;
    if (slot === SLOT.srcset) {
      for (const candidate of value.split(',')) {
        const src = candidate.trim().split(/\s+/)[0];
        if (src) refs.push({ value: src, where });
      }
    } else {
      refs.push({ value, where });
    }
  }
}
