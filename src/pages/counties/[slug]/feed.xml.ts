/** /counties/<slug>/feed.xml: the briefings about a place, as RSS (src/pages/_feed.ts). */
import type { APIRoute } from 'astro';
import { feedResponse, placeFeedPaths } from '../../_feed.ts';
import type { FeedView } from '../../../model/views/feeds.ts';

export const getStaticPaths = () => placeFeedPaths('counties');
export const GET: APIRoute = ({ props, site }) => feedResponse(props.view as FeedView, site);
