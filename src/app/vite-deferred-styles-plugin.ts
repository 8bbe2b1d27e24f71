// Build step: the app's stylesheet stops blocking the first paint. Vite links it with
// rel="stylesheet", which holds every paint until it has arrived; this turns the link into a
// preload (fetched at once, at the same priority) that main.tsx applies before React's first
// render. The boot screen's few rules are inline in index.html, so a slow phone paints it as
// soon as the page itself arrives. Runs in Node at build time only.
import type { Plugin } from 'vite';

/** The attribute main.tsx finds the app's stylesheet by. */
export const DEFERRED_STYLES_ATTRIBUTE = 'data-app-styles';

/** index.html with its stylesheet links made preloads (exported for the unit test). */
export function deferStylesheets(html: string): string {
  return html.replace(
    /<link rel="stylesheet"( crossorigin)? href="([^"]+\.css)">/g,
    `<link rel="preload" as="style"$1 href="$2" ${DEFERRED_STYLES_ATTRIBUTE}>`,
  );
}

export function deferredStylesPlugin(): Plugin {
  return {
    name: 'deferred-styles',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: deferStylesheets },
  };
}
