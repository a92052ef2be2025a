/**
 * The Traditional edition's converter and search index for a model, built once per model
 * (the build script and the dev server's middleware share them; src/edition/ holds the
 * conversion itself and knows nothing of the model).
 */
import { hantConverter, nameFixes, type NameFix } from '../edition/converter.ts';
import { editionDocs } from '../edition/search-docs.ts';
import type { Variant } from '../edition/paths.ts';
import { buildSearchIndex, type SearchIndex } from '../search/build-index.ts';
import { shortNames } from '../search/short-names.ts';
import type { SiteModel } from './types.ts';
import { searchDocs } from './views/search.ts';

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
const indexes = new WeakMap<SiteModel, SearchIndex>();

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

/** The edition's own search index: Traditional results, found by either script. */
export function editionSearchIndex(model: SiteModel, edition: Edition): SearchIndex {
  let index = indexes.get(model);
  if (!index) indexes.set(model, (index = buildSearchIndex(editionDocs(searchDocs(model), edition.convert))));
  return index;
}
