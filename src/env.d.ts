/// <reference types="astro/client" />

// For plain `tsc`: .astro files are typed by Astro's own tooling; here they are components.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

declare namespace App {
  interface Locals {
    /** Whether the site has a Traditional edition (src/middleware.ts, from content/site.yaml). */
    edition?: boolean;
  }
}
