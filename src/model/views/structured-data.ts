/**
 * schema.org JSON-LD for pages: AdministrativeArea for counties and regions, Place for parks,
 * NewsArticle for briefings, Dataset for the open data. URLs are site paths here; the layout
 * makes them absolute (src/lib/json-ld.ts), as it does every link.
 */
import type { Briefing, Place, SiteModel } from '../types.ts';

export type JsonLd = { '@context'?: string; '@type': string } & Record<string, unknown>;

const CONTEXT = 'https://schema.org';

const placeRef = (p: Place) => ({ '@type': p.kind === 'park' ? 'Place' : 'AdministrativeArea', name: p.name, url: p.url });

export function placeJsonLd(model: SiteModel, place: Place): JsonLd {
  const parent = place.parent ? model.places.get(place.parent) : undefined;
  return {
    '@context': CONTEXT,
    '@type': place.kind === 'park' ? 'Place' : 'AdministrativeArea',
    name: place.name,
    ...(place.aliases.length ? { alternateName: place.aliases } : {}),
    ...(place.summary ? { description: place.summary } : {}),
    ...(place.adcode ? { identifier: place.adcode } : {}),
    url: place.url,
    ...(parent ? { containedInPlace: placeRef(parent) } : {}),
  };
}

export function briefingJsonLd(model: SiteModel, b: Briefing): JsonLd {
  const about = b.subjects.map((s) => model.places.get(s)).filter((p): p is Place => !!p);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: b.title,
    ...(b.summary ? { description: b.summary } : {}),
    datePublished: b.date,
    url: b.url,
    inLanguage: 'zh-CN',
    ...(b.source?.name ? { publisher: { '@type': 'Organization', name: b.source.name } } : {}),
    ...(b.source?.author ? { author: { '@type': 'Person', name: b.source.author } } : {}),
    ...(b.source?.url ? { isBasedOn: b.source.url } : {}),
    ...(about.length ? { about: about.map(placeRef) } : {}),
  };
}

export interface DatasetFile {
  url: string;
  format: string;
}

export function datasetJsonLd(name: string, description: string, url: string, files: DatasetFile[], licence?: { name: string; url?: string }): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name,
    description,
    url,
    inLanguage: 'zh-CN',
    ...(licence ? { license: licence.url ?? licence.name } : {}),
    distribution: files.map((f) => ({ '@type': 'DataDownload', encodingFormat: f.format, contentUrl: f.url })),
  };
}
