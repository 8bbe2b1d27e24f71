// The viewer's display choices (language, reduced motion, high contrast, captions, and whether
// the 3D scene starts by itself on their phone), kept in this browser's localStorage so they
// hold on the next visit. Only these five settings are stored, and only after the viewer
// changes one; nothing about the viewer is ever recorded.
// A kiosk is a shared screen: it neither reads nor writes them.
import { isLang, type Lang } from '../i18n/languages';
import { useApp } from './app-store';
import { modePolicy } from './mode-policy';

export interface Preferences {
  lang?: Lang;
  reducedMotion?: boolean;
  highContrast?: boolean;
  captions?: boolean;
  /** the viewer started the 3D scene on a phone: it starts by itself next time (scene-start.ts) */
  scene3d?: boolean;
}

export const PREFERENCES_KEY = 'ketamine-synapse.preferences';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // blocked (e.g. a privacy setting): choices last for this page only
  }
}

/** The stored choices; anything unknown or malformed is ignored. */
export function parsePreferences(raw: string | null): Preferences {
  if (!raw) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const out: Preferences = {};
  if (isLang(v.lang)) out.lang = v.lang;
  for (const key of ['reducedMotion', 'highContrast', 'captions', 'scene3d'] as const) {
    if (typeof v[key] === 'boolean') out[key] = v[key];
  }
  return out;
}

export function loadPreferences(): Preferences {
  try {
    return parsePreferences(storage()?.getItem(PREFERENCES_KEY) ?? null);
  } catch {
    return {};
  }
}

function savePreferences(prefs: Preferences): void {
  try {
    storage()?.setItem(PREFERENCES_KEY, JSON.stringify(prefs));
  } catch {
    // full or blocked: the choice still applies to this page
  }
}

/** Applies a viewer's choice to the app and keeps it for the next visit (not in kiosk mode). */
export function choose<K extends keyof Preferences>(key: K, value: NonNullable<Preferences[K]>) {
  const app = useApp.getState();
  switch (key) {
    case 'lang':
      app.setLang(value as Lang);
      break;
    case 'reducedMotion':
      app.setReducedMotion(value as boolean);
      break;
    case 'highContrast':
      app.setHighContrast(value as boolean);
      break;
    case 'captions':
      app.setCaptions(value as boolean);
      break;
    case 'scene3d':
      break; // read by the scene's slot when it mounts
  }
  if (!modePolicy(app.mode).savesPreferences) return;
  savePreferences({ ...loadPreferences(), [key]: value });
}
