// Side-effect data for the side-effects panel (data/side-effects.json, validated on load):
// rates vs placebo, blood pressure, time windows, and the label's warnings.
import raw from './data/side-effects.json';
import type { LocalizedText } from './types';
import type { OutcomeSeries, TimeWindow } from './outcome-types';
import { parseData, sideEffectsSchema } from './schema';

const DATA = parseData(sideEffectsSchema, raw, 'side-effects.json');

export const SIDE_EFFECT_SERIES: readonly OutcomeSeries[] = DATA.series;
export const SIDE_EFFECT_WINDOWS: readonly TimeWindow[] = DATA.windows;
export const SAFETY_NOTES: readonly { factId: string; text: LocalizedText }[] = DATA.safetyNotes;
