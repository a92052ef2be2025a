/**
 * Choropleth of a region's members: d3-geo with a Mercator projection fitted
 * to the matched shapes, a few quantile classes on a sequential palette with a
 * legend, and a hatch pattern for places without a figure. Names are written
 * where they fit. Shapes are not links: the SVG has role="img", which must
 * hold nothing interactive, and the page links each member in its own table.
 */
import { geoContains, geoMercator, geoPath, quantileSorted } from 'd3';
import type { ExtendedFeature, ExtendedFeatureCollection } from 'd3';
import { formatFigure, formatValue } from '../format/number.ts';
import { formatPeriod } from '../format/date.ts';
import { buildFigure, cell } from './figure.ts';
import type { Cell, Column } from './figure.ts';
import { SEQUENTIAL_CLASSES, sequentialClass } from './palette.ts';
import { rewindFeature } from './rewind.ts';
import { noteOf } from './stated.ts';
import { DIGITS, el, text, tooltip } from './svg.ts';
import { textWidth } from './text.ts';
import { FONT, GAP, LINE, PAD, WIDTH } from './layout.ts';
import type { AdcodeFeature, ChartFigure, MapMember, RegionMapInput } from './types.ts';

const MAX_MAP_HEIGHT = 420;
const SWATCH = 14;

export interface MapShape {
  member: MapMember;
  /** SVG path data in map coordinates. */
  d: string;
  /** Class index, or null for no data (hatched). */
  classIndex: number | null;
  /** Label position, or null when the name does not fit inside the shape. */
  label: { x: number; y: number } | null;
}

export interface LegendEntry {
  label: string;
  classIndex: number | null;
  x: number;
  y: number;
}

export interface RegionMapGeometry {
  width: number;
  height: number;
  mapWidth: number;
  mapHeight: number;
  /** Class breaks in the input unit: a value v is in class (number of breaks ≤ v). */
  breaks: number[];
  shapes: MapShape[];
  legend: LegendEntry[];
  /** Members that have no shape in `features` (listed in the table only). */
  unmapped: MapMember[];
}

/** "420583" whether the feature gives a string or a number. */
export function adcodeOf(f: AdcodeFeature): string {
  return String(f.properties?.adcode ?? '').padStart(6, '0');
}

/** Two significant figures, so legend labels read as round numbers. */
function round2(n: number): number {
  return n === 0 ? 0 : Number(n.toPrecision(2));
}

/**
 * Quantile breaks for at most `classes` classes, rounded and strictly
 * increasing; fewer distinct values give fewer classes.
 */
export function classBreaks(values: readonly number[], classes = SEQUENTIAL_CLASSES): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const k = Math.min(classes, new Set(sorted).size);
  const breaks: number[] = [];
  for (let i = 1; i < k; i++) {
    const b = round2(quantileSorted(sorted, i / k) ?? 0);
    if (b > sorted[0] && b <= sorted[sorted.length - 1] && (breaks.length === 0 || b > breaks[breaks.length - 1])) breaks.push(b);
  }
  return breaks;
}

export function classOf(value: number, breaks: readonly number[]): number {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]) i++;
  return i;
}

/** Legend text per class: "低于300亿元", "300亿元–500亿元", "500亿元及以上". */
export function legendLabels(breaks: readonly number[], unit: string): string[] {
  const f = (n: number) => formatValue(n, unit);
  if (breaks.length === 0) return ['有数据'];
  return [`低于${f(breaks[0])}`, ...breaks.slice(1).map((b, i) => `${f(breaks[i])}–${f(b)}`), `${f(breaks[breaks.length - 1])}及以上`];
}

/** Whether some member has a boundary to draw: a map without one is not drawn (regionMapChart gives null). */
export function hasMapShapes(input: Pick<RegionMapInput, 'features' | 'members'>): boolean {
  const codes = new Set(input.members.map((m) => m.adcode));
  return input.features.some((f) => f.geometry && codes.has(adcodeOf(f)));
}

