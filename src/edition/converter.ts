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
    // A name with ASCII in it would span runs (hantConverter); none of the divisions' does.
    if (/[\x00-\x7f]/.test(name)) continue;
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

/** Runs of characters beyond ASCII: no key of the cn→tw or cn→hk dictionaries holds an ASCII character (tests check it), so converting the runs apart gives exactly what converting the whole text does. */
const RUN = /[^\x00-\x7f]+/g;
/** Short runs repeat across pages (headings, labels, names): remembered, up to a bound. */
const MEMO_LENGTH = 32;
const MEMO_SIZE = 100_000;

/**
 * A converter for this variant with these name fixes (nameFixes), for whole documents. Markup
 * and addresses are ASCII and are skipped; a page's text converts run by run, 7× faster than
 * OpenCC over the whole document on national-scale pages.
 */
export function hantConverter(variant: Variant, fixes: readonly NameFix[]): (text: string) => string {
  const convert = opencc(variant);
  const right = new Map(fixes);
  // Names hold no ASCII either, so a name lies inside one run.
  const names = fixes.length ? new RegExp([...right.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|'), 'g') : undefined;
  const memo = new Map<string, string>();
  const run = (text: string) => {
    let out = memo.get(text);
    if (out === undefined) {
      out = convert(text);
      if (names) out = out.replace(names, (name) => right.get(name)!);
      // A fresh copy as the key: the run is a slice of the whole document, and V8 keeps a
      // slice's document alive as long as the slice (hundreds of MB over a national build).
      if (text.length <= MEMO_LENGTH && memo.size < MEMO_SIZE) memo.set([...text].join(''), out);
    }
    return out;
  };
  return (text) => text.replace(RUN, run);
}
