/**
 * Where a field sits in a content file: the line of `region` or `data.zhijiang.targets[1].year`
 * in its frontmatter, for messages that point an editor (or an editor's tool) at the line.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** The 1-based line of the deepest part of the field path found in the file's frontmatter, or undefined. */
export function fieldLine(text: string, field: string): number | undefined {
  if (!field) return undefined;
  // A Markdown file's frontmatter (line 1 is the opening ---), or a whole YAML file (metrics.yaml).
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const yamlText = m ? m[1] : text.replace(/^\uFEFF/, '');
  const lineAt = (offset: number) => yamlText.slice(0, offset).split('\n').length + (m ? 1 : 0);
  let node: unknown = parseDocument(yamlText).contents;
  let line: number | undefined;
  for (const seg of field.match(/[^.[\]]+/g) ?? []) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      line = lineAt(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as { range?: [number, number] } | undefined;
      if (!item?.range) break;
      line = lineAt(item.range[0]);
      node = item;
    } else break;
  }
  return line;
}

/** Adds the line to each diagnostic of a file whose field can be found (files read once each). */
export function locate<D extends { file: string; field: string; line?: number }>(diagnostics: D[], pathOf: (file: string) => string | undefined): void {
  const texts = new Map<string, string | null>();
  for (const d of diagnostics) {
    if (!d.field || d.line !== undefined) continue;
    const path = pathOf(d.file);
    if (!path) continue;
    if (!texts.has(path)) {
      try {
        texts.set(path, readFileSync(path, 'utf8'));
      } catch {
        texts.set(path, null);
      }
    }
    const text = texts.get(path);
    const line = text ? fieldLine(text, d.field) : undefined;
    if (line !== undefined) d.line = line;
  }
}