/** Shapes, classes, labels and legend; null when no feature matches a member. */
export function regionMapGeometry(input: RegionMapInput): RegionMapGeometry | null {
  const byCode = new Map(input.members.map((m) => [m.adcode, m]));
  const matched = input.features
    .filter((f) => f.geometry && byCode.has(adcodeOf(f)))
    .map((f) => rewindFeature(f))
    .sort((a, b) => adcodeOf(a).localeCompare(adcodeOf(b)));
  if (matched.length === 0) return null;
  const mappedCodes = new Set(matched.map(adcodeOf));
  const unmapped = input.members.filter((m) => !mappedCodes.has(m.adcode));

  // d3's types want mutable GeoJSON; the rewound copies are never mutated.
  const collection = { type: 'FeatureCollection', features: matched } as unknown as ExtendedFeatureCollection;
  const mapWidth = WIDTH - 2 * PAD;
  const projection = geoMercator().fitWidth(mapWidth, collection);
  const path = geoPath(projection).digits(DIGITS);
  const [[, y0], [, y1]] = path.bounds(collection);
  const mapHeight = Math.max(120, Math.min(MAX_MAP_HEIGHT, Math.ceil(y1 - y0)));
  projection.fitSize([mapWidth, mapHeight], collection);

  const values = input.members.filter((m) => mappedCodes.has(m.adcode) && m.value !== null).map((m) => m.value as number);
  const breaks = classBreaks(values);

  const taken: { x0: number; y0: number; x1: number; y1: number }[] = [];
  const shapes = matched
    .map((f) => {
      const feature = f as unknown as ExtendedFeature;
      const member = byCode.get(adcodeOf(f)) as MapMember;
      return { f, feature, member, area: path.area(feature) };
    })
    // Big shapes claim label room first; small neighbours give way.
    .sort((a, b) => b.area - a.area || a.member.adcode.localeCompare(b.member.adcode))
    .map(({ feature, member }): MapShape => {
      const [cx, cy] = path.centroid(largestPart(feature));
      const [[bx0], [bx1]] = path.bounds(largestPart(feature));
      const w = textWidth(member.name, FONT);
      const box = { x0: cx - w / 2, y0: cy - FONT / 2, x1: cx + w / 2, y1: cy + FONT / 2 };
      // The label box must lie inside the shape (not across a hole or a
      // neighbour) and clear of labels already placed.
      const inside = (px: number, py: number) => {
        const ll = projection.invert?.([px, py]);
        return ll ? geoContains(feature, ll) : false;
      };
      const fits =
        Number.isFinite(cx) &&
        w <= (bx1 - bx0) * 0.9 &&
        box.x0 >= 0 &&
        box.x1 <= mapWidth &&
        [cx, box.x0, box.x1].every((px) => [box.y0, box.y1].every((py) => inside(px, py))) &&
        !taken.some((t) => box.x0 < t.x1 && box.x1 > t.x0 && box.y0 < t.y1 && box.y1 > t.y0);
      if (fits) taken.push(box);
      return {
        member,
        d: path(feature) ?? '',
        classIndex: member.value === null ? null : classOf(member.value, breaks),
        label: fits ? { x: cx, y: cy } : null,
      };
    })
    .sort((a, b) => a.member.adcode.localeCompare(b.member.adcode));

  // Legend in two columns below the map.
  const labels = legendLabels(breaks, input.unit);
  const entries: { label: string; classIndex: number | null }[] = labels.map((label, i) => ({ label, classIndex: i }));
  if (shapes.some((s) => s.classIndex === null)) entries.push({ label: '无数据', classIndex: null });
  const colWidth = (WIDTH - 2 * PAD) / 2;
  const legendTop = PAD + mapHeight + GAP * 2;
  const legend = entries.map((e, i) => ({ ...e, x: PAD + (i % 2) * colWidth, y: legendTop + Math.floor(i / 2) * (LINE + 4) }));
  const rows = Math.ceil(entries.length / 2);
  return {
    width: WIDTH,
    height: legendTop + rows * (LINE + 4) + PAD,
    mapWidth,
    mapHeight,
    breaks,
    shapes,
    legend,
    unmapped,
  };
}

/** For a multipolygon, the part with the largest area: centroids of islands groups fall in the sea. */
function largestPart(f: ExtendedFeature): ExtendedFeature {
  const g = f.geometry;
  if (!g || g.type !== 'MultiPolygon' || g.coordinates.length < 2) return f;
  const path = geoPath();
  let best = g.coordinates[0];
  let bestArea = -1;
  for (const coordinates of g.coordinates) {
    const a = path.area({ type: 'Polygon', coordinates });
    if (a > bestArea) {
      best = coordinates;
      bestArea = a;
    }
  }
  return { type: 'Feature', properties: f.properties, geometry: { type: 'Polygon', coordinates: best } };
}

