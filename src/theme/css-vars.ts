// The palette as CSS custom properties, generated from the one table (actor-colors.ts), so the
// stylesheets say var(--actor-ketamine) or var(--text) and never repeat a colour.
import {
  ACTOR_COLORS,
  SIGNAL,
  SIGNAL_HIGH_CONTRAST,
  SURFACE,
  SURFACE_HIGH_CONTRAST,
  type ActorColorId,
} from './actor-colors.ts';
import { PAGE_TONES, PAGE_TONES_HIGH_CONTRAST, PRINT, type PageToneId } from './page-tones.ts';

const kebab = (id: string) => id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** CSS name of an actor's colour: trkB -> --actor-trk-b. */
export function actorVar(id: ActorColorId): string {
  return `--actor-${kebab(id)}`;
}

/** CSS name of a page tone: buttonHover -> --button-hover; print tones: ink -> --print-ink. */
export function toneVar(id: string, prefix = ''): string {
  return `--${prefix}${kebab(id)}`;
}

type Surface = Record<keyof typeof SURFACE, string>;
type Signal = Record<keyof typeof SIGNAL, string>;

function themeDeclarations(
  surface: Surface,
  signal: Signal,
  tones: Record<PageToneId, string>,
): string[] {
  return [
    ...Object.entries(tones).map(([id, color]) => `${toneVar(id)}: ${color};`),
    `--bg: ${surface.background};`,
    `--panel: ${surface.panel};`,
    `--text: ${surface.text};`,
    `--muted: ${surface.mutedText};`,
    `--grid: ${surface.grid};`,
    `--focus: ${surface.focus};`,
    `--accent: ${signal.accent};`,
    `--warning: ${signal.warning};`,
    `--error: ${signal.error};`,
  ];
}

/** The stylesheet: actor colours and the normal theme on :root, the high-contrast theme after. */
export function themeCss(): string {
  const actors = (Object.keys(ACTOR_COLORS) as ActorColorId[]).map(
    (id) => `${actorVar(id)}: ${ACTOR_COLORS[id]};`,
  );
  const print = Object.entries(PRINT).map(([id, color]) => `${toneVar(id, 'print-')}: ${color};`);
  const block = (selector: string, lines: string[]) =>
    `${selector} {\n${lines.map((l) => `  ${l}`).join('\n')}\n}\n`;
  return (
    block(':root', [...actors, ...print, ...themeDeclarations(SURFACE, SIGNAL, PAGE_TONES)]) +
    block(
      ':root.high-contrast,\n.app.high-contrast',
      themeDeclarations(SURFACE_HIGH_CONTRAST, SIGNAL_HIGH_CONTRAST, PAGE_TONES_HIGH_CONTRAST),
    )
  );
}
