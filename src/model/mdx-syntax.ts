/**
 * MDX bodies are compiled once while content is checked, so that a stray
 * `{` or `<` in a briefing is reported with its file and line like any other
 * content mistake, instead of failing later inside the bundler.
 */
import { compileSync } from '@mdx-js/mdx';

interface BodyFile {
  folder: string;
  file: string;
  ext: string;
  body: string;
  bodyOffset: number;
}

export function checkMdxSyntax(files: readonly BodyFile[], report: (file: string, field: string, message: string, hint?: string) => void): void {
  for (const f of files) {
    if (f.ext !== 'mdx') continue;
    try {
      compileSync(f.body);
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
