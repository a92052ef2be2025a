/** Page views stay bounded when a place is named in many briefings. */
import { describe, expect, it } from 'vitest';
import { drawChart } from '../../src/charts/index.ts';
import { BRIEFING_LIST_LIMIT, BRIEFING_SUMMARY_LIMIT, placePage } from '../../src/model/views/place.ts';
import { chartedIndicators, chartedRankings, chartedTargets, INDICATOR_CHART_LIMIT, RANK_LINE_LIMIT, TARGET_CHART_LIMIT } from '../../src/model/charts.ts';
import { BASE_FILES, load } from '../helpers/content.ts';

describe('a place named in many briefings', () => {
  it('lists the newest ones and counts the rest', () => {
    const n = BRIEFING_LIST_LIMIT + 5;
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
      files[`briefings/b${i}.md`] = `---\ntitle: 简报${i}\ndate: 2023-${month}-${day}\nsummary: 摘要${i}\nsubjects: [zhijiang]\n---\n宜都继续发展。\n`;
    }
    const { model, errors } = load(files);
    expect(errors).toEqual([]);
    const v = placePage(model, 'yidu');
    expect(v.briefings).toHaveLength(BRIEFING_LIST_LIMIT);
    expect(v.moreBriefings).toBe(n + 1 - BRIEFING_LIST_LIMIT); // and the base fixture's briefing
    expect(v.briefings[0].title).toBe(`简报${n - 1}`);
    // The newest keep their summary line; the older ones are a date and a title.
    expect(v.briefings.map((b) => b.summary ?? '')).toEqual(v.briefings.map((_, i) => (i < BRIEFING_SUMMARY_LIMIT ? `摘要${n - 1 - i}` : '')));
    expect(placePage(model, 'zhijiang').briefings.every((b) => b.subject)).toBe(true);
  });
});

describe('a place with many indicators over time', () => {
  it('draws the main ones first, at most INDICATOR_CHART_LIMIT, and says where the rest are', () => {
    const metrics = ['gdp', 'industrial_output', 'land', 'share', ...Array.from({ length: 4 }, (_, i) => `m${i}`)];
    const yaml = `${BASE_FILES['metrics.yaml']}${metrics.slice(4).map((m) => `${m}: { name: 指标${m}, unit: 个 }\n`).join('')}`;
    const block = metrics.map((m) => `  ${m}: { 2021: 1, 2022: 2 }`).join('\n');
    const county = BASE_FILES['counties/yidu.md'].replace('region: yichang', `region: yichang\nmetrics:\n${block}`);
    const { model, errors } = load({ 'metrics.yaml': yaml, 'counties/yidu.md': county });
    expect(errors).toEqual([]);
    const drawn = chartedIndicators(model.places.get('yidu')!);
    expect(drawn.drawn).toHaveLength(INDICATOR_CHART_LIMIT);
    expect(drawn.drawn.slice(0, 2)).toEqual(['gdp', 'industrial_output']);
    expect(drawn.more).toBe(metrics.length - INDICATOR_CHART_LIMIT);
    const v = placePage(model, 'yidu');
    expect(v.charts.filter((c) => c.spec.kind === 'indicator-time')).toHaveLength(INDICATOR_CHART_LIMIT);
    expect(v.chartsNote).toContain(`另有 ${metrics.length - INDICATOR_CHART_LIMIT} 项指标`);
    expect(v.figures.length).toBeGreaterThanOrEqual(metrics.length);
    expect(placePage(model, 'zhijiang').chartsNote).toBeUndefined();
  });
});

describe('a place in many rankings and with many targets', () => {
  it('draws at most RANK_LINE_LIMIT rankings and TARGET_CHART_LIMIT targets, nearest deadline first, and says where the rest are', () => {
    const rankings = Array.from({ length: RANK_LINE_LIMIT + 2 }, (_, i) => `r${i}`);
    const files: Record<string, string> = {};
    for (const r of rankings) files[`rankings/${r}.md`] = `---\nname: 榜单${r}\nscope: counties\n---\n`;
    const ranks = rankings.map((r, i) => `  ${r}: { 2021: ${50 + i}, 2022: ${40 - i} }`).join('\n');
    const targets = Array.from({ length: TARGET_CHART_LIMIT + 2 }, (_, i) => `  - { metric: gdp, value: ${1000 + i * 100}, year: ${2030 - i}, label: 目标${i} }`).join('\n');
    files['counties/yidu.md'] = BASE_FILES['counties/yidu.md'].replace('region: yichang', `region: yichang\nmetrics:\n  gdp: { 2021: 600, 2022: 700 }\nrankings:\n${ranks}\ntargets:\n${targets}`);
    const { model, errors } = load(files);
    expect(errors).toEqual([]);
    const yidu = model.places.get('yidu')!;
    const r = chartedRankings(yidu);
    expect(r.drawn).toHaveLength(RANK_LINE_LIMIT);
    expect(r.more).toBe(2);
    // The largest movements first: r5 moved 20 places (55 → 35), r0 moved 10.
    expect(r.drawn).toContain(`r${rankings.length - 1}`);
    expect(r.drawn).not.toContain('r0');
    const t = chartedTargets(yidu);
    // The model keeps targets nearest deadline first: the nearest TARGET_CHART_LIMIT are drawn.
    const nearest = 2030 - (TARGET_CHART_LIMIT + 1);
    expect(t.drawn.map((i) => yidu.targets[i].year)).toEqual(Array.from({ length: TARGET_CHART_LIMIT }, (_, i) => nearest + i));
    expect(t.more).toBe(2);
    const v = placePage(model, 'yidu');
    const rankChart = v.charts.find((c) => c.spec.kind === 'rank-trajectory')!;
    expect(drawChart(rankChart.spec).svg.match(/class="chart-series /g)).toHaveLength(RANK_LINE_LIMIT);
    expect(v.charts.filter((c) => c.spec.kind === 'target-progress')).toHaveLength(TARGET_CHART_LIMIT);
    expect(v.chartsNote).toContain('另有 2 个榜单的位次见“榜单位次”');
    expect(v.chartsNote).toContain('另有 2 个目标的进度见“发展目标”');
    expect(v.targets).toHaveLength(TARGET_CHART_LIMIT + 2);
  });
});
