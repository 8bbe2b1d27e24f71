// Every shape the time-scale label can take through a stage: one label for each unit and count
// of digits the clock can show, playing and paused, with its digits written as 0. Digits are
// tabular, so a shape is exactly as wide as the labels it stands for. The overlay stacks the
// shapes, unseen, under the live label: its box keeps one size all through the stage, so it
// fits at every moment if it fits at one.
import { durationParts, type TimeQuantity } from '../../model/formatTimeScale';
import { modelMinutesPerSecond, modelTimeAt, type ModelWindow } from '../../model/timeline';
import { formatTimeScale } from '../../i18n/format-time';
import type { DisplayLang } from '../../i18n/localize';

/** Moments sampled through the stage (a unit or digit count lasts far longer than 1/1000). */
const SAMPLES = 1000;

const key = (q: TimeQuantity) => `${q.unit}:${String(q.value).replace(/\d/g, '0')}`;

export function timeScaleShapes(
  window: ModelWindow,
  durationSec: number,
  speed: number,
  lang: DisplayLang,
): string[] {
  // one moment per distinct shape, then only those are formatted
  const moments = new Map<string, [number, number]>();
  for (let i = 0; i <= SAMPLES; i++) {
    const p = i / SAMPLES;
    const t = modelTimeAt(window, p);
    const rate = modelMinutesPerSecond(window, p, durationSec, speed);
    const when = key(durationParts(t));
    if (!moments.has(when)) moments.set(when, [t, 0]); // paused
    const both = `${when}|${key(durationParts(rate))}`;
    if (!moments.has(both)) moments.set(both, [t, rate]);
  }
  const shapes = new Set<string>();
  for (const [t, rate] of moments.values()) {
    shapes.add(formatTimeScale(t, rate, lang).replace(/\d/g, '0'));
  }
  return [...shapes];
}
