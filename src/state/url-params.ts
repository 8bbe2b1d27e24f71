// Reads the URL's settings. Unknown or malformed values fall back to defaults and are
// reported, so the app can show a notice; nothing from the URL reaches the page unescaped.
import { LANGUAGES, type Lang } from '../i18n/languages';
import type { Mode, View } from './store';
import { DOSE_RANGE_MG_PER_KG } from './regimens';
import { modePolicy } from './mode-policy';

export const MODES: readonly Mode[] = ['explore', 'present', 'kiosk'];
/** `view` values the URL may ask for ('main' is the default and never written). */
export const VIEWS: readonly Exclude<View, 'main'>[] = ['presenter', 'handout'];
/** Bounds of ?kioskStageSec= (seconds per stage) and ?kioskIdleSec= (seconds idle). */
export const KIOSK_STAGE_SEC_RANGE = { min: 1, max: 600 } as const;
export const KIOSK_IDLE_SEC_RANGE = { min: 2, max: 3600 } as const;

export interface UrlSettings {
  mode: Mode;
  view: View;
  /** index into the visible stages */
  stageIndex: number;
  /** null = not given (use the browser's language) */
  lang: Lang | 'pseudo' | null;
  /** mg/kg over 40 min; null = not given */
  doseMgPerKg: number | null;
  /** kiosk seconds per stage; null = not given */
  kioskStageSec: number | null;
  /** kiosk seconds without input before the loop restarts; null = not given */
  kioskIdleSec: number | null;
  /** whether the story starts playing on load (?autoplay=0 opens it paused; kiosk always plays) */
  autoplay: boolean;
  /** parameters whose values were ignored */
  rejected: { param: string; value: string }[];
}

/** Shortens and strips a rejected value so a notice can show it safely as text. */
export function displayValue(value: string): string {
  // control characters are exactly what this strips
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f<>"'`]/g, '');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

/** A plain decimal number (no sign, exponent or words) inside [min, max], else null. */
function boundedNumber(raw: string, range: { min: number; max: number }): number | null {
  const value = /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
  return value >= range.min && value <= range.max ? value : null;
}

export function parseUrlSettings(search: string, stageIds: readonly string[]): UrlSettings {
  const params = new URLSearchParams(search);
  const settings: UrlSettings = {
    mode: 'explore',
    view: 'main',
    stageIndex: 0,
    lang: null,
    doseMgPerKg: null,
    kioskStageSec: null,
    kioskIdleSec: null,
    autoplay: true,
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

  const view = single('view');
  if (view !== null) {
    const v = view.toLowerCase();
    if (v === 'presenter' && (mode === null || modePolicy(settings.mode).presentTools)) {
      // the presenter window belongs to present mode
      settings.view = 'presenter';
      settings.mode = 'present';
    } else if (v === 'handout' && modePolicy(settings.mode).handout) settings.view = 'handout';
    else settings.rejected.push({ param: 'view', value: view });
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
    settings.doseMgPerKg = boundedNumber(dose, DOSE_RANGE_MG_PER_KG);
    if (settings.doseMgPerKg === null) settings.rejected.push({ param: 'dose', value: dose });
  }

  const stageSec = single('kioskStageSec');
  if (stageSec !== null) {
    settings.kioskStageSec = boundedNumber(stageSec, KIOSK_STAGE_SEC_RANGE);
    if (settings.kioskStageSec === null) {
      settings.rejected.push({ param: 'kioskStageSec', value: stageSec });
    }
  }

  const idleSec = single('kioskIdleSec');
  if (idleSec !== null) {
    settings.kioskIdleSec = boundedNumber(idleSec, KIOSK_IDLE_SEC_RANGE);
    if (settings.kioskIdleSec === null) {
      settings.rejected.push({ param: 'kioskIdleSec', value: idleSec });
    }
  }

  const autoplay = single('autoplay');
  if (autoplay !== null) {
    if (autoplay === '0' || autoplay === '1') settings.autoplay = autoplay === '1';
    else settings.rejected.push({ param: 'autoplay', value: autoplay });
  }
  return settings;
}

/**
 * The query string with some parameters set (string) or removed (null), keeping the others
 * in their order. Returns '' or '?a=b&…'.
 */
export function withParams(search: string, patch: Record<string, string | null>): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(patch)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const out = params.toString();
  return out ? `?${out}` : '';
}

/** The query string without the parameters the app ignored (so a copied link is clean). */
export function withoutRejected(search: string, rejected: UrlSettings['rejected']): string {
  const patch: Record<string, null> = {};
  for (const { param } of rejected) patch[param] = null;
  return withParams(search, patch);
}
