// Human-readable model times in the display language.
import { APP_STRINGS as S } from './strings/app';
import { format, localize, type DisplayLang } from './localize';

/** "35 min", "2.5 h", "3 days", from minutes. */
export function formatDuration(minutes: number, lang: DisplayLang): string {
  const m = Math.max(0, minutes);
  const num = (v: number, digits: number) =>
    v.toLocaleString(lang === 'es' ? 'es' : 'en', { maximumFractionDigits: digits });
  if (m < 90) return `${num(m, m < 10 ? 1 : 0)} ${localize(S.minutesShort, lang)}`;
  if (m < 48 * 60) return `${num(m / 60, 1)} ${localize(S.hoursShort, lang)}`;
  return `${num(m / 1440, 1)} ${localize(S.daysShort, lang)}`;
}

/** "35 min after start, 1 s = 10 min" (or "…, paused"). */
export function formatTimeScale(modelMin: number, minutesPerSecond: number, lang: DisplayLang) {
  const when = format(localize(S.afterStart, lang), { time: formatDuration(modelMin, lang) });
  const rate =
    minutesPerSecond > 0
      ? format(localize(S.perSecond, lang), { time: formatDuration(minutesPerSecond, lang) })
      : localize(S.paused, lang);
  return `${when}, ${rate}`;
}
