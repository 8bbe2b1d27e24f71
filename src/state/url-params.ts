// Reads the URL's settings. Unknown or malformed values fall back to defaults and are
// reported, so the app can show a notice; nothing from the URL reaches the page unescaped.
import { LANGUAGES, type Lang } from '../i18n/languages';
import type { Mode } from './store';

export const MODES: readonly Mode[] = ['explore', 'present', 'kiosk'];
export const DOSE_RANGE_MG_PER_KG = { min: 0.1, max: 1.0 } as const;

export interface UrlSettings {
  mode: Mode;
  /** index into the visible stages */
  stageIndex: number;
  /** null = not given (use the browser's language) */
  lang: Lang | 'pseudo' | null;
  /** mg/kg over 40 min; null = not given */
  doseMgPerKg: number | null;
  /** parameters whose values were ignored */
  rejected: { param: string; value: string }[];
}

/** Shortens and strips a rejected value so a notice can show it safely as text. */
export function displayValue(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f<>"'`]/g, '');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

export function parseUrlSettings(search: string, stageIds: readonly string[]): UrlSettings {
  const params = new URLSearchParams(search);
  const settings: UrlSettings = {
    mode: 'explore',
    stageIndex: 0,
    lang: null,
    doseMgPerKg: null,
    rejected: [],
  };
  const single = (name: string): string | null => {
    const all = params.getAll(name);
    if (all.length === 0) return null;
    if (all.length > 1) settings.rejected.push({ param: name, value: all.join(',') });
    return all[0] ?? null;
  };

  const mode = single('mode');
  if (mode !== null) {
    const m = mode.toLowerCase();
    if ((MODES as readonly string[]).includes(m)) settings.mode = m as Mode;
    else settings.rejected.push({ param: 'mode', value: mode });
  }

  const stage = single('stage');
  if (stage !== null) {
    const index = stageIds.indexOf(stage.toLowerCase());
    if (index >= 0) settings.stageIndex = index;
    else settings.rejected.push({ param: 'stage', value: stage });
  }

  const lang = single('lang');
  if (lang !== null) {
    const l = lang.toLowerCase();
    if ((LANGUAGES as readonly string[]).includes(l) || l === 'pseudo') {
      settings.lang = l as Lang | 'pseudo';
    } else settings.rejected.push({ param: 'lang', value: lang });
  }

  const dose = single('dose');
  if (dose !== null) {
    const value = /^\d+(\.\d+)?$/.test(dose.trim()) ? Number(dose) : NaN;
    if (value >= DOSE_RANGE_MG_PER_KG.min && value <= DOSE_RANGE_MG_PER_KG.max) {
      settings.doseMgPerKg = value;
    } else settings.rejected.push({ param: 'dose', value: dose });
  }
  return settings;
}
