/**
 * The chart components editors can use in .mdx briefings, without imports (<RankChart … />),
 * bound to one briefing's charts: each tag draws the chart spec its component and props
 * were resolved to when the briefing was checked (the briefing view's mdxCharts).
 */
import { jsx } from 'astro/jsx-runtime';
import MdxChart from './MdxChart.astro';
import { MDX_CHART_COMPONENTS, mdxChartFor, type MdxCharts } from '../../model/views/briefing.ts';

type Props = Record<string, unknown> & { children?: unknown };

/** The components to pass to a briefing's <Content components={…} />. */
export function mdxComponents(charts: MdxCharts): Record<string, (props: Props) => unknown> {
  const bind = (component: string) => ({ children: _children, ...props }: Props) => jsx(MdxChart, { component, ...mdxChartFor(charts, component, props) });
  return Object.fromEntries(MDX_CHART_COMPONENTS.map((component) => [component, bind(component)]));
}
