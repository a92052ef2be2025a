// @ts-check
// The bare baseline: Astro's defaults (Markdown included), the same URL shape as the site,
// MDX so .mdx bodies render. Content comes from CONTENT_DIR (src/content.config.ts).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX output carries a "use astro:head-inject" directive the bundler warns about per file.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
