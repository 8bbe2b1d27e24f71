// The first screen's stylesheet inside index.html. As a file of its own it was one more request
// before the first paint: on a phone's network a round trip (Lighthouse's mobile run: first
// contentful paint 1.73-1.90 s with the file, 1.33-1.67 s inline). ~8 KiB gzip; the page is
// never cached apart from it (the service worker keeps both together).
// The lazy chunks list the entry's stylesheet among the files to load with them: Vite's chunk
// loader adds a <link> for each one that no <link rel="stylesheet"> on the page names. The
// page keeps its link, `disabled` (a disabled stylesheet link is not fetched or applied), so
// the loader sees it is there and the rules are not loaded and applied a second time. The file
// stays in the build for a browser that would fetch it anyway (the same rules, no harm).
import type { Plugin } from 'vite';

/** The entry chunk is named "index" (vite.config.ts, codeSplitting): its stylesheet is this. */
const PAGE_STYLESHEET = /^assets\/index-[\w-]+\.css$/;

export function inlineCssPlugin(): Plugin {
  return {
    name: 'ketamine-synapse-inline-css',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const links = [...html.matchAll(/<link rel="stylesheet"[^>]* href="\.\/([^"]+)"[^>]*>/g)];
        const [tag = '', name = ''] = links[0] ?? [];
        if (links.length !== 1 || !PAGE_STYLESHEET.test(name)) {
          const found = links.map((m) => m[1]);
          throw new Error(`index.html: expected one stylesheet assets/index-*.css, found ${found}`);
        }
        const asset = bundle[name];
        if (asset?.type !== 'asset') throw new Error(`index.html: ${name} is not in the build`);
        // its url()s (the fonts), quoted or not, are relative to assets/; the page is one up
        const source =
          typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        const css = source
          .replace(/url\((['"]?)\.\//g, 'url($1./assets/')
          .replace(/<\/style/gi, '<\\/style');
        const disabledLink = tag.replace('<link ', '<link disabled ');
        return html.replace(tag, () => `<style>${css}</style>\n    ${disabledLink}`);
      },
    },
  };
}
