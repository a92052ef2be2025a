/**
 * MDX bodies are compiled once while content is checked, so that a stray
 * `{` or `<` in a briefing is reported with its file and line like any other
 * content mistake, instead of failing later inside the bundler.
 *
 * The syntax tree parsed here is kept for the chart check (mdx-charts.ts),
 * which reads the components from it: each body is parsed once.
 */
import { createProcessor } from '@mdx-js/mdx';

interface BodyFile {
  folder: string;
  file: string;
  ext: string;
  body: string;
  bodyOffset: number;
}

/** A node of the syntax tree (mdast with the MDX nodes of mdast-util-mdx), as far as the checks read it. */
export interface MdxNode {
  type: string;
  /** Components (mdxJsxFlowElement, mdxJsxTextElement): the tag name, null for a fragment `<>`. */
  name?: string | null;
  /** Components: `name="a"`, `name={expr}` (mdxJsxAttribute) or `{...expr}` (mdxJsxExpressionAttribute). */
  attributes?: { type: string; name?: string; value?: string | null | { type: string; value: string; data?: { estree?: unknown } }; data?: { estree?: unknown } }[];
  value?: string;
  children?: MdxNode[];
  /** Lines and columns count from 1 in the body; offsets from 0. */
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  /** Expressions and ESM: the JavaScript (ESTree, positions in the body). */
  data?: { estree?: unknown };
}

type Processor = ReturnType<typeof createProcessor>;
let mdx: Processor | undefined;
let md: Processor | undefined;
// The processor compileSync() makes for a body: MDX, default options.
const mdxProcessor = (): Processor => (mdx ??= createProcessor());

/** The MDX syntax tree of a body; throws the syntax error (a VFileMessage with line and reason). */
export function parseMdx(body: string): MdxNode {
  return mdxProcessor().parse(body) as unknown as MdxNode;
}

/** The Markdown (CommonMark, no MDX) syntax tree of a .md body: never throws. */
export function parseMarkdown(body: string): MdxNode {
  md ??= createProcessor({ format: 'md' });
  return md.parse(body) as unknown as MdxNode;
}

const parsed = new WeakMap<object, { tree: MdxNode } | { error: unknown }>();

function parseOnce(f: { body: string }): { tree: MdxNode } | { error: unknown } {
  let p = parsed.get(f);
  if (!p) {
    try {
      p = { tree: parseMdx(f.body) };
    } catch (error) {
      p = { error };
    }
    parsed.set(f, p);
  }
  return p;
}

/**
 * The MDX syntax tree of a content file's body, parsed once per file and
 * shared by the syntax and chart checks; undefined when the body is not
 * valid MDX (checkMdxSyntax reports why). Do not change the tree.
 */
export function mdxTreeOf(f: { body: string }): MdxNode | undefined {
  const p = parseOnce(f);
  return 'tree' in p ? p.tree : undefined;
}

export function checkMdxSyntax(files: readonly BodyFile[], report: (file: string, field: string, message: string, hint?: string) => void): void {
  for (const f of files) {
    if (f.ext !== 'mdx') continue;
    try {
      const p = parseOnce(f);
      if ('error' in p) throw p.error;
      // The rest of compileSync(): some mistakes only show when the tree becomes JavaScript.
      // The compiler changes the tree it is given, so it gets a copy and the shared one stays as parsed.
      const copy = structuredClone(p.tree) as unknown as Parameters<Processor['runSync']>[0];
      mdxProcessor().stringify(mdxProcessor().runSync(copy));
    } catch (err) {
      const e = err as { line?: number; column?: number; reason?: string; message: string };
      const line = e.line ? e.line + f.bodyOffset : undefined;
      report(
        f.file,
        line ? `正文 body（第 ${line} 行 line ${line}）` : '正文 body',
        `MDX 语法错误 MDX syntax error: ${e.reason ?? e.message}`,
        'MDX 中 { } 和 < 有特殊含义：正文里的 { 写成 \\{，< 写成 &lt;；不用图表组件的文件可改为 .md',
      );
    }
  }
}
