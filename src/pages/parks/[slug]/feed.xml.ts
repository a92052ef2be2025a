/** /parks/<slug>/feed.xml: the briefings about a place, as RSS (src/pages/_feed.ts). */
import type { APIRoute } from 'astro';
import { feedResponse, placeFeedPaths, placeFeedView } from '../../_feed.ts';

export const getStaticPaths = () => placeFeedPaths('parks');
export const GET: APIRoute = ({ params, site }) => feedResponse(placeFeedView(params.slug!), site);