function fillClass(i: number | null): string {
  return i === null ? 'chart-nodata' : sequentialClass(i);
}

function drawMap(g: RegionMapGeometry, id: string, unit: string): string {
  const pattern = `${id}-nodata`;
  const defs = el('defs', {}, [
    el('pattern', { id: pattern, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [
      el('rect', { class: 'chart-nodata-bg', width: 6, height: 6 }),
      el('line', { class: 'chart-nodata-line', x1: 0, y1: 0, x2: 0, y2: 6 }),
    ]),
  ]);
  const valueText = (m: MapMember) => (m.value === null ? '无数据' : formatFigure(m.value, unit, m.stated));
  const shapes = g.shapes.map((s) =>
    el('path', { class: `chart-region ${fillClass(s.classIndex)}`, d: s.d, fill: s.classIndex === null ? `url(#${pattern})` : undefined }, [
      tooltip(`${s.member.name}：${valueText(s.member)}`),
    ]),
  );
  const names = g.shapes.flatMap((s) =>
    s.label ? [text(s.label.x, s.label.y, s.member.name, { class: 'chart-map-label chart-halo', 'text-anchor': 'middle', dy: '0.35em' })] : [],
  );
  const legend = g.legend.map((e) =>
    el('g', { class: 'chart-legend-item' }, [
      el('rect', {
        class: `chart-swatch ${fillClass(e.classIndex)}`,
        x: e.x,
        y: e.y,
        width: SWATCH,
        height: SWATCH,
        fill: e.classIndex === null ? `url(#${pattern})` : undefined,
      }),
      text(e.x + SWATCH + GAP, e.y + SWATCH / 2, e.label, { class: 'chart-legend-label', dy: '0.35em' }),
    ]),
  );
  return (
    defs +
    el('g', { transform: `translate(${PAD},${PAD})` }, [el('g', { class: 'chart-regions' }, shapes), el('g', { class: 'chart-map-labels' }, names)]) +
    el('g', { class: 'chart-legend' }, legend)
  );
}

function sortMembers(members: readonly MapMember[]): MapMember[] {
  return [...members].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.adcode.localeCompare(b.adcode));
}

function summaryOf(input: RegionMapInput, g: RegionMapGeometry): string {
  const mapped = g.shapes.map((s) => s.member);
  const withValue = sortMembers(mapped.filter((m) => m.value !== null));
  const periods = new Set(withValue.map((m) => m.period ?? ''));
  const when = periods.size === 1 ? formatPeriod([...periods][0]) : '';
  const missing = mapped.length - withValue.length;
  const none = missing > 0 ? `，${missing}地暂无数据` : '';
  if (withValue.length === 0) return `${input.region}${mapped.length}地均暂无${input.indicator}数据。`;
  const top = withValue[0];
  const low = withValue[withValue.length - 1];
  const range =
    withValue.length === 1
      ? `${top.name}为${formatFigure(top.value as number, input.unit, top.stated)}`
      : `最高为${top.name}${formatFigure(top.value as number, input.unit, top.stated)}，最低为${low.name}${formatFigure(low.value as number, input.unit, low.stated)}`;
  return `${when}${input.region}${mapped.length}地${input.indicator}${range}${none}。`;
}

/** The figure, or null when no feature matches a member: pages show no empty map. */
export function regionMapChart(input: RegionMapInput, id: string): ChartFigure | null {
  const g = regionMapGeometry(input);
  if (!g) return null;
  const title = input.title ?? `${input.region}各地${input.indicator}分布`;
  const columns: Column[] = [
    { label: '名称' },
    { label: '行政区划代码' },
    { label: input.indicator, csv: `${input.indicator}（${input.unit}）` },
    { label: '时期', csv: '期间' },
  ];
  const members = sortMembers(input.members);
  const rows: Cell[][] = members.map((m) => [
    cell(m.name),
    cell(m.adcode),
    m.value === null ? cell('无数据', null) : cell(formatFigure(m.value, input.unit, m.stated), m.value),
    m.period ? cell(formatPeriod(m.period), m.period) : cell('—', null),
  ]);
  return buildFigure({
    kind: 'region-map',
    id,
    title,
    summary: summaryOf(input, g),
    width: g.width,
    height: g.height,
    body: drawMap(g, id, input.unit),
    caption: title,
    columns,
    rows,
    notes: members.map((m) => (m.value === null ? '' : noteOf(m.value, input.unit, m.stated))),
  });
}
