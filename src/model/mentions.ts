/**
 * Finds names of places and industries in running text: leftmost-longest,
 * non-overlapping, in one pass over the text (a trie walk per position), so
 * "长治经开区" is one mention and never also "长治". The model uses it for
 * backlinks and the Markdown plugin for links, so both always agree.
 */
import { remark } from 'remark';
import type { Mention } from './types.ts';

/**
 * Where a name in a body is linked, and so where it counts as a mention (backlinks): the one
 * rule, in two vocabularies. Headings, code, links and raw HTML are left alone. The Markdown
 * plugin skips these rendered elements; the model skips the same Markdown nodes.
 */
export const SKIP_ELEMENTS = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'svg']);
const SKIP_NODES = new Set(['heading', 'code', 'inlineCode', 'link', 'linkReference', 'definition', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

/** The text runs of a Markdown body in which names are linked (one per text node, as rendered). */
export function linkableText(body: string): string[] {
  const out: string[] = [];
  const walk = (node: MdNode) => {
    if (SKIP_NODES.has(node.type)) return;
    if (node.type === 'text' && node.value) out.push(node.value);
    node.children?.forEach(walk);
  };
  walk(remark().parse(body) as MdNode);
  return out;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  mention?: Mention;
}

export interface MentionMatch {
  start: number;
  end: number;
  mention: Mention;
}

export class MentionMatcher {
  private readonly root: TrieNode = { next: new Map() };

  constructor(mentions: readonly Mention[]) {
    for (const m of mentions) {
      let node = this.root;
      for (const ch of m.text) {
        let child = node.next.get(ch);
        if (!child) {
          child = { next: new Map() };
          node.next.set(ch, child);
        }
        node = child;
      }
      node.mention ??= m;
    }
  }

  /** Every mention in `text`, left to right, longest at each position, not overlapping. */
  find(text: string): MentionMatch[] {
    const out: MentionMatch[] = [];
    let i = 0;
    while (i < text.length) {
      let node: TrieNode | undefined = this.root;
      let best: MentionMatch | undefined;
      for (let j = i; j < text.length && node; j++) {
        node = node.next.get(text[j]);
        if (node?.mention) best = { start: i, end: j + 1, mention: node.mention };
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else i++;
    }
    return out;
  }
}

const cache = new WeakMap<readonly Mention[], MentionMatcher>();

/** One matcher per list of mentions (the model's), built on first use. */
export function matcherFor(mentions: readonly Mention[]): MentionMatcher {
  let m = cache.get(mentions);
  if (!m) {
    m = new MentionMatcher(mentions);
    cache.set(mentions, m);
  }
  return m;
}
