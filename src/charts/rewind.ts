/**
 * Ring orientation for d3-geo. RFC 7946 GeoJSON winds outer rings
 * counter-clockwise; d3-geo reads polygons on the sphere and takes a
 * counter-clockwise outer ring as "everything except this shape", drawing the
 * globe minus the county. d3 wants outer rings clockwise and holes
 * counter-clockwise, so every ring is rewound to that before projecting.
 */
import type { AdcodeFeature, MultiPolygonGeometry, PolygonGeometry, Position } from './types.ts';

/** Planar signed area in degrees² (shoelace): positive = counter-clockwise with y pointing north. */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % n];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** The ring wound clockwise (`clockwise` true) or counter-clockwise; a copy, never the input. */
export function rewindRing(ring: readonly Position[], clockwise: boolean): Position[] {
  const ccw = ringArea(ring) > 0;
  return ccw === clockwise ? [...ring].reverse() : [...ring];
}

function rewindPolygon(rings: readonly (readonly Position[])[]): Position[][] {
  return rings.map((ring, i) => rewindRing(ring, i === 0));
}

/** Outer rings clockwise, holes counter-clockwise, as d3-geo expects. */
export function rewindGeometry<G extends PolygonGeometry | MultiPolygonGeometry>(g: G): G {
  if (g.type === 'Polygon') return { ...g, coordinates: rewindPolygon(g.coordinates) };
  return { ...g, coordinates: (g as MultiPolygonGeometry).coordinates.map(rewindPolygon) };
}

export function rewindFeature(f: AdcodeFeature): AdcodeFeature {
  return f.geometry ? { ...f, geometry: rewindGeometry(f.geometry) } : f;
}
