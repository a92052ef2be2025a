/** Links between pages: the site's sections, breadcrumbs, and links to places and industries. */
import type { Industry, Place, PlaceKind, SiteModel } from '../types.ts';
import type { Link } from './refs.ts';

/** The site's name, in the header, page titles and feeds. */
export const SITE_NAME = '县域经济与开发区简报站';

export const HOME: Link = { label: '首页', url: '/' };

/** The site's sections, in the order the header lists them. */
export const SECTIONS = {
  region: { label: '区域', url: '/regions/' },
  county: { label: '县市', url: '/counties/' },
  park: { label: '园区', url: '/parks/' },
  industry: { label: '产业', url: '/industries/' },
  ranking: { label: '榜单', url: '/rankings/' },
  briefing: { label: '简报', url: '/briefings/' },
} as const satisfies Record<string, Link>;

/** The header's list of sections. */
export const SECTION_LINKS: readonly Link[] = Object.values(SECTIONS);

/** The breadcrumbs of a section's index page. */
export const INDEX_CRUMBS: readonly Link[] = [HOME];

/** The breadcrumbs of a page inside a section (a ranking, a briefing). */
export function sectionCrumbs(section: keyof typeof SECTIONS): Link[] {
  return [HOME, SECTIONS[section]];
}

export function placeLink(model: SiteModel, slug: string): Link {
  const p = model.places.get(slug)!;
  return { label: p.name, url: p.url };
}

export function industryLinks(model: SiteModel, slugs: readonly string[]): Link[] {
  return slugs.map((s) => ({ label: model.industries.get(s)!.name, url: model.industries.get(s)!.url }));
}

/** Home, then the places above this one; the section's index when there are none. */
export function breadcrumbs(model: SiteModel, place: Place): Link[] {
  const section: Record<PlaceKind, Link> = { county: SECTIONS.county, park: SECTIONS.park, region: SECTIONS.region };
  const chain = place.ancestors.map((s) => placeLink(model, s));
  return [HOME, ...(chain.length ? chain : [section[place.kind]])];
}

export function industryBreadcrumbs(model: SiteModel, ind: Industry): Link[] {
  return [...sectionCrumbs('industry'), ...industryLinks(model, ind.ancestors)];
}
