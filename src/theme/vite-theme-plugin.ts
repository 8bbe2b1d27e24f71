// Serves `virtual:theme.css` (the palette as CSS custom properties, css-vars.ts) to the build
// and the dev server; main.tsx imports it before the stylesheets that use the variables.
import type { Plugin } from 'vite';
import { themeCss } from './css-vars.ts';

const ID = 'virtual:theme.css';
const RESOLVED = '\0virtual:theme.css';

export function themePlugin(): Plugin {
  return {
    name: 'ketamine-synapse-theme',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? themeCss() : undefined),
  };
}
