/** /industries/<slug>/feed.xml: the briefings about an industry, as RSS (src/pages/_feed.ts). */
import type { APIRoute } from 'astro';
import { feedResponse, industryFeedPaths } from '../../_feed.ts';
import type { FeedView } from '../../../model/views/feeds.ts';

export const getStaticPaths = () => industryFeedPaths();
export const GET: APIRoute = ({ props, site }) => feedResponse(props.view as FeedView, site);
