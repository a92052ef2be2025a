/**
 * Sets figures in a place file's data blocks by inserting text where YAML would put it, so
 * nothing else in the file changes by a byte: comments, key order, quoting, flow or block
 * style, line ends, the body. The result is read back and must hold exactly the old data plus
 * the new figures; anything else is refused rather than written.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parse, parseDocument, type Pair, type YAMLMap } from 'yaml';

export interface Setting {
  block: 'metrics' | 'rankings';
  key: string;
  /** A year as a number (2023) or a quarter ("2023Q1"). */
  period: number | string;
  value: number | string;
}

export interface Merged {
  text: string;
  /** Settings already in the file with this value. */
  same: Setting[];
  /** Settings whose period the file already gives another value: [setting, value in the file, replaced]. */
  conflicts: [Setting, unknown, boolean][];
  changed: boolean;
}

export class MergeError extends Error {}

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n[\s\S]*|\s*)?)$/;
const scalarText = (v: number | string) => (typeof v === 'number' ? String(v) : JSON.stringify(v));

function pairOf(map: YAMLMap, key: string | number): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key)) as Pair | undefined;
}

/** Where a new entry goes in a map, and its text: inside a flow map's braces, or a line after a block map's last entry. */
function insertion(src: string, map: YAMLMap, entry: string, indentIfEmpty: string, nl: string): [number, string] {
  const [start, end] = map.range!;
  if (map.flow) {
    const close = src.lastIndexOf('}', end - 1);
    const inner = src.slice(start + 1, close);
    if (inner.trim() === '') return [start + 1, ` ${entry} `.slice(inner.length ? 1 : 0)];
    const pad = /\s$/.test(inner) ? inner.match(/\s+$/)![0] : '';
    return [close - pad.length, `, ${entry}`];
  }
  const last = map.items[map.items.length - 1];
  if (!last) return [end, `${indentIfEmpty}${entry}${nl}`];
  const keyStart = (last.key as { range: [number, number, number] }).range[0];
  const indent = src.slice(src.lastIndexOf('\n', keyStart) + 1, keyStart);
  // A block map ends after its last line's line break (nested maps and comments included).
  return src[end - 1] === '\n' ? [end, `${indent}${entry}${nl}`] : [end, `${nl}${indent}${entry}`];
}

/** One setting applied to the frontmatter text; undefined when it is already there (same or conflict). */
function apply(src: string, s: Setting, replace: boolean, nl: string, out: Pick<Merged, 'same' | 'conflicts'>): string | undefined {
  const doc = parseDocument(src);
  const root = doc.contents;
  if (!isMap(root)) throw new MergeError('frontmatter is not a mapping');
  const blockPair = pairOf(root, s.block);
  const entry = `${s.period}: ${scalarText(s.value)}`;
  if (!blockPair || blockPair.value == null) {
    // No block yet: at the end of the frontmatter, as editors write it.
    const tail = src.endsWith('\n') ? '' : nl;
    return `${src}${tail}${s.block}:${nl}  ${s.key}: { ${entry} }${nl}`;
  }
  if (!isMap(blockPair.value)) throw new MergeError(`${s.block} is not a mapping`);
  const block = blockPair.value;
  const keyPair = pairOf(block, s.key);
  if (!keyPair || keyPair.value == null) {
    const [at, text] = insertion(src, block, `${s.key}: { ${entry} }`, '  ', nl);
    return src.slice(0, at) + text + src.slice(at);
  }
  if (!isMap(keyPair.value)) throw new MergeError(`${s.block}.${s.key} is not a mapping`);
  const periods = keyPair.value;
  const periodPair = pairOf(periods, s.period);
  if (periodPair) {
    const raw = periodPair.value;
    const old = isMap(raw) ? (raw.toJSON() as { value?: unknown }).value : isScalar(raw) ? raw.value : undefined;
    if (String(old) === String(s.value)) {
      out.same.push(s);
      return undefined;
    }
    // The long form { value, note } is left for the editor: its note may not fit the new value.
    const replaceable = replace && isScalar(raw) && raw.range !== undefined;
    out.conflicts.push([s, old, replaceable]);
    if (!replaceable) return undefined;
    return src.slice(0, raw.range![0]) + scalarText(s.value) + src.slice(raw.range![1]);
  }
  const [at, text] = insertion(src, periods, entry, '    ', nl);
  return src.slice(0, at) + text + src.slice(at);
}

export function mergeFigures(text: string, settings: readonly Setting[], replace: boolean): Merged {
  const m = FRONTMATTER.exec(text);
  if (!m) throw new MergeError('no frontmatter');
  const nl = m[2].includes('\r\n') ? '\r\n' : '\n';
  const before = parse(m[2]) as Record<string, Record<string, Record<string, unknown>> | undefined>;
  const expected = structuredClone(before ?? {});
  const out: Merged = { text, same: [], conflicts: [], changed: false };
  let src = m[2];
  for (const s of settings) {
    const next = apply(src, s, replace, nl, out);
    if (next === undefined) continue;
    src = next;
    out.changed = true;
    ((expected[s.block] ??= {})[s.key] ??= {})[String(s.period)] = s.value;
  }
  if (!out.changed) return out;
  // Read back: the old data with exactly the new figures, or nothing is written.
  const after = JSON.parse(JSON.stringify(parse(src)));
  if (!isDeepStrictEqual(after, JSON.parse(JSON.stringify(expected)))) throw new MergeError('the edited frontmatter does not read back as expected');
  out.text = m[1] + src + m[3];
  return out;
}
