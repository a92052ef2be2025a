// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypeMentions } from './src/markdown/rehype-mentions.ts';
import { loadSite } from './src/model/index.ts';
import { siteBase } from './src/lib/base.ts';

// Deploying under a sub-path (https://host/briefings/) only needs SITE_BASE=/briefings/.
const base = siteBase();

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages render while earlier ones are written: with one at a time, the build's thread waited
    // on file writes for about half of page generation. National cold build, 4 against 1:
    // 146–153 s against 184–187 s, the same peak memory (bench/README.md).
    concurrency: 4,
    // External stylesheets only: pages must load under a CSP without 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  markdown: {
    // Code blocks stay plain: highlighters colour them with inline styles, which the site's
    // Content-Security-Policy (no 'unsafe-inline') blocks.
    syntaxHighlight: false,
    processor: unified({
      rehypePlugins: [[rehypeMentions, { mentions: () => loadSite().model.mentions, base }]],
    }),
  },
  // The sitemap is written by scripts/sitemap.ts after the Traditional edition, with SITE_URL only.
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's own MDX output carries a "use astro:head-inject" directive that the bundler
        // warns about on every MDX file; it is not something an editor can act on.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
  prefetch: false,
  experimental: {
    // Pages whose cacheKey (a digest of their view, src/model/views/paths.ts), code and rendered
    // body are unchanged are copied from the previous build (scripts/build.ts keeps one cache per
    // content folder).
    incrementalBuild: true,
  },
});
