// Human-readable model times in the display language, from the model's unit-free parts.
import { durationParts, type TimeQuantity } from '../model/formatTimeScale';
import { TIME_STRINGS as S } from './strings/time';
import { format, localize, type DisplayLang } from './localize';
import { numberText } from './number-text';

const UNIT = {
  s: S.secondsShort,
  min: S.minutesShort,
  h: S.hoursShort,
  day: S.daysShort,
} as const;

function formatQuantity(q: TimeQuantity, lang: DisplayLang): string {
  const number = numberText(q.value, lang, { maxFraction: q.fractionDigits });
  return `${number} ${localize(UNIT[q.unit], lang)}`;
}

/** shownHours's parts, reused: the spine time-lapse asks every frame. */
const scratch: TimeQuantity = { value: 0, unit: 'min', fractionDigits: 0 };

/** Hours per unit of a TimeQuantity. */
const HOURS_PER = { s: 1 / 3600, min: 1 / 60, h: 1, day: 24 } as const;

/**
 * The hours formatDuration shows for `minutes` (22.46 h -> 22, 5.47 h -> 5.5): the one rounding
 * every clock on screen uses, so the header and the spine time-lapse agree.
 */
export function shownHours(minutes: number): number {
  const q = durationParts(minutes, scratch);
  return q.value * HOURS_PER[q.unit];
}

/** "45 s", "35 min", "2.5 h", "3 days", from minutes. */
export function formatDuration(minutes: number, lang: DisplayLang): string {
  return formatQuantity(durationParts(minutes), lang);
}

/** "35 min after start, 1 s = 10 min" (or "…, paused"). */
export function formatTimeScale(modelMin: number, minutesPerSecond: number, lang: DisplayLang) {
  const when = format(localize(S.afterStart, lang), { time: formatDuration(modelMin, lang) });
  const rate =
    Number.isFinite(minutesPerSecond) && minutesPerSecond > 0
      ? format(localize(S.perSecond, lang), { time: formatDuration(minutesPerSecond, lang) })
      : localize(S.paused, lang);
  return `${when}, ${rate}`;
}
