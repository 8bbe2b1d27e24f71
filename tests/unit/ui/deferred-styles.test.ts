// The build's index.html links the app's stylesheet as a preload (applied by main.tsx before the
// first render), so the boot screen paints without waiting for it.
import { describe, expect, it } from 'vitest';
import {
  DEFERRED_STYLES_ATTRIBUTE,
  deferStylesheets,
} from '../../../src/app/vite-deferred-styles-plugin';

describe('the deferred stylesheet', () => {
  it('turns Vite stylesheet links into preloads main.tsx can find, and leaves the rest', () => {
    const html = [
      '<link rel="modulepreload" crossorigin href="./assets/app.js">',
      '<link rel="stylesheet" crossorigin href="./assets/index-abc.css">',
      '<link rel="icon" href="./icons/icon.svg" type="image/svg+xml" />',
    ].join('\n');
    expect(deferStylesheets(html).split('\n')).toEqual([
      '<link rel="modulepreload" crossorigin href="./assets/app.js">',
      `<link rel="preload" as="style" crossorigin href="./assets/index-abc.css" ${DEFERRED_STYLES_ATTRIBUTE}>`,
      '<link rel="icon" href="./icons/icon.svg" type="image/svg+xml" />',
    ]);
  });
});
