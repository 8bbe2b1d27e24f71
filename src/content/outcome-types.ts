// Shapes of the numeric data the D3 panels plot. Times are minutes from the start of dosing.
import type { EvidenceGrade, LocalizedText } from './types';

export const MIN_PER_HOUR = 60;
export const MIN_PER_DAY = 1440;
export const MIN_PER_WEEK = 10080;

export type Unit =
  | 'percent'
  | 'hedgesG'
  | 'cohensD'
  | 'oddsRatio'
  | 'hazardRatio'
  | 'nrsPoints'
  | 'madrsPoints'
  | 'hdrsPoints'
  | 'cadssPoints'
  | 'mmHg'
  | 'bpm'
  | 'pgPerMl';

export const UNIT_LABELS: Readonly<Record<Unit, LocalizedText>> = {
  percent: { en: '%', es: '%' },
  hedgesG: { en: 'Hedges g', es: 'g de Hedges' },
  cohensD: { en: "Cohen's d", es: 'd de Cohen' },
  oddsRatio: { en: 'odds ratio', es: 'odds ratio' },
  hazardRatio: { en: 'hazard ratio', es: 'hazard ratio' },
  nrsPoints: { en: 'points on a 0–10 pain scale', es: 'puntos en una escala de dolor de 0 a 10' },
  madrsPoints: { en: 'MADRS points', es: 'puntos MADRS' },
  hdrsPoints: { en: 'HDRS points', es: 'puntos HDRS' },
  cadssPoints: { en: 'CADSS points', es: 'puntos CADSS' },
  mmHg: { en: 'mmHg', es: 'mmHg' },
  bpm: { en: 'beats per minute', es: 'latidos por minuto' },
  pgPerMl: { en: 'pg/mL', es: 'pg/mL' },
};

export type Arm =
  | 'ketamine'
  | 'esketamine'
  | 'placebo'
  | 'saline'
  | 'midazolam'
  | 'ect'
  | 'difference'
  | 'single-arm';

export const ARM_LABELS: Readonly<Record<Arm, LocalizedText>> = {
  ketamine: { en: 'Ketamine', es: 'Ketamina' },
  esketamine: { en: 'Esketamine', es: 'Esketamina' },
  placebo: { en: 'Placebo', es: 'Placebo' },
  saline: { en: 'Saline', es: 'Suero salino' },
  midazolam: { en: 'Midazolam (active placebo)', es: 'Midazolam (placebo activo)' },
  ect: { en: 'Electroconvulsive therapy', es: 'Terapia electroconvulsiva' },
  difference: { en: 'Difference', es: 'Diferencia' },
  'single-arm': { en: 'Ketamine (no control group)', es: 'Ketamina (sin grupo control)' },
};

export interface Timepoint {
  label: LocalizedText;
  /** minutes since the start of dosing; the start when `endMin` is set */
  min: number;
  /** end of a span ("days 10–12", "over 2 weeks") */
  endMin?: number;
}

/** One plotted number. */
export interface Measure {
  factId: string;
  label: LocalizedText;
  value: number;
  unit: Unit;
  /** 95% confidence interval, as published */
  ci?: readonly [number, number];
  /** the source gives a range, not a point: plot the range; `value` is its midpoint */
  range?: readonly [number, number];
  /** spread as published: SD, SE, or "±" without saying which */
  spread?: { kind: 'sd' | 'se' | 'plusMinus'; value: number };
  /** responders out of patients, when the source gives counts */
  count?: { events: number; total: number };
  /** participants behind this number */
  n?: number;
  timepoint: Timepoint;
  arm: Arm;
}

/** Why a result deserves caution. */
export type Caveat =
  | 'small'
  | 'openLabel'
  | 'crossover'
  | 'highRiskOfBias'
  | 'veryLowCertainty'
  | 'secondarySource'
  | 'esketamine'
  | 'perioperative'
  | 'notRandomised'
  | 'blindingFailed';

export const CAVEAT_LABELS: Readonly<Record<Caveat, LocalizedText>> = {
  small: { en: 'small study', es: 'estudio pequeño' },
  openLabel: { en: 'open-label (no blinding)', es: 'abierto (sin cegamiento)' },
  crossover: { en: 'crossover design', es: 'diseño cruzado' },
  highRiskOfBias: { en: 'high risk of bias', es: 'alto riesgo de sesgo' },
  veryLowCertainty: { en: 'very low certainty', es: 'certeza muy baja' },
  secondarySource: {
    en: 'figure read in a secondary source',
    es: 'cifra leída en una fuente secundaria',
  },
  esketamine: { en: 'esketamine, not racemic ketamine', es: 'esketamina, no ketamina racémica' },
  perioperative: {
    en: 'around surgery, not chronic illness',
    es: 'en cirugía, no en enfermedad crónica',
  },
  notRandomised: { en: 'no randomised control group', es: 'sin grupo control aleatorizado' },
  blindingFailed: {
    en: 'most participants could tell which arm they were in',
    es: 'la mayoría de participantes podía saber en qué grupo estaba',
  },
};

/** A named moment on a time axis (e.g. "first separation from placebo"). */
export interface Milestone {
  factId: string;
  label: LocalizedText;
  timepoint: Timepoint;
}

/** A band of values over a span of time (e.g. d between 0.48 and 0.85 from day 1 to day 7). */
export interface Band {
  factId: string;
  label: LocalizedText;
  low: number;
  high: number;
  unit: Unit;
  timepoint: Timepoint;
  n?: number;
}

/** One study or pooled analysis as a panel shows it. */
export interface OutcomeSeries {
  id: string;
  factIds: readonly string[];
  title: LocalizedText;
  /** design in a line: "Meta-analysis of 9 RCTs, n = 368" */
  design: LocalizedText;
  /** participants in the whole analysis, when the fact sheet gives it */
  n?: number;
  caveats: readonly Caveat[];
  measures: readonly Measure[];
  milestones?: readonly Milestone[];
  bands?: readonly Band[];
  /** a plain-language note on reading the result */
  note?: LocalizedText;
}

/** A time window drawn on the side-effects panel (dissociation, monitoring...). */
export interface TimeWindow {
  factId: string;
  label: LocalizedText;
  startMin: number;
  endMin: number;
  kind: 'effect' | 'monitoring';
}

/** A grade from a guideline or review, for one use (e.g. CRPS: moderate). */
export interface GradedUse {
  factId: string;
  use: LocalizedText;
  grade: EvidenceGrade;
  note?: LocalizedText;
}

/** A point on the history timeline. */
export interface HistoryEvent {
  factId: string;
  /** year on the axis; `approximate` when the source gives only a period */
  year: number;
  approximate?: boolean;
  when: LocalizedText;
  label: LocalizedText;
  detail: LocalizedText;
}
