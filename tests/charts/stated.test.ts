/**
 * Figures as the source stated them (CONTENT-FORMAT 1.1): a qualified value
 * reads with its qualifier wherever a chart writes it (direct label, hover
 * title, summary, table), a range target reads "5-8家", marks are drawn from
 * the plain number, and the CSV keeps plain numbers with a `note` column.
 */
import { describe, expect, it } from 'vitest';
import {
  comparisonChart,
  comparisonGeometry,
  indicatorTimeChart,
  indicatorTimeGeometry,
  projectsChart,
  projectsGeometry,
  rankTrajectoryChart,
  regionMapChart,
  regionMapGeometry,
  targetProgressChart,
  targetProgressGeometry,
} from '../../src/charts/index.ts';
import type { ChartFigure, ComparisonInput, IndicatorTimeInput, ProjectsInput, RegionMapInput, ValueTargetInput } from '../../src/charts/index.ts';
import { sumQualifier } from '../../src/charts/stated.ts';
import { textWidth } from '../../src/charts/text.ts';
import * as f from './fixtures.ts';

const csvLines = (fig: ChartFigure) => fig.csv.split('\r\n');

describe('indicator-time', () => {
  const bars: IndicatorTimeInput = {
    ...f.indicatorBars,
    series: [{ ...f.indicatorBars.series[0], points: f.indicatorBars.series[0].points.map((p) => (p.period === '2024' ? { ...p, value: 800, stated: { qualifier: '约' } } : p)) }],
  };
  const plain: IndicatorTimeInput = { ...bars, series: [{ ...bars.series[0], points: bars.series[0].points.map(({ period, value }) => ({ period, value })) }] };
  const fig = indicatorTimeChart(bars, 'b');

  it('labels, titles, summarises and tabulates the bar as stated', () => {
    expect(indicatorTimeGeometry(bars)?.bars.at(-1)?.label).toBe('约800亿元');
    expect(fig.svg).toContain('>约800亿元</text>');
    expect(fig.svg).toContain('<title>2024年：约800亿元</title>');
    expect(fig.summary).toBe('枝江市地区生产总值从2018年的512.3亿元增至2024年的约800亿元。');
    expect(fig.table.rows.at(-1)).toEqual(['2024年', '约800亿元']);
  });

  it('fits the wider stated label: the latest bar keeps it, a neighbour gives way, the rest stay labelled', () => {
    expect(indicatorTimeGeometry(bars)?.bars.map((b) => b.label)).toEqual(['512亿', '560亿', '539亿', '631亿', '689亿', '', '约800亿元']);
    const last = indicatorTimeGeometry(bars)?.bars.at(-1);
    // Moved left just enough to stay inside the chart.
    expect((last?.labelX ?? 0) + textWidth('约800亿元', 14) / 2).toBeCloseTo(440 - 8);
    const middle: IndicatorTimeInput = { ...plain, series: [{ ...plain.series[0], points: plain.series[0].points.map((p) => (p.period === '2021' ? { ...p, stated: { qualifier: '超' } } : p)) }] };
    expect(indicatorTimeGeometry(middle)?.bars.map((b) => b.label)).toEqual(['512亿', '560亿', '539亿', '', '689亿', '726亿', '800亿']);
    // Its figure is still written as stated where there is room for it.
    expect(indicatorTimeChart(middle, 'm').svg).toContain('<title>2021年：超631.2亿元</title>');
    expect(indicatorTimeChart(middle, 'm').table.rows[3]).toEqual(['2021年', '超631.2亿元']);
  });

  it('draws the bar from the number', () => {
    const [a, b] = [indicatorTimeGeometry(bars), indicatorTimeGeometry(plain)];
    expect(a?.bars.map(({ x, y, width, height }) => [x, y, width, height])).toEqual(b?.bars.map(({ x, y, width, height }) => [x, y, width, height]));
  });

  it('keeps the number plain in the CSV and notes the qualifier', () => {
    expect(csvLines(fig)[0]).toBe('期间,枝江市（亿元）,note');
    expect(csvLines(fig)).toContain('2024,800,约800亿元');
    expect(csvLines(fig)).toContain('2023,726.4,');
    expect(csvLines(indicatorTimeChart(plain, 'b'))[0]).toBe('期间,枝江市（亿元）');
  });

  it('names the place in the note and the hover title when there are several', () => {
    const lines: IndicatorTimeInput = {
      ...f.indicatorLines,
      series: f.indicatorLines.series.map((s) =>
        s.place === '宜都市' ? { ...s, points: s.points.map((p) => (p.period === '2023' ? { ...p, stated: { qualifier: '超', unit: '亿元' } } : p)) } : s,
      ),
    };
    const l = indicatorTimeChart(lines, 'l');
    expect(l.svg).toContain('<title>宜都市 2023年：超46.8亿元</title>');
    expect(l.summary).toBe('2023年一般公共预算收入：宜都市超46.8亿元，枝江市36.6亿元，长阳土家族自治县12.1亿元。');
    expect(l.table.rows.at(-1)).toEqual(['2023年', '超46.8亿元', '36.6亿元', '12.1亿元']);
    expect(csvLines(l)).toContain('2023,468000,366000,121000,宜都市：超46.8亿元');
  });
});

