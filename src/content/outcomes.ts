// Outcome data per condition for the D3 panels (data/outcomes.json, checked when built): every
// number carries its fact id, n, unit and timepoint. FROM MEMORY rows never appear (tested).
import type { ConditionId } from '../story/structures';
import DATA from 'virtual:checked/outcomes';
import type { GradedUse, OutcomeSeries } from './outcome-types';
import type { LocalizedText } from './types';

export * from './outcome-types';
export { SIDE_EFFECT_SERIES, SIDE_EFFECT_WINDOWS, SAFETY_NOTES } from './side-effects';
export { HISTORY_EVENTS } from './history';

export const DEPRESSION_OUTCOMES: readonly OutcomeSeries[] = DATA.depression;
export const OCD_OUTCOMES: readonly OutcomeSeries[] = DATA.ocd;
export const ANXIETY_OUTCOMES: readonly OutcomeSeries[] = DATA.anxiety;
export const PAIN_OUTCOMES: readonly OutcomeSeries[] = DATA.pain;
/** Chronic pain: the 2018 consensus guideline's grade for each condition (Cohen 2018). */
export const PAIN_GUIDELINE: readonly GradedUse[] = DATA.painGuideline;
/** Acute and perioperative pain: the 2018 consensus guideline (Schwenk 2018). */
export const ACUTE_PAIN_GUIDELINE: readonly GradedUse[] = DATA.acutePainGuideline;

/** Inflammation, shown honestly: what was measured, where, and what it does not show. */
export const INFLAMMATION: {
  series: readonly OutcomeSeries[];
  depression: readonly GradedUse[];
  summary: LocalizedText;
} = DATA.inflammation;

/** Outcome series per condition, for the outcomes panel. */
export const OUTCOMES_BY_CONDITION: Readonly<Record<ConditionId, readonly OutcomeSeries[]>> = {
  depression: DEPRESSION_OUTCOMES,
  pain: PAIN_OUTCOMES,
  anxiety: ANXIETY_OUTCOMES,
  ocd: OCD_OUTCOMES,
};
