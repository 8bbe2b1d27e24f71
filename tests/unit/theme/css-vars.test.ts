import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTOR_COLORS, SURFACE, SURFACE_HIGH_CONTRAST } from '../../../src/theme/actor-colors';
import { actorVar, themeCss } from '../../../src/theme/css-vars';
import { PAGE_TONES, PAGE_TONES_HIGH_CONTRAST, PRINT } from '../../../src/theme/page-tones';

function stylesheets(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return stylesheets(p);
    return p.endsWith('.css') ? [p] : [];
  });
}

function declared(css: string): Set<string> {
  return new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1] ?? ''));
}

describe('the palette as CSS custom properties', () => {
  const css = themeCss();

  it('names actors in kebab case', () => {
    expect(actorVar('trkB')).toBe('--actor-trk-b');
    expect(actorVar('ketamine')).toBe('--actor-ketamine');
  });

  it('carries every actor colour and both themes from the table', () => {
    for (const [id, color] of Object.entries(ACTOR_COLORS)) {
      expect(css).toContain(`${actorVar(id as keyof typeof ACTOR_COLORS)}: ${color};`);
    }
    const [normal, high] = css.split(':root.high-contrast');
    expect(normal).toContain(`--bg: ${SURFACE.background};`);
    expect(normal).toContain(`--focus: ${SURFACE.focus};`);
    expect(high).toContain(`--bg: ${SURFACE_HIGH_CONTRAST.background};`);
    expect(high).toContain(`--text: ${SURFACE_HIGH_CONTRAST.text};`);
    expect(normal).toContain(`--button-hover: ${PAGE_TONES.buttonHover};`);
    expect(high).toContain(`--button-hover: ${PAGE_TONES_HIGH_CONTRAST.buttonHover};`);
    expect(normal).toContain(`--print-ink-muted: ${PRINT.inkMuted};`);
  });

  it('is the only place the stylesheets get a colour variable from', () => {
    const generated = declared(css);
    const files = stylesheets();
    expect(files.length).toBeGreaterThan(3);
    const own = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const name of declared(text)) {
        expect(generated.has(name), `${file} redefines ${name}`).toBe(false);
        own.add(name);
      }
    }
    const missing: string[] = [];
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/var\((--[\w-]+)/g)) {
        const name = m[1] ?? '';
        if (!generated.has(name) && !own.has(name)) missing.push(`${file}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