describe('comparison', () => {
  const input: ComparisonInput = { ...f.comparison, items: f.comparison.items.map((i) => (i.label === '宜都市' ? { ...i, value: 900, stated: { qualifier: '近' } } : i)) };
  const fig = comparisonChart(input, 'c');

  it('labels, titles, summarises and tabulates the item as stated', () => {
    expect(fig.svg).toContain('>近900亿元（2023年）</text>');
    expect(fig.svg).toContain('<title>宜都市：近900亿元（2023年）</title>');
    expect(fig.summary).toContain('最高为宜都市近900亿元（2023年）');
    expect(fig.table.rows[0]).toEqual(['1', '宜都市', '近900亿元', '2023年']);
  });

  it('draws the bar from the number', () => {
    const plain = comparisonGeometry({ ...input, items: input.items.map(({ stated: _s, ...i }) => i) });
    expect(comparisonGeometry(input)?.rows[0].bar).toEqual(plain?.rows[0].bar);
  });

  it('adds a note column to the CSV', () => {
    expect(csvLines(fig)[0]).toBe('名次,名称,地区生产总值（亿元）,期间,note');
    expect(csvLines(fig)[1]).toBe('1,宜都市,900,2023,近900亿元');
    expect(csvLines(fig)[2]).toBe('2,夷陵区,802.3,2023,');
  });
});

describe('target-progress', () => {
  const range: ValueTargetInput = {
    type: 'value',
    place: '宜都市',
    indicator: '上市公司数量',
    unit: '家',
    target: 5,
    targetStated: { max: 8 },
    deadline: '2025',
    actual: { period: '2024', value: 3 },
  };
  const fig = targetProgressChart(range, 't');

  it('labels a range target "5-8家" and draws it at the lower bound', () => {
    expect(fig.svg).toContain('>2025年目标5-8家</text>');
    expect(fig.summary).toBe('宜都市上市公司数量目标为2025年达到5-8家，2024年实际为3家，已完成目标下限的60%。');
    expect(fig.table.rows[0]).toEqual(['目标', '2025年', '5-8家', '家']);
    expect(fig.table.rows[2][0]).toBe('完成比例（按目标下限）');
    const g = targetProgressGeometry(range);
    const plain = targetProgressGeometry({ ...range, targetStated: undefined });
    expect(g.type === 'value' && plain.type === 'value' && g.targetX).toBe(plain.type === 'value' && plain.targetX);
    expect(g.type === 'value' && g.share).toBeCloseTo(0.6);
  });

  it('notes the range in the CSV, with the lower bound as the number', () => {
    expect(csvLines(fig)).toEqual(['项目,期间,数值,单位,note', '目标,2025,5,家,5-8家', '最新实际,2024,3,家,', '完成比例（按目标下限）,2024,60,%,', '']);
  });

  it('writes a qualified actual and target as stated', () => {
    const q = targetProgressChart({ ...f.targetValue, target: 1000, targetStated: { qualifier: '超' }, actual: { period: '2023', value: 600, stated: { qualifier: '约' } } }, 'q');
    expect(q.svg).toContain('>2025年目标超1000亿元</text>');
    expect(q.svg).toContain('>2023年实际约600亿元</text>');
    expect(q.summary).toBe('枝江市地区生产总值目标为2025年达到超1000亿元，2023年实际为约600亿元，已完成目标的60%。');
    expect(q.table.rows.slice(0, 2).map((r) => r[2])).toEqual(['超1000亿元', '约600亿元']);
    expect(csvLines(q).slice(1, 3)).toEqual(['目标,2025,1000,亿元,超1000亿元', '最新实际,2023,600,亿元,约600亿元']);
  });
});

