/**
 * Pass 7, boundaries. Reads: content/boundaries/<region>.geojson files and
 * the regions. Adds: each region's member boundaries keyed by adcode, for
 * the region map; a file named for no region, or a feature without a valid
 * adcode or polygon, is reported.
 */
import { closest, show } from '../diagnostics.ts';
import type { BoundaryFeature } from '../types.ts';
import type { BuildContext } from './context.ts';

const isRing = (r: unknown) => Array.isArray(r) && r.length >= 4 && r.every((p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)));
const isPolygon = (p: unknown) => Array.isArray(p) && p.length > 0 && p.every(isRing);

/** Polygon: rings of [lon, lat] positions; MultiPolygon: a list of those. */
function validCoordinates(g: { type?: string; coordinates?: unknown }): boolean {
  return g.type === 'Polygon' ? isPolygon(g.coordinates) : Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isPolygon);
}

interface RawFeature {
  properties?: { adcode?: unknown };
  geometry?: { type?: string; coordinates?: unknown } | null;
}

export function readBoundaries(ctx: BuildContext): Map<string, BoundaryFeature[]> {
  const { diags, places } = ctx;
  const regionSlugs = [...places.values()].filter((p) => p.kind === 'region').map((p) => p.slug);
  const boundaries = new Map<string, BoundaryFeature[]>();
  for (const b of ctx.raw.boundaries) {
    const region = places.get(b.slug);
    if (!region || region.kind !== 'region') {
      diags.error(b.file, '(文件名 file name)', `边界文件名“${b.slug}”不是已知区域的 slug the file name must be a region slug`, closest(b.slug, regionSlugs) ? `是不是 did you mean “${closest(b.slug, regionSlugs)}”？` : '把文件命名为区域的 slug，如 yichang.geojson');
      continue;
    }
    const data = b.data as { type?: unknown; features?: unknown };
    if (data?.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
      diags.error(b.file, 'type', '边界文件必须是 GeoJSON FeatureCollection must be a FeatureCollection');
      continue;
    }
    const features: BoundaryFeature[] = [];
    (data.features as RawFeature[]).forEach((f, i) => {
      const code = f?.properties?.adcode;
      if (code === undefined || !/^[1-9]\d{5}$/.test(String(code))) {
        diags.error(b.file, `features[${i}].properties.adcode`, `缺少 6 位行政区划代码（现为 found ${show(code)}）each feature needs a 6-digit adcode`);
        return;
      }
      if (f.geometry && f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
        diags.error(b.file, `features[${i}].geometry.type`, `只支持 Polygon 和 MultiPolygon（现为 found ${show(f.geometry.type)}）`);
        return;
      }
      if (f.geometry && !validCoordinates(f.geometry)) {
        diags.error(b.file, `features[${i}].geometry.coordinates`, '坐标不是有效的多边形：每个环至少 4 个 [经度, 纬度] 数对 not valid polygon coordinates', '用 GIS 软件重新导出为 GeoJSON re-export the file as GeoJSON');
        return;
      }
      features.push({ ...(f as BoundaryFeature), properties: { ...(f.properties as object), adcode: String(code) } });
    });
    boundaries.set(b.slug, features);
  }
  return boundaries;
}
