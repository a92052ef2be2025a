/**
 * A small YAML writer for frontmatter. Written by hand rather than with the
 * `yaml` package so the layout is the one editors write (flow maps for
 * periods, one `- { … }` line per target or project) and byte-stable.
 * Read back with the project's reader (YAML core schema).
 */

/** Text written as it is: a date (`2022-01-21`) or a signed change (`+24`). */
export class Raw {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

export type YamlValue = string | number | boolean | Raw | YamlValue[] | YamlMap;
/** Keys in insertion order (a plain object would put "2021" before "name"). */
export type YamlMap = Map<string, YamlValue | undefined>;

const PLAIN = /^[\p{Script=Han}A-Za-z（“《][^:#,[\]{}"'\n]*$/u;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

export function scalar(v: string | number | boolean | Raw): string {
  if (v instanceof Raw) return v.text;
  if (typeof v !== 'string') return String(v);
  return PLAIN.test(v) && !RESERVED.test(v) && v.trim() === v ? v : JSON.stringify(v);
}

/** Keys: slugs, metric keys and periods (2021, 2023Q1) stay plain; YAML reads 2021 back as the key "2021". */
export function key(k: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(k) && !RESERVED.test(k) ? k : scalar(k);
}

const isScalar = (v: YamlValue): v is string | number | boolean | Raw => !(Array.isArray(v) || v instanceof Map);

/** A map or list on one line, as editors write periods and list items. */
export function flow(v: YamlValue): string {
  if (isScalar(v)) return scalar(v);
  if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`;
  const parts: string[] = [];
  for (const [k, x] of v) if (x !== undefined) parts.push(`${key(k)}: ${flow(x)}`);
  return `{ ${parts.join(', ')} }`;
}

/** A scalar, or a figure in the long form { value, note }: what a period or year maps to. */
function isLeaf(v: YamlValue | undefined): boolean {
  if (v === undefined || isScalar(v)) return true;
  return v instanceof Map && v.has('value') && [...v.values()].every((x) => x === undefined || isScalar(x));
}

/** A block mapping; maps of leaves (periods → values, a source) and list items stay on one line. */
export function block(map: YamlMap, indent = ''): string {
  let out = '';
  for (const [name, v] of map) {
    if (v === undefined) continue;
    const k = `${indent}${key(name)}:`;
    if (isScalar(v) || (Array.isArray(v) && v.every(isScalar))) out += `${k} ${flow(v)}\n`;
    else if (Array.isArray(v)) out += `${k}\n${v.map((x) => `${indent}  - ${flow(x)}\n`).join('')}`;
    else if ([...v.values()].every(isLeaf)) out += `${k} ${flow(v)}\n`;
    else out += `${k}\n${block(v, `${indent}  `)}`;
  }
  return out;
}

/** Builds a YamlMap from pairs, dropping undefined and empty lists/maps. */
export function ymap(pairs: [string, YamlValue | undefined][]): YamlMap {
  const m: YamlMap = new Map();
  for (const [k, v] of pairs) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (v instanceof Map && v.size === 0) continue;
    m.set(k, v);
  }
  return m;
}
