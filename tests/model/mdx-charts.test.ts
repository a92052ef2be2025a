/** Chart components in MDX briefings are checked before any page renders. */
import { describe, expect, it } from 'vitest';
import { BASE_FILES, load } from '../helpers/content.ts';
import { scanMdx, mdxChartId } from '../../src/model/mdx-charts.ts';
import { drawChart } from '../../src/charts/index.ts';

const head = '---\ntitle: 图表简报\ndate: 2022-02-01\nsubjects: [zhijiang]\n---\n';
function briefing(body: string, ext = 'mdx') {
  const site = load({ [`briefings/charts.${ext}`]: `${head}第一段。\n\n${body}\n` });
  return { site, errors: site.errors.map((e) => ({ file: e.file.replace(/^.*\//, ''), field: e.field, text: `${e.message} ${e.hint ?? ''}` })) };
}

describe('reading components from MDX', () => {
  it('reads string, list and number props and the line', () => {
    const { uses } = scanMdx('a\n\n<RankChart places={["zhijiang", "yidu"]} ranking="county-top100" />\n<IndicatorChart places={[\'yidu\']} metric="gdp" periods={[2021]}/>');
    expect(uses).toEqual([
      { component: 'RankChart', props: { places: ['zhijiang', 'yidu'], ranking: 'county-top100' }, line: 3 },
      { component: 'IndicatorChart', props: { places: ['yidu'], metric: 'gdp', periods: [2021] }, line: 4 },
    ]);
  });
  it('ignores components shown inside code', () => {
    expect(scanMdx('```\n<RankChart places={["x"]} />\n```\n`<TargetChart />`').uses).toEqual([]);
  });
  it('gives the same id for the same props in any order', () => {
    expect(mdxChartId('b', 'RankChart', { a: 1, b: [2] })).toBe(mdxChartId('b', 'RankChart', { b: [2], a: 1 }));
    expect(mdxChartId('b', 'RankChart', { a: 1 })).not.toBe(mdxChartId('b', 'RankChart', { a: 2 }));
  });
});

describe('checking components against the model', () => {
  it('accepts valid charts and records them on the briefing', () => {
    const { site, errors } = briefing('<RankChart places={["zhijiang"]} ranking="county-top100" />\n\n<IndicatorChart places={["zhijiang"]} metric="gdp" />\n\n<TargetChart place="zhijiang" metric="gdp" />');
    expect(errors).toEqual([]);
    expect(site.model.briefingBySlug.get('charts')!.charts.map((c) => c.component)).toEqual(['RankChart', 'IndicatorChart', 'TargetChart']);
  });
  it('records a spec that draws for every valid chart, a title given to a comparison included', () => {
    const body = ['<RankChart places={["zhijiang"]} ranking="county-top100" />', '<IndicatorChart places={["zhijiang"]} metric="gdp" />', '<TargetChart place="zhijiang" metric="gdp" />', '<ProjectsChart places={["zhijiang"]} by="industry" />', '<CompareChart region="yichang" metric="gdp" title="宜昌县市经济总量" />'].join('\n\n');
    const site = load({
      'counties/yidu.md': '---\nname: 宜都市\naliases: [宜都]\ntype: 县级市\nregion: yichang\nmetrics:\n  gdp: { 2021: 702.4 }\n---\n',
      'briefings/charts.mdx': `${head}第一段。\n\n${body}\n`,
    });
    expect(site.errors).toEqual([]);
    const charts = site.model.briefingBySlug.get('charts')!.charts;
    expect(charts.map((c) => c.spec?.kind)).toEqual(['rank-trajectory', 'indicator-time', 'target-progress', 'projects', 'comparison']);
    const drawn = charts.map((c) => drawChart(c.spec!));
    expect(drawn.every((f) => f.svg.startsWith('<svg') && f.table.rows.length > 0)).toBe(true);
    const compare = drawn[4];
    expect([compare.title, compare.table.caption]).toEqual(['宜昌县市经济总量', '宜昌县市经济总量']);
  });
  it('names the briefing file, the component, the prop and the line for an unknown slug', () => {
    const { errors } = briefing('<RankChart places={["zhijang"]} />');
    expect(errors).toEqual([{ file: 'charts.mdx', field: '<RankChart> places（第 8 行 line 8）', text: expect.stringContaining('zhijiang') }]);
  });
  it('reports an unknown metric with the closest one', () => {
    const { errors } = briefing('<IndicatorChart places={["zhijiang"]} metric="gpd" />');
    expect(errors[0]).toMatchObject({ file: 'charts.mdx', field: expect.stringContaining('<IndicatorChart> metric'), text: expect.stringContaining('gdp') });
  });
  it('reports an unknown component and an unknown prop', () => {
    expect(briefing('<RankChrt places={["zhijiang"]} />').errors[0]).toMatchObject({ field: expect.stringContaining('<RankChrt>'), text: expect.stringContaining('RankChart') });
    expect(briefing('<RankChart places={["zhijiang"]} colour="red" />').errors[0]).toMatchObject({ field: expect.stringContaining('<RankChart> colour') });
  });
  it('reports a missing required prop and a value it cannot read', () => {
    expect(briefing('<IndicatorChart places={["zhijiang"]} />').errors[0]).toMatchObject({ field: expect.stringContaining('<IndicatorChart> metric') });
    expect(briefing('<RankChart places={zhijiang} />').errors[0]).toMatchObject({ field: expect.stringContaining('<RankChart> places') });
  });
  it('refuses a chart that would be empty', () => {
    expect(briefing('<IndicatorChart places={["yidu"]} metric="gdp" />').errors[0]).toMatchObject({ field: expect.stringContaining('<IndicatorChart>'), text: expect.stringContaining('宜都市') });
  });
  it('tells an editor that components need an .mdx file', () => {
    expect(briefing('<RankChart places={["zhijiang"]} />', 'md').errors[0]).toMatchObject({ file: 'charts.md', text: expect.stringContaining('charts.mdx') });
  });
});

describe('found in review', () => {
  it('reads JavaScript literals such as an apostrophe inside double quotes', () => {
    expect(scanMdx(`<RankChart places={['zhijiang']} title={"It's 枝江"} />`).uses[0].props).toEqual({ places: ['zhijiang'], title: "It's 枝江" });
  });
  it('refuses a `by` it does not know', () => {
    expect(briefing('<ProjectsChart places={["zhijiang"]} by="industy" />').errors[0]).toMatchObject({ field: expect.stringContaining('<ProjectsChart> by'), text: expect.stringContaining('industry') });
  });
  it('refuses the same chart twice in one briefing (its id would repeat)', () => {
    const { errors } = briefing('<RankChart places={["zhijiang"]} />\n\n<RankChart places={["zhijiang"]} />');
    expect(errors).toEqual([expect.objectContaining({ field: expect.stringContaining('（第 10 行'), text: expect.stringContaining('两次') })]);
  });
  it('only warns about charts in a draft', () => {
    const site = load({ 'briefings/draft.mdx': '---\ntitle: 草稿\ndate: 2022-02-01\nsubjects: [zhijiang]\ndraft: true\n---\n<IndicatorChart places={["yidu"]} metric="gdp" />\n' });
    expect(site.errors).toEqual([]);
    expect(site.diagnostics.some((d) => d.severity === 'warning' && d.field.includes('<IndicatorChart>'))).toBe(true);
  });
  it('reports chart problems together with other errors', () => {
    const site = load({
      'counties/yidu.md': BASE_FILES['counties/yidu.md'].replace('region: yichang', 'region: yichan'),
      'briefings/charts.mdx': `${head}<RankChart places={["zhijang"]} />\n`,
    });
    expect(site.errors.map((e) => e.file.replace(/^.*\//, '')).sort()).toEqual(['charts.mdx', 'yidu.md']);
  });
});

describe('components shown as examples in code are not charts', () => {
  // Wrong on purpose: an unknown place and a prop RankChart does not have.
  const wrong = '<RankChart places={["nowhere"]} colour="red" />';
  const fence = '````md\n```mdx\n' + wrong + '\n```\n````';
  it('ignores a component in a ~~~ fence', () => {
    expect(briefing(`~~~mdx\n${wrong}\n~~~`).errors).toEqual([]);
    expect(scanMdx(`~~~\n${wrong}\n~~~`).uses).toEqual([]);
  });
  it('ignores an editors’ how-to: a ```` fence that shows a ```mdx example', () => {
    expect(briefing(`图表这样写：\n\n${fence}`).errors).toEqual([]);
  });
  it('ignores a component in indented code of a .md briefing', () => {
    expect(briefing(`图表这样写：\n\n    ${wrong}`, 'md').errors).toEqual([]);
  });
  it('ignores a component in inline code with double backticks', () => {
    expect(briefing(`图表这样写：\`\` ${wrong} \`\`，写在单独一行。`).errors).toEqual([]);
  });
  it('ignores a component in inline code that runs over a line break', () => {
    expect(briefing('图表这样写：`<RankChart places={["nowhere"]}\ncolour="red" />`，写在单独一行。').errors).toEqual([]);
  });
  it('still reports the same component outside code, with its line', () => {
    const body = [`~~~\n${wrong}\n~~~`, fence, `例：\`\` ${wrong} \`\`。`, wrong].join('\n\n');
    const { site, errors } = briefing(body);
    // 5 front-matter lines, then 第一段。 and a blank line: the body's line 15 is the file's line 20.
    expect(errors).toEqual([
      { file: 'charts.mdx', field: '<RankChart> colour（第 20 行 line 20）', text: expect.stringContaining('unknown prop') },
      { file: 'charts.mdx', field: '<RankChart> places（第 20 行 line 20）', text: expect.stringContaining('nowhere') },
    ]);
    expect(site.model.briefingBySlug.get('charts')!.charts).toEqual([]);
  });
  it('checks an indented component in .mdx, because MDX has no indented code and draws it', () => {
    expect(briefing(`说明：\n\n    ${wrong}`).errors.map((e) => e.field)).toEqual(['<RankChart> colour（第 10 行 line 10）', '<RankChart> places（第 10 行 line 10）']);
  });
  it('finds a component inside a JSX expression, which MDX also draws', () => {
    expect(briefing('{true && <RankChart places={["zhijang"]} />}').errors).toEqual([{ file: 'charts.mdx', field: '<RankChart> places（第 8 行 line 8）', text: expect.stringContaining('zhijiang') }]);
  });
  it('reads character references in a string prop as MDX renders them', () => {
    expect(scanMdx('<RankChart places={["zhijiang"]} title="枝江 &amp; 宜都" />').uses[0].props.title).toBe('枝江 & 宜都');
  });
});
