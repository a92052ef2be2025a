/**
 * One view object per page kind, built from the model: the page's template renders it and
 * computes nothing. Each takes the model and the page's slug (or nothing for an index) and
 * returns plain data: labels, formatted figures, site paths (without the deploy base, which
 * the HTML layer adds with href()), sorted lists, groupings, and the page's newest date.
 * Pages with figures number their sources and notes per page (PageRefs, refs.ts).
 */
export { placePage, type PlaceView } from './place.ts';
export { rankingPage, type RankingView } from './ranking.ts';
export { industryPage, type IndustryView } from './industry.ts';
export { briefingPage, mdxChartFor, type BriefingView, type MdxCharts } from './briefing.ts';
export { homePage, type HomeView } from './home.ts';
export { countyIndex, parkIndex, regionIndex, type CountyIndexView, type ParkIndexView, type RegionIndexView } from './place-indexes.ts';
export { briefingIndex, industryIndex, rankingIndex, type BriefingIndexView, type IndustryIndexView, type RankingIndexView } from './indexes.ts';
export { pagePaths, viewDigest, type PagePath } from './paths.ts';
