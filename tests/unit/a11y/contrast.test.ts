// WCAG contrast of the palette: text 4.5:1 (AA), chart marks and scene actors 3:1 (non-text
// contrast), on the normal and the high-contrast (projector) surfaces.
import { describe, expect, it } from 'vitest';
import {
  ACTOR_COLORS,
  SIGNAL,
  SIGNAL_HIGH_CONTRAST,
  SURFACE,
  SURFACE_HIGH_CONTRAST,
} from '../../../src/theme/actor-colors';
import { PAGE_TONES, PAGE_TONES_HIGH_CONTRAST, PRINT } from '../../../src/theme/page-tones';

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('contrast', () => {
  it('computes WCAG ratios (sanity: black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it.each([
    ['normal', SURFACE],
    ['high contrast', SURFACE_HIGH_CONTRAST],
  ] as const)('text and muted text reach 4.5:1 on the %s surfaces', (_, surface) => {
    for (const bg of [surface.background, surface.panel]) {
      expect(contrast(surface.text, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(surface.mutedText, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(surface.focus, bg)).toBeGreaterThanOrEqual(3);
    }
  });

  it.each([
    ['normal', SURFACE],
    ['high contrast', SURFACE_HIGH_CONTRAST],
  ] as const)('every actor colour reaches 3:1 on the %s surfaces', (_, surface) => {
    const low: string[] = [];
    for (const [actor, color] of Object.entries(ACTOR_COLORS)) {
      for (const bg of [surface.background, surface.panel]) {
        const ratio = contrast(color, bg);
        if (ratio < 3) low.push(`${actor} ${color} on ${bg}: ${ratio.toFixed(2)}`);
      }
    }
    expect(low).toEqual([]);
  });

  it.each([
    ['normal', SURFACE, SIGNAL, PAGE_TONES],
    ['high contrast', SURFACE_HIGH_CONTRAST, SIGNAL_HIGH_CONTRAST, PAGE_TONES_HIGH_CONTRAST],
  ] as const)(
    'text reaches 4.5:1 on every page tone of the %s theme',
    (_, surface, signal, tones) => {
      const low: string[] = [];
      const check = (what: string, fg: string, bg: string, min = 4.5) => {
        const ratio = contrast(fg, bg);
        if (ratio < min) low.push(`${what}: ${ratio.toFixed(2)}`);
      };
      const behindText = [
        'button',
        'buttonHover',
        'raised',
        'rowCurrent',
        'cellSelected',
        'callout',
        'notice',
        'glow',
        'sceneButton',
        'sceneButtonPressed',
      ] as const;
      for (const tone of behindText) check(`text on ${tone}`, surface.text, tones[tone]);
      check('on-accent text on accent', tones.onAccent, signal.accent);
      for (const bg of [surface.background, surface.panel]) {
        check('label text', tones.labelText, bg);
        check('rise arrow', tones.rise, bg);
        check('fall arrow', tones.fall, bg);
        check('button edge (non-text)', tones.buttonEdge, bg, 3);
      }
      expect(low).toEqual([]);
    },
  );

  it('the printed handout reaches 4.5:1 for text and links', () => {
    for (const bg of [PRINT.paper, PRINT.desk]) {
      expect(contrast(PRINT.ink, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(PRINT.inkMuted, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(PRINT.link, bg)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(PRINT.paper, PRINT.button)).toBeGreaterThanOrEqual(4.5);
  });
});
