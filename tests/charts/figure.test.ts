/**
 * Checks every chart kind shares: one object feeds SVG, summary, table and
 * CSV; markup is CSP-safe and readable at phone width.
 */
import { describe, expect, it } from 'vitest';
import {
  comparisonChart,
  indicatorTimeChart,
  projectsChart,
  rankTrajectoryChart,
  regionMapChart,
  targetProgressChart,
} from '../../src/charts/index.ts';
import type { ChartFigure } from '../../src/charts/index.ts';
import { figureIds, pageDataCsv } from '../../src/charts/index.ts';
import { PAGE_DATA_COLUMNS } from '../../src/charts/figure.ts';
import { toCsv } from '../../src/format/csv.ts';
import * as f from './fixtures.ts';

const figures: ChartFigure[] = [
  rankTrajectoryChart(f.rankSingle, 'a1'),
  rankTrajectoryChart(f.rankPlaces, 'a2'),
  indicatorTimeChart(f.indicatorBars, 'b1'),
  indicatorTimeChart(f.indicatorLines, 'b2'),
  targetProgressChart(f.targetValue, 'c1'),
  targetProgressChart(f.targetRank, 'c2'),
  comparisonChart(f.comparison, 'd1'),
  projectsChart(f.projectsByStatus, 'e1'),
  regionMapChart(f.regionMap, 'f1') as ChartFigure,
];

/** The SVG is shown at 100% of a ~330 px phone column. */
const PHONE_COLUMN = 330;

describe.each(figures.map((fig) => [fig.kind, fig.id, fig] as const))('%s (%s)', (_kind, id, fig) => {
  it('is an SVG named and described by its figure\'s caption and summary', () => {
    expect(fig.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+" role="img"/);
    expect(figureIds(id)).toEqual({ title: `${id}-title`, desc: `${id}-desc` });
    expect(fig.svg).toContain(`aria-labelledby="${id}-title" aria-describedby="${id}-desc"`);
    // Not written twice: the caption and summary beside the SVG hold them.
    expect(fig.svg).not.toMatch(/<(title|desc) id=/);
    expect(fig.svg.endsWith('</svg>')).toBe(true);
  });

  it('carries no style attribute or <style> (strict CSP)', () => {
    expect(fig.svg).not.toMatch(/\sstyle=/);
    expect(fig.svg).not.toContain('<style');
  });

  it('renders text at 10 px or more on a phone', () => {
    const width = Number(/viewBox="0 0 (\d+)/.exec(fig.svg)?.[1]);
    const size = Number(/font-size="([\d.]+)"/.exec(fig.svg)?.[1]);
    expect(width).toBeGreaterThanOrEqual(400);
    expect(width).toBeLessThanOrEqual(480);
    expect((size * PHONE_COLUMN) / width).toBeGreaterThanOrEqual(10);
    // Only the root sets a size, so no label can be smaller.
    expect(fig.svg.match(/font-size=/g)?.length).toBe(1);
  });

  it('keeps every coordinate rounded to 1 decimal', () => {
    // In markup, not in text (a tooltip quotes the figure as stated: 42.55亿元).
    const markup = fig.svg.replace(/>[^<]*</g, '><');
    expect(markup).not.toMatch(/\d\.\d{2,}(?!\d*em)/);
    expect(markup).toMatch(/\d\.\d/);
  });

  it('has one CSV row per table row, with the same number of columns', () => {
    const lines = fig.csv.trimEnd().split('\r\n');
    expect(lines.length).toBe(fig.table.rows.length + 1);
    for (const r of fig.table.rows) expect(r.length).toBe(fig.table.columns.length);
    expect(fig.summary.endsWith('。')).toBe(true);
  });
});

describe('a page\'s data download', () => {
  it('holds every cell of every chart of the page, one row each, under the chart\'s title', () => {
    const page = [figures[0], figures[6]];
    const lines = pageDataCsv(page).trimEnd().split('\r\n');
    expect(lines[0]).toBe(PAGE_DATA_COLUMNS.join(','));
    const cells = page.reduce((n, fig) => n + fig.data.rows.length * (fig.data.columns.length - 1), 0);
    expect(lines.length - 1).toBe(cells);
    const [first] = page;
    expect(lines[1]).toBe(toCsv([], [[first.title, first.data.rows[0][0], first.data.columns[1], first.data.rows[0][1]]]).trimEnd().split('\r\n')[1]);
    expect(lines.filter((l) => l.startsWith(page[1].title)).length).toBe(page[1].data.rows.length * (page[1].data.columns.length - 1));
  });

  it('keeps each chart\'s own CSV equal to its data', () => {
    for (const fig of figures) expect(fig.csv).toBe(toCsv(fig.data.columns, fig.data.rows));
  });
});
