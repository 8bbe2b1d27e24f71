// Time-axis ticks with labels in the display language.
import type { DisplayLang } from '../../i18n/localize';
import { localize } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { formatTimeTick, type TimeUnits } from '../lib/format';
import { logTimeTicks } from '../lib/scales';
import type { Tick } from './Axes';

export function timeUnits(lang: DisplayLang): TimeUnits {
  return {
    min: localize(S.minUnit, lang),
    h: localize(S.hourUnit, lang),
    d: localize(S.dayUnit, lang),
  };
}

export function timeTicks(valuesMin: readonly number[], lang: DisplayLang): Tick[] {
  const units = timeUnits(lang);
  return valuesMin.map((v) => ({ value: v, label: formatTimeTick(v, lang, units) }));
}

export function logTimeAxisTicks(domain: readonly [number, number], lang: DisplayLang): Tick[] {
  return timeTicks(logTimeTicks(domain), lang);
}
