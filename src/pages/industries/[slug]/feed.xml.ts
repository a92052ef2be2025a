/** /industries/<slug>/feed.xml: the briefings about an industry, as RSS (src/pages/_feed.ts). */
import type { APIRoute } from 'astro';
import { feedResponse, industryFeedPaths, industryFeedView } from '../../_feed.ts';

export const getStaticPaths = () => industryFeedPaths();
export const GET: APIRoute = ({ params, site }) => feedResponse(industryFeedView(params.slug!), site);