describe('projects', () => {
  const input: ProjectsInput = {
    ...f.projectsByStatus,
    projects: f.projectsByStatus.projects.map((p) =>
      p.name === '智能装备制造基地' ? { ...p, investmentStated: { qualifier: '约' } } : p.name === '酒业产业园技改' ? { ...p, investmentStated: { qualifier: '超', unit: '万元' } } : p,
    ),
  };
  const fig = projectsChart(input, 'p');

  it('labels, titles, summarises and tabulates investments as stated', () => {
    expect(fig.svg).toContain('>约42亿元 在建</text>');
    expect(fig.svg).toContain('<title>智能装备制造基地：约42亿元 在建</title>');
    expect(fig.svg).toContain('>超65000万元 投产</text>');
    expect(fig.table.rows.find((r) => r[0] === '智能装备制造基地')?.[1]).toBe('约42亿元');
    expect(fig.table.rows.find((r) => r[0] === '酒业产业园技改')?.[1]).toBe('超65000万元');
  });

  it('qualifies totals that include a qualified investment', () => {
    expect(fig.summary).toBe('枝江市7个项目总投资约223.2亿元（另有1个项目未注明投资额），最大的是年产20万吨磷酸铁锂正极材料项目（120亿元）；按状态，在建2项合计约162亿元最多。');
    expect(fig.svg).toContain('>约162亿元（2项）</text>');
    expect(fig.svg).toContain('>超6.5亿元（1项）</text>');
    expect(fig.svg).toContain('>25亿元（1项）</text>');
    expect(projectsGeometry(input)?.projects.map((p) => p.value)).toEqual(projectsGeometry(f.projectsByStatus)?.projects.map((p) => p.value));
  });

  it('keeps 亿元 numbers in the CSV and notes the stated form', () => {
    expect(csvLines(fig)[0]).toBe('项目,投资额（亿元）,状态,产业,note');
    expect(csvLines(fig)).toContain('智能装备制造基地,42,在建,装备制造,约42亿元');
    expect(csvLines(fig)).toContain('酒业产业园技改,6.5,投产,食品饮料,超65000万元');
    expect(csvLines(fig)).toContain('新型储能电站,,签约,新能源,');
  });

  it('gives a sum the qualifier its parts earn', () => {
    expect(sumQualifier([undefined, { unit: '亿元' }])).toBeUndefined();
    expect(sumQualifier([undefined, { qualifier: '超' }, { qualifier: '多' }, { qualifier: '以上' }])).toBe('超');
    expect(sumQualifier([{ qualifier: '近' }, undefined])).toBe('近');
    expect(sumQualifier([{ qualifier: '超' }, { qualifier: '近' }])).toBe('约');
    expect(sumQualifier([{ qualifier: '左右' }])).toBe('约');
    expect(sumQualifier([{ max: 8 }])).toBe('约');
  });
});

describe('region-map', () => {
  const input: RegionMapInput = {
    ...f.regionMap,
    members: f.regionMap.members.map((m) => (m.name === '西陵区' ? { ...m, value: 1000, stated: { qualifier: '以上' } } : m.name === '枝江市' ? { ...m, stated: { qualifier: '约' } } : m)),
  };
  const fig = regionMapChart(input, 'm');

  it('titles, summarises and tabulates members as stated', () => {
    expect(fig?.svg).toContain('<title>枝江市：约726.4亿元</title>');
    expect(fig?.svg).toContain('<title>西陵区：1000亿元以上</title>');
    expect(fig?.summary).toBe('2023年宜昌市13地地区生产总值最高为西陵区1000亿元以上，最低为点军区95.2亿元，1地暂无数据。');
    expect(fig?.table.rows[0]).toEqual(['西陵区', '420502', '1000亿元以上', '2023年']);
  });

  it('classes members by the number', () => {
    const plain = regionMapGeometry({ ...input, members: input.members.map(({ stated: _s, ...m }) => m) });
    expect(regionMapGeometry(input)?.shapes.map((s) => s.classIndex)).toEqual(plain?.shapes.map((s) => s.classIndex));
  });

  it('adds a note column to the CSV', () => {
    const lines = fig ? csvLines(fig) : [];
    expect(lines[0]).toBe('名称,行政区划代码,地区生产总值（亿元）,期间,note');
    expect(lines[1]).toBe('西陵区,420502,1000,2023,1000亿元以上');
    expect(lines).toContain('枝江市,420583,726.4,2023,约726.4亿元');
    expect(lines.at(-2)).toBe('五峰土家族自治县,420529,,2023,');
  });
});

describe('without qualifiers', () => {
  it('a stated unit alone reads as the plain figure', () => {
    const fig = comparisonChart({ ...f.comparisonNegative, items: f.comparisonNegative.items.map((i) => ({ ...i, stated: { unit: '%' } })) }, 'n');
    expect(fig.svg).toBe(comparisonChart(f.comparisonNegative, 'n').svg);
    expect(fig.csv).toBe(comparisonChart(f.comparisonNegative, 'n').csv);
  });

  it('no chart kind adds a note column', () => {
    const figures = [
      rankTrajectoryChart(f.rankSingle, 'a'),
      indicatorTimeChart(f.indicatorQuarters, 'b'),
      targetProgressChart(f.targetValue, 'c'),
      targetProgressChart(f.targetRank, 'c'),
      comparisonChart(f.comparison, 'd'),
      projectsChart(f.projectsByStatus, 'e'),
      regionMapChart(f.regionMap, 'f') as ChartFigure,
    ];
    for (const fig of figures) expect(csvLines(fig)[0]).not.toContain('note');
  });
});
