// Side-effect data for the side-effects panel (data/side-effects.json, checked when built):
// rates vs placebo, blood pressure, time windows, and the label's warnings.
import DATA from 'virtual:checked/side-effects';
import type { LocalizedText } from './types';
import type { OutcomeSeries, TimeWindow } from './outcome-types';

export const SIDE_EFFECT_SERIES: readonly OutcomeSeries[] = DATA.series;
export const SIDE_EFFECT_WINDOWS: readonly TimeWindow[] = DATA.windows;
export const SAFETY_NOTES: readonly { factId: string; text: LocalizedText }[] = DATA.safetyNotes;
