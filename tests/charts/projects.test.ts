import { describe, expect, it } from 'vitest';
import { projectsChart, projectsGeometry } from '../../src/charts/index.ts';
import { projectsByIndustry, projectsByStatus } from './fixtures.ts';

describe('projectsGeometry', () => {
  const g = projectsGeometry(projectsByStatus);

  it('converts every investment to 亿元 and sorts largest first', () => {
    expect(g?.projects.map((p) => p.value)).toEqual([120, 42, 25, 18.5, 8, 6.5, 3.2]);
    expect(g?.total).toBeCloseTo(223.2);
  });

  it('keeps projects without an investment out of the bars but in the table', () => {
    expect(g?.unstated.map((p) => p.name)).toEqual(['新型储能电站']);
    const fig = projectsChart(projectsByStatus, 'p');
    expect(fig.table.rows.at(-1)).toEqual(['新型储能电站', '未注明', '签约', '新能源']);
    expect(fig.svg).not.toContain('新型储能电站');
  });

  it('totals by status in life-cycle order, with unknown statuses as 未注明', () => {
    expect(g?.groups.map((x) => [x.name, x.total, x.count])).toEqual([
      ['谋划', 25, 1],
      ['签约', 18.5, 1],
      ['在建', 162, 2],
      ['投产', 6.5, 1],
      ['竣工', 3.2, 1],
      ['未注明', 8, 1],
    ]);
  });

  it('totals by industry, largest first', () => {
    const byIndustry = projectsGeometry(projectsByIndustry);
    expect(byIndustry?.groups[0]).toMatchObject({ name: '新能源材料', total: 120 });
    expect(byIndustry?.groups.find((x) => x.name === '现代物流')?.count).toBe(2);
  });

  it('gives each status the same colour everywhere and names it next to each bar', () => {
    const fig = projectsChart(projectsByStatus, 'p');
    expect(fig.svg).toContain('120亿元 在建');
    const zaijian = [...fig.svg.matchAll(/<g class="chart-row (chart-[a-z0-9]+)">(?:<title>[^<]*<\/title>)?<text[^>]*>([^<]*)</g)]
      .filter((m) => m[2] === '在建' || m[2] === '智能装备制造基地')
      .map((m) => m[1]);
    expect(new Set(zaijian).size).toBe(1);
  });

  it('returns null when no project states an investment', () => {
    expect(projectsGeometry({ groupBy: 'status', projects: [{ name: 'a', investment: null, unit: '亿元' }] })).toBeNull();
  });
});

describe('projectsChart summary', () => {
  it('is written from the data', () => {
    expect(projectsChart(projectsByStatus, 'p').summary).toBe(
      '枝江市7个项目总投资223.2亿元（另有1个项目未注明投资额），最大的是年产20万吨磷酸铁锂正极材料项目（120亿元）；按状态，在建2项合计162亿元最多。',
    );
  });
});
