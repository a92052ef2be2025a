import { describe, expect, it } from 'vitest';
import { geoArea, geoMercator, geoPath } from 'd3';
import type { ExtendedFeature } from 'd3';
import { regionMapChart, regionMapGeometry, rewindFeature, rewindGeometry } from '../../src/charts/index.ts';
import { adcodeOf, classBreaks, classOf, legendLabels } from '../../src/charts/region-map.ts';
import { ringArea, rewindRing } from '../../src/charts/rewind.ts';
import type { AdcodeFeature, PolygonGeometry } from '../../src/charts/index.ts';
import { regionMap } from './fixtures.ts';

/** Counter-clockwise, as RFC 7946 writes an outer ring. */
const ccwSquare = [[111, 30], [111.5, 30], [111.5, 30.5], [111, 30.5], [111, 30]];
const cwHole = [[111.2, 30.2], [111.2, 30.3], [111.3, 30.3], [111.3, 30.2], [111.2, 30.2]];
const square: AdcodeFeature = { type: 'Feature', properties: { adcode: '420583' }, geometry: { type: 'Polygon', coordinates: [ccwSquare] } };

describe('rewind', () => {
  it('measures orientation: counter-clockwise is positive', () => {
    expect(ringArea(ccwSquare)).toBeCloseTo(0.25);
    expect(ringArea([...ccwSquare].reverse())).toBeCloseTo(-0.25);
  });

  it('winds rings as asked without touching the input', () => {
    const before = JSON.stringify(ccwSquare);
    expect(ringArea(rewindRing(ccwSquare, true))).toBeLessThan(0);
    expect(ringArea(rewindRing(ccwSquare, false))).toBeGreaterThan(0);
    expect(JSON.stringify(ccwSquare)).toBe(before);
  });

  it('makes outer rings clockwise and holes counter-clockwise', () => {
    const g = rewindGeometry({ type: 'Polygon', coordinates: [ccwSquare, cwHole] });
    expect(ringArea(g.coordinates[0])).toBeLessThan(0);
    expect(ringArea(g.coordinates[1])).toBeGreaterThan(0);
    const m = rewindGeometry({ type: 'MultiPolygon', coordinates: [[ccwSquare], [[...ccwSquare].reverse()]] });
    for (const polygon of m.coordinates) expect(ringArea(polygon[0])).toBeLessThan(0);
  });

  it('keeps d3-geo from drawing the globe minus the shape', () => {
    const raw = square as unknown as ExtendedFeature;
    const fixed = rewindFeature(square) as unknown as ExtendedFeature;
    // Unwound, d3 reads the complement: nearly the whole sphere (4π steradians).
    expect(geoArea(raw)).toBeGreaterThan(12);
    expect(geoArea(fixed)).toBeLessThan(0.001);
    const projection = geoMercator().fitSize([400, 300], fixed);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(fixed);
    expect(x0).toBeGreaterThanOrEqual(-0.01);
    expect(y0).toBeGreaterThanOrEqual(-0.01);
    expect(x1).toBeLessThanOrEqual(400.01);
    expect(y1).toBeLessThanOrEqual(300.01);
  });

  it('is idempotent', () => {
    const once = rewindGeometry(square.geometry as PolygonGeometry);
    expect(rewindGeometry(once)).toEqual(once);
  });
});

describe('classes and legend', () => {
  it('breaks values into at most four rounded quantile classes', () => {
    const breaks = classBreaks([95.2, 180.6, 210.9, 220.3, 230.8, 640.1, 681.5, 726.4, 802.3, 900.2, 905.7, 1020.4]);
    expect(breaks.length).toBe(3);
    for (const b of breaks) expect(Number(b.toPrecision(2))).toBe(b);
    expect(classOf(95.2, breaks)).toBe(0);
    expect(classOf(1020.4, breaks)).toBe(3);
  });
  it('uses fewer classes for fewer distinct values', () => {
    expect(classBreaks([5, 5, 5])).toEqual([]);
    expect(classBreaks([1, 9]).length).toBe(1);
  });
  it('writes legend ranges with units', () => {
    expect(legendLabels([220, 660], '亿元')).toEqual(['低于220亿元', '220亿元–660亿元', '660亿元及以上']);
  });
});

describe('regionMapGeometry', () => {
  const g = regionMapGeometry(regionMap);
  if (!g) throw new Error('no geometry');

  it('matches features by adcode, string or number, and ignores others', () => {
    expect(adcodeOf({ type: 'Feature', properties: { adcode: 420505 }, geometry: null })).toBe('420505');
    const codes = g.shapes.map((s) => s.member.adcode);
    expect(codes).toContain('420505');
    expect(codes).not.toContain('421002');
    expect(codes.length).toBe(13);
    expect(g.unmapped.map((m) => m.adcode)).toEqual(['420500']);
  });

  it('fits the shapes inside the map area', () => {
    for (const s of g.shapes) {
      const nums = (s.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      const xs = nums.filter((_, i) => i % 2 === 0);
      const ys = nums.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(-0.5);
      expect(Math.max(...xs)).toBeLessThanOrEqual(g.mapWidth + 0.5);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(-0.5);
      expect(Math.max(...ys)).toBeLessThanOrEqual(g.mapHeight + 0.5);
    }
  });

  it('hatches places without data and lists them in the legend', () => {
    const wufeng = g.shapes.find((s) => s.member.adcode === '420529');
    expect(wufeng?.classIndex).toBeNull();
    expect(g.legend.at(-1)?.label).toBe('无数据');
    const fig = regionMapChart(regionMap, 'yichang-map');
    expect(fig?.svg).toContain('<pattern id="yichang-map-nodata"');
    expect(fig?.svg).toContain('fill="url(#yichang-map-nodata)"');
  });

  it('labels names only where they fit inside the shape', () => {
    const labelled = g.shapes.filter((s) => s.label).map((s) => s.member.name);
    expect(labelled).toContain('枝江市');
    expect(labelled).not.toContain('猇亭区');
    expect(labelled).not.toContain('长阳土家族自治县');
  });

  it('returns null when no feature matches', () => {
    expect(regionMapGeometry({ ...regionMap, members: [{ adcode: '110101', name: '东城区', value: 1 }] })).toBeNull();
    expect(regionMapChart({ ...regionMap, features: [] }, 'x')).toBeNull();
  });
});

describe('regionMapChart', () => {
  const fig = regionMapChart(regionMap, 'yichang-map');
  it('draws members without links and writes the summary from the data', () => {
    expect(fig?.svg).not.toContain('<a');
    expect(fig?.svg).toContain('<title>枝江市：726.4亿元</title>');
    expect(fig?.summary).toBe('2023年宜昌市13地地区生产总值最高为西陵区1020.4亿元，最低为点军区95.2亿元，1地暂无数据。');
  });
  it('tabulates every member, mapped or not, highest first', () => {
    expect(fig?.table.rows[0]).toEqual(['西陵区', '420502', '1020.4亿元', '2023年']);
    expect(fig?.table.rows.length).toBe(14);
    // No-data members last, in adcode order.
    expect(fig?.table.rows.slice(-2).map((r) => [r[0], r[2]])).toEqual([
      ['宜昌市辖区', '无数据'],
      ['五峰土家族自治县', '无数据'],
    ]);
  });
});
