// The page's stylesheet goes inside index.html (src/app/vite-inline-css-plugin.ts): the first
// paint waits for no stylesheet file, the fonts it names still resolve, and the lazy chunks'
// loader still finds a link for it (disabled: not fetched), so it does not load it again.
import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { inlineCssPlugin } from '../../../src/app/vite-inline-css-plugin';

const LINK = '<link rel="stylesheet" crossorigin href="./assets/index-AbC_12.css">';
const PAGE = `<head>\n    ${LINK}\n  </head><body></body>`;
const CSS = '@font-face{src:url(./font-1.woff2)}body{background:var(--bg)}';

function transform(html: string, files: Record<string, string>): string {
  const hook = inlineCssPlugin().transformIndexHtml as { handler: IndexHtmlTransformHook };
  const bundle = Object.fromEntries(
    Object.entries(files).map(([fileName, source]) => [
      fileName,
      { type: 'asset', fileName, source, name: undefined, names: [], originalFileNames: [] },
    ]),
  );
  const ctx = {
    path: '/index.html',
    filename: 'index.html',
    bundle,
  } as unknown as IndexHtmlTransformContext;
  return hook.handler.call({} as never, html, ctx) as string;
}

describe('the page stylesheet, inline', () => {
  it('puts the rules in a style element, with the font urls made relative to the page', () => {
    const out = transform(PAGE, { 'assets/index-AbC_12.css': CSS });
    expect(out).toContain(
      '<style>@font-face{src:url(./assets/font-1.woff2)}body{background:var(--bg)}</style>',
    );
    // the link stays for the chunk loader, disabled: the browser neither fetches nor applies it
    expect(out).toContain(
      '<link disabled rel="stylesheet" crossorigin href="./assets/index-AbC_12.css">',
    );
    expect(out).not.toContain(LINK);
    expect(out.indexOf('<style>')).toBeLessThan(out.indexOf('<link disabled'));
  });

  it('rewrites quoted font urls too, and leaves data urls alone', () => {
    const css = `@font-face{src:url("./a.woff2"),url('./b.woff')}i{background:url(data:x)}`;
    const out = transform(PAGE, { 'assets/index-AbC_12.css': css });
    expect(out).toContain(
      `<style>@font-face{src:url("./assets/a.woff2"),url('./assets/b.woff')}i{background:url(data:x)}</style>`,
    );
  });

  it('cannot be ended early by the text of a rule', () => {
    const out = transform(PAGE, { 'assets/index-AbC_12.css': 'a::after{content:"</style><b>"}' });
    expect(out.match(/<\/style>/gi)).toHaveLength(1);
  });

  it('stops the build, naming what it found, when the page is not as expected', () => {
    expect(() => transform('<head></head>', {})).toThrow(/expected one stylesheet.*found $/);
    expect(() => transform(PAGE, {})).toThrow(/assets\/index-AbC_12\.css is not in the build/);
    const two = PAGE.replace(LINK, LINK + LINK.replace('index-AbC_12', 'other-Z'));
    expect(() => transform(two, { 'assets/index-AbC_12.css': CSS })).toThrow(
      /found assets\/index-AbC_12\.css,assets\/other-Z\.css/,
    );
  });
});
