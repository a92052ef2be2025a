/**
 * Tells the layout whether the site has a Traditional edition (content/site.yaml), so every
 * page shows the 简/繁 switch and its hreflang alternates only when the edition is written:
 * by `npm run build` (scripts/edition.ts), not by the dev server, where the switch would lead
 * nowhere.
 */
import { defineMiddleware } from 'astro:middleware';
import { siteModel } from './model/index.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.edition = !import.meta.env.DEV && siteModel().site.traditional !== 'none';
  return next();
});
