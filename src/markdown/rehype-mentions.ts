/**
 * Links the first mention of each known place and industry in a body's
 * text (briefings and entity overviews). Text inside links, code and
 * headings is left alone, and a file never links to itself.
 */
import type { Mention } from '../model/types.ts';
import { contentDirFromEnv, FOLDERS } from '../model/folders.ts';
import { relative, resolve, sep } from 'node:path';
import { normaliseBase } from '../lib/base.ts';
import { matcherFor, SKIP_ELEMENTS } from '../model/mentions.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}


export interface MentionOptions {
  /** Called once per file so the model is read lazily, after it is built. */
  mentions: () => readonly Mention[];
  base: string;
}

const SELF_RE = new RegExp(`/(${FOLDERS.join('|')})/(?:.*/)?([^/]+)\\.mdx?$`);

/** The folder and slug of a content file path, e.g. `…/counties/zhijiang.md`. */
export function selfOf(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const m = SELF_RE.exec(path.split('\\').join('/'));
  return m ? `/${m[1]}/${m[2]}/` : undefined;
}

/** Splits text nodes at the first mention of each target; returns the linked slugs. */
export function linkMentions(tree: HastNode, mentions: readonly Mention[], base: string, selfUrl?: string): string[] {
  const linked = new Set<string>();
  if (selfUrl) linked.add(selfUrl);
  const prefix = normaliseBase(base).slice(0, -1);

  const matcher = matcherFor(mentions);
  const splitText = (value: string): HastNode[] => {
    const out: HastNode[] = [];
    let at = 0;
    for (const { start, end, mention } of matcher.find(value)) {
      if (linked.has(mention.url)) continue;
      if (start > at) out.push({ type: 'text', value: value.slice(at, start) });
      out.push({ type: 'element', tagName: 'a', properties: { href: `${prefix}${mention.url}`, className: ['mention'] }, children: [{ type: 'text', value: mention.text }] });
      linked.add(mention.url);
      at = end;
    }
    if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
    return out;
  };

  const walk = (node: HastNode) => {
    if (!node.children) return;
    const next: HastNode[] = [];
    for (const child of node.children) {
      if (child.type === 'text' && child.value) next.push(...splitText(child.value));
      else {
        if (child.type === 'element' && !SKIP_ELEMENTS.has(child.tagName ?? '')) walk(child);
        next.push(child);
      }
    }
    node.children = next;
  };
  walk(tree);
  linked.delete(selfUrl ?? '');
  return [...linked];
}

export function rehypeMentions(options: MentionOptions) {
  return (tree: HastNode, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.at(-1);
    // Within the content folder only, judged from the folder itself: a checkout under ~/briefings/
    // must not make the guide look like a briefing.
    const rel = path ? relative(contentDirFromEnv(), resolve(path)) : '..';
    const self = rel.startsWith('..') ? undefined : selfOf(`/${rel.split(sep).join('/')}`);
    // Content files only: the editors' guide (docs/, the /help/ page) names example places as examples.
    if (!self) return;
    linkMentions(tree, options.mentions(), options.base, self);
  };
}
