/** /feed.xml: the newest briefings of the whole site, as RSS (src/pages/_feed.ts). */
import type { APIRoute } from 'astro';
import { feedResponse, siteFeedView } from './_feed.ts';

export const GET: APIRoute = ({ site }) => feedResponse(siteFeedView(), site);
