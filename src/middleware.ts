/**
 * Tells the layout whether the site has a Traditional edition (content/site.yaml), so every
 * page shows the 简/繁 switch and its hreflang alternates only when the edition is written.
 */
import { defineMiddleware } from 'astro:middleware';
import { siteModel } from './model/index.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.edition = siteModel().site.traditional !== 'none';
  return next();
});
