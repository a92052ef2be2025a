/**
 * The Traditional edition's converter for a model, built once per model from its place names
 * (src/edition/ holds the conversion itself and knows nothing of the model; the edition's
 * search index is scripts/edition-index.ts).
 */
import { hantConverter, nameFixes, type NameFix } from '../edition/converter.ts';
import type { Variant } from '../edition/paths.ts';
import { shortNames } from '../search/short-names.ts';
import type { SiteModel } from './types.ts';

export interface Edition {
  variant: Variant;
  /** Place names OpenCC would get wrong, converted form → right form (src/edition/converter.ts). */
  fixes: NameFix[];
  convert: (text: string) => string;
}

/**
 * The names to protect: places' and parks' names and aliases, and the short names derived
 * from them (湖里区 → 湖里 is left out: two characters also occur as words, 湖里面).
 */
function placeNames(model: SiteModel): string[] {
  const out: string[] = [];
  for (const p of [...model.counties, ...model.parks, ...model.regions]) {
    out.push(p.name, ...p.aliases, ...shortNames(p.name).filter((s) => [...s].length >= 3));
  }
  return out;
}

const editions = new WeakMap<SiteModel, Edition | null>();

/** The edition of this site, or undefined when content/site.yaml says traditional: none. */
export function siteEdition(model: SiteModel): Edition | undefined {
  let e = editions.get(model);
  if (e === undefined) {
    const variant = model.site.traditional;
    if (variant === 'none') e = null;
    else {
      const fixes = nameFixes(variant, placeNames(model));
      e = { variant, fixes, convert: hantConverter(variant, fixes) };
    }
    editions.set(model, e);
  }
  return e ?? undefined;
}
