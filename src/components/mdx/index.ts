/** The chart components editors can use in .mdx briefings, without imports. */
import RankChart from './RankChart.astro';
import IndicatorChart from './IndicatorChart.astro';
import CompareChart from './CompareChart.astro';
import TargetChart from './TargetChart.astro';
import ProjectsChart from './ProjectsChart.astro';

export const mdxComponents = { RankChart, IndicatorChart, CompareChart, TargetChart, ProjectsChart };
