/**
 * Simplified → Traditional text with opencc-js, protecting the site's place names. OpenCC
 * converts a character by the words around it, and in names that context is missing: 湖里区
 * becomes 湖裡區 and 新干县 新幹縣. A name keeps the characters below as written; every other
 * character of it converts as OpenCC says (区 → 區). The fixes are applied after conversion,
 * to the converted form of each name, so text around a name converts exactly as without it.
 */
import * as OpenCC from 'opencc-js';
import type { Variant } from './paths.ts';

/**
 * Characters that place names write the same in both scripts, where OpenCC picks a word's
 * character: 里 (a village, 湖里, not 裡 "inside"), 干 (新干, 余干, not 幹/乾), 岳 (岳西, 岳池,
 * not 嶽). Checked against all 2,978 county-level names (tests/edition/converter.test.ts).
 */
export const NAME_CHARS = new Set(['里', '干', '岳']);

export type NameFix = readonly [converted: string, kept: string];

const converters = new Map<Variant, (text: string) => string>();
function opencc(variant: Variant): (text: string) => string {
  let c = converters.get(variant);
  if (!c) converters.set(variant, (c = OpenCC.Converter({ from: 'cn', to: variant })));
  return c;
}

/** The fixes for these names: each name OpenCC would change in a kept character, from its converted form to the right one. */
export function nameFixes(variant: Variant, names: Iterable<string>): NameFix[] {
  const convert = opencc(variant);
  const fixes = new Map<string, string>();
  for (const name of names) {
    const source = [...name];
    if (!source.some((c) => NAME_CHARS.has(c))) continue;
    const converted = [...convert(name)];
    // OpenCC's dictionaries map character for character; a name that does not is left as OpenCC writes it.
    if (converted.length !== source.length) continue;
    const kept = converted.map((c, i) => (NAME_CHARS.has(source[i]) ? source[i] : c)).join('');
    if (kept !== converted.join('')) fixes.set(converted.join(''), kept);
  }
  return [...fixes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A converter for this variant with these name fixes (nameFixes), for whole documents. */
export function hantConverter(variant: Variant, fixes: readonly NameFix[]): (text: string) => string {
  const convert = opencc(variant);
  if (fixes.length === 0) return convert;
  const fix = OpenCC.CustomConverter(fixes.map(([a, b]) => [a, b] as const));
  return (text) => fix(convert(text));
}
