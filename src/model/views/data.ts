/** The /data/ page: what the open data holds, its stable addresses, the data dictionary and the licence. */
import type { SiteModel } from '../types.ts';
import { INDEX_CRUMBS } from './crumbs.ts';
import type { Link } from './refs.ts';
import { datasetJsonLd, type JsonLd } from './structured-data.ts';
import { OBSERVATION_COLUMNS } from '../csv.ts';
import { pageDataUrl, pageJsonUrl } from './charts.ts';

export interface DataFile {
  url: string;
  name: string;
  format: string;
  description: string;
}

export interface DataPageView {
  crumbs: Link[];
  files: DataFile[];
  /** One row per metric: key, name, unit, description. */
  metrics: { key: string; name: string; unit: string; description: string }[];
  counts: { places: number; observations: number; briefings: number };
  licence?: { name: string; url?: string };
  observationColumns: readonly string[];
  /** An example place for the per-place addresses. */
  example?: { name: string; page: string; csv: string; json: string };
  jsonLd: JsonLd;
}

export const DATA_FILES: DataFile[] = [
  { url: '/data/observations.csv', name: 'observations.csv', format: 'text/csv', description: '全部指标：每行一个地点、指标和期别的数值，含单位、来源和注释' },
  { url: '/data/model.json', name: 'model.json', format: 'application/json', description: '全部地点、产业、榜单和简报：每个数字带期别、单位、来源和注释，另有位次、目标和项目' },
  { url: '/data/metrics.csv', name: 'metrics.csv', format: 'text/csv', description: '数据字典：指标代码、名称、单位和说明' },
];

export function dataPage(model: SiteModel): DataPageView {
  const licence = model.site.licence ? { name: model.site.licence, url: model.site.licenceUrl } : undefined;
  const first = model.counties[0] ?? model.parks[0] ?? model.regions[0];
  return {
    crumbs: [...INDEX_CRUMBS],
    files: DATA_FILES,
    metrics: [...model.metrics.values()].map((m) => ({ key: m.key, name: m.name, unit: m.unit, description: m.description ?? '' })),
    counts: { places: model.places.size, observations: model.observations.length, briefings: model.briefings.length },
    licence,
    observationColumns: OBSERVATION_COLUMNS,
    example: first ? { name: first.name, page: first.url, csv: pageDataUrl(first.url), json: pageJsonUrl(first.url) } : undefined,
    jsonLd: datasetJsonLd('县域经济与开发区数据', '县、园区和区域的经济指标、榜单位次、发展目标和重大项目，每个数字注明期别和来源。', '/data/', DATA_FILES.map((f) => ({ url: f.url, format: f.format })), licence),
  };
}
