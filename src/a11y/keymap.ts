// One table of keyboard shortcuts: it feeds the key handler and the help dialog alike.
import type { LocalizedText } from '../i18n/localize';
import type { Mode } from '../state/store';

export type KeyAction =
  | 'next'
  | 'previous'
  | 'togglePlay'
  | 'first'
  | 'last'
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
    action: 'previous',
    keys: ['ArrowLeft', 'PageUp'],
    modes: ['explore', 'present'],
    label: { en: 'Previous stage', es: 'Etapa anterior' },
  },
  {
    action: 'togglePlay',
    keys: [' ', 'k'],
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
    label: { en: 'Close a dialog', es: 'Cerrar un diálogo' },
  },
];

export function actionForKey(key: string, mode: Mode): KeyAction | null {
  for (const binding of KEY_BINDINGS) {
    if (binding.modes.includes(mode) && binding.keys.includes(key)) return binding.action;
  }
  return null;
}
