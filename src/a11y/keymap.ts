// One table of keyboard shortcuts: it feeds the key handler and the help dialog alike.
import type { LocalizedText } from '../i18n/localize';
import type { Mode } from '../state/store';

export type KeyAction =
  | 'next'
  | 'previous'
  | 'togglePlay'
  | 'first'
  | 'last'
  | 'slower'
  | 'faster'
  | 'fullscreen'
  | 'blackout'
  | 'presenter'
  | 'help'
  | 'closeDialog';

export interface KeyBinding {
  action: KeyAction;
  /** KeyboardEvent.key values */
  keys: readonly string[];
  /** modes in which the binding is active */
  modes: readonly Mode[];
  label: LocalizedText;
}

const ALL: readonly Mode[] = ['explore', 'present', 'kiosk'];

export const KEY_BINDINGS: readonly KeyBinding[] = [
  {
    action: 'next',
    keys: ['ArrowRight', 'PageDown'],
    modes: ['explore', 'present'],
    label: { en: 'Next stage', es: 'Etapa siguiente' },
  },
  {
    // clickers send PageDown, some ArrowDown; Space moves on as in slide software
    action: 'next',
    keys: [' ', 'ArrowDown'],
    modes: ['present'],
    label: { en: 'Next stage', es: 'Etapa siguiente' },
  },
  {
    action: 'previous',
    keys: ['ArrowLeft', 'PageUp'],
    modes: ['explore', 'present'],
    label: { en: 'Previous stage', es: 'Etapa anterior' },
  },
  {
    action: 'previous',
    keys: ['ArrowUp'],
    modes: ['present'],
    label: { en: 'Previous stage', es: 'Etapa anterior' },
  },
  {
    action: 'togglePlay',
    keys: [' '],
    modes: ['explore', 'kiosk'],
    label: { en: 'Play or pause', es: 'Reproducir o pausar' },
  },
  {
    action: 'togglePlay',
    keys: ['k', 'K'],
    modes: ALL,
    label: { en: 'Play or pause', es: 'Reproducir o pausar' },
  },
  {
    action: 'first',
    keys: ['Home'],
    modes: ['explore', 'present'],
    label: { en: 'First stage', es: 'Primera etapa' },
  },
  {
    action: 'last',
    keys: ['End'],
    modes: ['explore', 'present'],
    label: { en: 'Last stage', es: 'Última etapa' },
  },
  {
    action: 'slower',
    keys: ['<'],
    modes: ['explore', 'present'],
    label: { en: 'Slower', es: 'Más despacio' },
  },
  {
    action: 'faster',
    keys: ['>'],
    modes: ['explore', 'present'],
    label: { en: 'Faster', es: 'Más deprisa' },
  },
  {
    action: 'fullscreen',
    keys: ['f', 'F'],
    modes: ['explore', 'present'],
    label: { en: 'Full screen', es: 'Pantalla completa' },
  },
  {
    action: 'blackout',
    keys: ['b', 'B', '.'],
    modes: ['present'],
    label: { en: 'Blank the screen (blackout)', es: 'Pantalla en negro' },
  },
  {
    action: 'presenter',
    keys: ['p', 'P'],
    modes: ['present'],
    label: { en: 'Open the presenter window', es: 'Abrir la ventana del presentador' },
  },
  {
    action: 'help',
    keys: ['?'],
    modes: ['explore', 'present'],
    label: { en: 'Keyboard shortcuts', es: 'Atajos de teclado' },
  },
  {
    action: 'closeDialog',
    keys: ['Escape'],
    modes: ALL,
    label: { en: 'Close a dialog or end the blackout', es: 'Cerrar un diálogo o quitar el negro' },
  },
];

/** The bindings active in a mode, one row per action with all its keys (for the help). */
export function bindingsForMode(
  mode: Mode,
): { action: KeyAction; keys: string[]; label: LocalizedText }[] {
  const rows: { action: KeyAction; keys: string[]; label: LocalizedText }[] = [];
  for (const binding of KEY_BINDINGS) {
    if (!binding.modes.includes(mode)) continue;
    const row = rows.find((r) => r.action === binding.action);
    const keys = binding.keys.filter(
      (k) => k.length !== 1 || k === k.toLowerCase() || !binding.keys.includes(k.toLowerCase()),
    );
    if (row) row.keys.push(...keys.filter((k) => !row.keys.includes(k)));
    else rows.push({ action: binding.action, keys: [...keys], label: binding.label });
  }
  return rows;
}

const KEY_SYMBOLS: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
};

/**
 * How a key is written in the help: arrows as arrows, letters in capitals, and named keys
 * (' ', Home, End, PageUp, PageDown, Escape) as printed on keyboards in the display language.
 */
export function keyName(key: string, names: Readonly<Record<string, string>> = {}): string {
  return names[key] ?? KEY_SYMBOLS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

export function actionForKey(key: string, mode: Mode): KeyAction | null {
  for (const binding of KEY_BINDINGS) {
    if (binding.modes.includes(mode) && binding.keys.includes(key)) return binding.action;
  }
  return null;
}
