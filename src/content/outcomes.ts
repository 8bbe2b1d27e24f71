// Outcome data per condition for the D3 panels: every number carries its fact id, n, unit and
// timepoint. Only VERIFIED / VERIFIED (secondary) rows; FROM MEMORY rows never appear (tested).
import type { ConditionId } from '../story/structures';
import type { GradedUse, Measure, OutcomeSeries, Timepoint } from './outcome-types';
import { MIN_PER_DAY, MIN_PER_HOUR, MIN_PER_WEEK } from './outcome-types';
import type { LocalizedText } from './types';

export * from './outcome-types';
export { SIDE_EFFECT_SERIES, SIDE_EFFECT_WINDOWS, SAFETY_NOTES } from './side-effects';
export { HISTORY_EVENTS } from './history';

const tp = (en: string, es: string, min: number, endMin?: number): Timepoint =>
  endMin === undefined ? { label: { en, es }, min } : { label: { en, es }, min, endMin };

const DAY1 = tp('24 h', '24 h', MIN_PER_DAY);
const DAY3 = tp('72 h', '72 h', 3 * MIN_PER_DAY);
const DAY7 = tp('day 7', 'día 7', MIN_PER_WEEK);

const RESPONSE: LocalizedText = { en: 'Response', es: 'Respuesta' };
const REMISSION: LocalizedText = { en: 'Remission', es: 'Remisión' };

function rate(
  factId: string,
  label: LocalizedText,
  value: number,
  timepoint: Timepoint,
  n: number,
): Measure {
  return { factId, label, value, unit: 'percent', timepoint, n, arm: 'ketamine' };
}

export const DEPRESSION_OUTCOMES: readonly OutcomeSeries[] = [
  {
    id: 'kishimoto2016',
    factIds: ['eff.kishimoto2016.trajectory'],
    title: {
      en: 'One infusion: how the effect rises and fades',
      es: 'Una infusión: cómo aparece y se desvanece el efecto',
    },
    design: {
      en: 'Meta-analysis of 9 single-infusion randomised trials, n = 234',
      es: 'Metanálisis de 9 ensayos aleatorizados de infusión única, n = 234',
    },
    n: 234,
    caveats: [],
    measures: [
      {
        factId: 'eff.kishimoto2016.trajectory',
        label: { en: 'Effect vs placebo at its peak', es: 'Efecto frente a placebo en su máximo' },
        value: -1.0,
        ci: [-1.28, -0.73],
        unit: 'hedgesG',
        n: 234,
        timepoint: tp('day 1', 'día 1', MIN_PER_DAY),
        arm: 'difference',
      },
    ],
    milestones: [
      {
        factId: 'eff.kishimoto2016.trajectory',
        label: { en: 'First better than placebo', es: 'Primera diferencia con el placebo' },
        timepoint: tp('40 min', '40 min', 40),
      },
      {
        factId: 'eff.kishimoto2016.trajectory',
        label: { en: 'Response better than placebo', es: 'Respuesta mejor que con placebo' },
        timepoint: tp('40 min to day 7', 'de 40 min al día 7', 40, MIN_PER_WEEK),
      },
      {
        factId: 'eff.kishimoto2016.trajectory',
        label: { en: 'Remission better than placebo', es: 'Remisión mejor que con placebo' },
        timepoint: tp('80 min to days 3–5', 'de 80 min a los días 3–5', 80, 3 * MIN_PER_DAY),
      },
      {
        factId: 'eff.kishimoto2016.trajectory',
        label: { en: 'Advantage over placebo lost', es: 'Se pierde la ventaja sobre el placebo' },
        timepoint: tp('days 10–12', 'días 10–12', 10 * MIN_PER_DAY, 12 * MIN_PER_DAY),
      },
    ],
    note: {
      en: 'A negative g means less depression than with placebo. Human data.',
      es: 'Una g negativa significa menos depresión que con placebo. Datos en personas.',
    },
  },
  {
    id: 'han2016',
    factIds: ['eff.han2016.rates'],
    title: {
      en: 'Response and remission after one infusion',
      es: 'Respuesta y remisión tras una infusión',
    },
    design: {
      en: 'Pooled data from 9 double-blind, placebo-controlled trials, n = 368',
      es: 'Datos agrupados de 9 ensayos doble ciego controlados con placebo, n = 368',
    },
    n: 368,
    caveats: [],
    measures: [
      rate('eff.han2016.rates', RESPONSE, 52.2, DAY1, 368),
      rate('eff.han2016.rates', REMISSION, 20.6, DAY1, 368),
      rate('eff.han2016.rates', RESPONSE, 47.9, DAY3, 368),
      rate('eff.han2016.rates', REMISSION, 23.8, DAY3, 368),
      rate('eff.han2016.rates', RESPONSE, 39.8, DAY7, 368),
      rate('eff.han2016.rates', REMISSION, 26.2, DAY7, 368),
    ],
    note: {
      en: 'Share of ketamine-treated patients in the pooled trials.',
      es: 'Porcentaje de pacientes tratados con ketamina en los ensayos agrupados.',
    },
  },
  {
    id: 'newport2015',
    factIds: ['eff.newport2015.or24h'],
    title: { en: 'Odds of response at 24 h', es: 'Probabilidad de respuesta a las 24 h' },
    design: {
      en: 'Meta-analysis of 7 trials, 147 ketamine-treated patients',
      es: 'Metanálisis de 7 ensayos, 147 pacientes tratados con ketamina',
    },
    n: 147,
    caveats: [],
    measures: [
      {
        factId: 'eff.newport2015.or24h',
        label: RESPONSE,
        value: 9.87,
        ci: [4.37, 22.29],
        unit: 'oddsRatio',
        n: 147,
        timepoint: DAY1,
        arm: 'difference',
      },
      {
        factId: 'eff.newport2015.or24h',
        label: { en: 'Transient remission', es: 'Remisión transitoria' },
        value: 14.47,
        ci: [2.67, 78.49],
        unit: 'oddsRatio',
        n: 147,
        timepoint: DAY1,
        arm: 'difference',
      },
    ],
    note: {
      en: 'Wide intervals: few patients behind these numbers.',
      es: 'Intervalos amplios: hay pocos pacientes detrás de estas cifras.',
    },
  },
  {
    id: 'wilkinson2019',
    factIds: ['eff.wilkinson2019.blinding'],
    title: {
      en: 'The effect shrinks against an active placebo',
      es: 'El efecto se reduce frente a un placebo activo',
    },
    design: {
      en: 'Patient-level meta-analysis, 9 trials, N = 367',
      es: 'Metanálisis con datos individuales, 9 ensayos, N = 367',
    },
    n: 367,
    caveats: [],
    measures: [
      {
        factId: 'eff.wilkinson2019.blinding',
        label: { en: 'Effect vs midazolam', es: 'Efecto frente a midazolam' },
        value: 0.7,
        ci: [0.4, 0.9],
        unit: 'cohensD',
        n: 367,
        timepoint: tp('day 1', 'día 1', MIN_PER_DAY),
        arm: 'difference',
      },
      {
        factId: 'eff.wilkinson2019.blinding',
        label: { en: 'Effect vs saline', es: 'Efecto frente a suero salino' },
        value: 1.8,
        ci: [1.4, 2.2],
        unit: 'cohensD',
        n: 367,
        timepoint: tp('day 1', 'día 1', MIN_PER_DAY),
        arm: 'difference',
      },
      {
        factId: 'eff.wilkinson2019.blinding',
        label: { en: 'Estimated response', es: 'Respuesta estimada' },
        value: 45.5,
        range: [45, 46],
        unit: 'percent',
        n: 367,
        timepoint: tp('day 1', 'día 1', MIN_PER_DAY),
        arm: 'ketamine',
      },
      {
        factId: 'eff.wilkinson2019.blinding',
        label: { en: 'Estimated response', es: 'Respuesta estimada' },
        value: 18,
        unit: 'percent',
        n: 367,
        timepoint: tp('day 1', 'día 1', MIN_PER_DAY),
        arm: 'midazolam',
      },
      {
        factId: 'eff.wilkinson2019.blinding',
        label: { en: 'Estimated response', es: 'Respuesta estimada' },
        value: 1,
        unit: 'percent',
        n: 367,
        timepoint: tp('day 1', 'día 1', MIN_PER_DAY),
        arm: 'saline',
      },
    ],
    note: {
      en: 'Saline feels nothing like ketamine, so people can guess their group; midazolam, which also has effects you can feel, is a fairer comparison.',
      es: 'El suero salino no se parece en nada a la ketamina y es fácil adivinar el grupo; el midazolam, que también se nota, es una comparación más justa.',
    },
  },
  {
    id: 'cochrane2021',
    factIds: ['eff.cochrane2021.vsMidazolam'],
    title: {
      en: 'Cochrane review: ketamine vs midazolam',
      es: 'Revisión Cochrane: ketamina frente a midazolam',
    },
    design: {
      en: '4 randomised trials, 296 participants',
      es: '4 ensayos aleatorizados, 296 participantes',
    },
    n: 296,
    caveats: ['veryLowCertainty'],
    measures: [
      {
        factId: 'eff.cochrane2021.vsMidazolam',
        label: RESPONSE,
        value: 2.48,
        ci: [1.0, 6.18],
        unit: 'oddsRatio',
        n: 296,
        timepoint: DAY1,
        arm: 'difference',
      },
      {
        factId: 'eff.cochrane2021.vsMidazolam',
        label: RESPONSE,
        value: 46.5,
        unit: 'percent',
        n: 296,
        timepoint: DAY1,
        arm: 'ketamine',
      },
      {
        factId: 'eff.cochrane2021.vsMidazolam',
        label: RESPONSE,
        value: 25.9,
        unit: 'percent',
        n: 296,
        timepoint: DAY1,
        arm: 'midazolam',
      },
    ],
  },
  {
    id: 'wilkinson2018-si',
    factIds: ['eff.si.wilkinson2018'],
    title: { en: 'Suicidal thoughts', es: 'Pensamientos suicidas' },
    design: {
      en: 'Patient-level meta-analysis, 10 studies, N = 167 with suicidal thoughts at the start',
      es: 'Metanálisis con datos individuales, 10 estudios, N = 167 con pensamientos suicidas al inicio',
    },
    n: 167,
    caveats: [],
    measures: [],
    milestones: [
      {
        factId: 'eff.si.wilkinson2018',
        label: { en: 'Significant fall', es: 'Descenso significativo' },
        timepoint: tp('within 1 day', 'en 1 día', MIN_PER_DAY),
      },
    ],
    bands: [
      {
        factId: 'eff.si.wilkinson2018',
        label: {
          en: 'Effect size at every time point',
          es: 'Tamaño del efecto en cada momento',
        },
        low: 0.48,
        high: 0.85,
        unit: 'cohensD',
        timepoint: tp('day 1 to day 7', 'del día 1 al día 7', MIN_PER_DAY, MIN_PER_WEEK),
        n: 167,
      },
    ],
    note: {
      en: 'The effect held after allowing for the change in depression. There is no evidence that ketamine prevents suicide deaths.',
      es: 'El efecto se mantuvo al tener en cuenta el cambio de la depresión. No hay evidencia de que la ketamina prevenga muertes por suicidio.',
    },
  },
  {
    id: 'berman2000',
    factIds: ['eff.berman2000'],
    title: {
      en: 'The first placebo-controlled trial',
      es: 'El primer ensayo controlado con placebo',
    },
    design: { en: 'Crossover trial, n = 7', es: 'Ensayo cruzado, n = 7' },
    n: 7,
    caveats: ['small', 'crossover'],
    measures: [
      {
        factId: 'eff.berman2000',
        label: { en: 'Change in depression score', es: 'Cambio en la puntuación de depresión' },
        value: -14,
        spread: { kind: 'plusMinus', value: 10 },
        unit: 'hdrsPoints',
        n: 7,
        timepoint: tp('within 72 h', 'en 72 h', 3 * MIN_PER_DAY),
        arm: 'ketamine',
      },
      {
        factId: 'eff.berman2000',
        label: { en: 'Change in depression score', es: 'Cambio en la puntuación de depresión' },
        value: 0,
        spread: { kind: 'plusMinus', value: 12 },
        unit: 'hdrsPoints',
        n: 7,
        timepoint: tp('within 72 h', 'en 72 h', 3 * MIN_PER_DAY),
        arm: 'saline',
      },
    ],
  },
  {
    id: 'transform2',
    factIds: ['eff.transform2'],
    title: {
      en: 'Esketamine spray with a new oral antidepressant',
      es: 'Esketamina en espray con un nuevo antidepresivo oral',
    },
    design: {
      en: 'Phase 3 randomised trial (TRANSFORM-2)',
      es: 'Ensayo aleatorizado de fase 3 (TRANSFORM-2)',
    },
    caveats: ['esketamine'],
    measures: [
      {
        factId: 'eff.transform2',
        label: {
          en: 'Difference in depression score vs placebo spray',
          es: 'Diferencia en la puntuación de depresión frente al espray placebo',
        },
        value: -4.0,
        ci: [-7.31, -0.64],
        spread: { kind: 'se', value: 1.69 },
        unit: 'madrsPoints',
        timepoint: tp('day 28', 'día 28', 28 * MIN_PER_DAY),
        arm: 'difference',
      },
      {
        factId: 'eff.transform2',
        label: {
          en: 'Stopped because of side effects',
          es: 'Abandono por efectos secundarios',
        },
        value: 7,
        unit: 'percent',
        timepoint: tp('by day 28', 'hasta el día 28', 0, 28 * MIN_PER_DAY),
        arm: 'esketamine',
      },
      {
        factId: 'eff.transform2',
        label: {
          en: 'Stopped because of side effects',
          es: 'Abandono por efectos secundarios',
        },
        value: 0.9,
        unit: 'percent',
        timepoint: tp('by day 28', 'hasta el día 28', 0, 28 * MIN_PER_DAY),
        arm: 'placebo',
      },
    ],
  },
  {
    id: 'sustain1',
    factIds: ['eff.sustain1'],
    title: {
      en: 'Staying on esketamine: fewer relapses',
      es: 'Continuar con esketamina: menos recaídas',
    },
    design: {
      en: 'Randomised withdrawal in stable remitters, 297 patients (SUSTAIN-1)',
      es: 'Retirada aleatorizada en pacientes en remisión estable, 297 pacientes (SUSTAIN-1)',
    },
    n: 297,
    caveats: ['esketamine'],
    measures: [
      {
        factId: 'eff.sustain1',
        label: { en: 'Relapse', es: 'Recaída' },
        value: 26.7,
        unit: 'percent',
        n: 297,
        timepoint: tp(
          'after 16 weeks of treatment',
          'tras 16 semanas de tratamiento',
          16 * MIN_PER_WEEK,
        ),
        arm: 'esketamine',
      },
      {
        factId: 'eff.sustain1',
        label: { en: 'Relapse', es: 'Recaída' },
        value: 45.3,
        unit: 'percent',
        n: 297,
        timepoint: tp(
          'after 16 weeks of treatment',
          'tras 16 semanas de tratamiento',
          16 * MIN_PER_WEEK,
        ),
        arm: 'placebo',
      },
      {
        factId: 'eff.sustain1',
        label: { en: 'Risk of relapse', es: 'Riesgo de recaída' },
        value: 0.49,
        ci: [0.29, 0.84],
        unit: 'hazardRatio',
        n: 297,
        timepoint: tp(
          'after 16 weeks of treatment',
          'tras 16 semanas de tratamiento',
          16 * MIN_PER_WEEK,
        ),
        arm: 'difference',
      },
    ],
  },
];

export const OCD_OUTCOMES: readonly OutcomeSeries[] = [
  {
    id: 'rodriguez2013',
    factIds: ['ocd.rodriguez2013.response1wk', 'ocd.rodriguez2013.duringInfusion'],
    title: { en: 'A small randomised trial', es: 'Un ensayo aleatorizado pequeño' },
    design: {
      en: 'Crossover trial, first phase only: 8 ketamine, 7 saline',
      es: 'Ensayo cruzado, solo la primera fase: 8 con ketamina, 7 con suero salino',
    },
    n: 15,
    caveats: ['small', 'crossover'],
    measures: [
      {
        factId: 'ocd.rodriguez2013.response1wk',
        label: RESPONSE,
        value: 50,
        count: { events: 4, total: 8 },
        unit: 'percent',
        n: 8,
        timepoint: tp('1 week', '1 semana', MIN_PER_WEEK),
        arm: 'ketamine',
      },
      {
        factId: 'ocd.rodriguez2013.response1wk',
        label: RESPONSE,
        value: 0,
        count: { events: 0, total: 7 },
        unit: 'percent',
        n: 7,
        timepoint: tp('1 week', '1 semana', MIN_PER_WEEK),
        arm: 'saline',
      },
    ],
    milestones: [
      {
        factId: 'ocd.rodriguez2013.duringInfusion',
        label: {
          en: 'Obsessions fell more than with saline',
          es: 'Las obsesiones bajaron más que con suero salino',
        },
        timepoint: tp('during the 40-min infusion', 'durante la infusión de 40 min', 0, 40),
      },
    ],
    note: {
      en: 'Response: at least a 35% drop on the Y-BOCS scale for OCD.',
      es: 'Respuesta: una bajada de al menos el 35 % en la escala Y-BOCS del TOC.',
    },
  },
  {
    id: 'bloch2012',
    factIds: ['ocd.bloch2012'],
    title: { en: 'An open-label trial', es: 'Un ensayo abierto' },
    design: {
      en: 'Open-label, n = 10, treatment-refractory OCD',
      es: 'Abierto, n = 10, TOC resistente al tratamiento',
    },
    n: 10,
    caveats: ['small', 'openLabel'],
    measures: [
      {
        factId: 'ocd.bloch2012',
        label: { en: 'OCD response', es: 'Respuesta del TOC' },
        value: 0,
        count: { events: 0, total: 10 },
        unit: 'percent',
        n: 10,
        timepoint: tp('days 1–3', 'días 1–3', MIN_PER_DAY, 3 * MIN_PER_DAY),
        arm: 'single-arm',
      },
      {
        factId: 'ocd.bloch2012',
        label: {
          en: 'Antidepressant response (those also depressed)',
          es: 'Respuesta antidepresiva (quienes además tenían depresión)',
        },
        value: (4 / 7) * 100,
        count: { events: 4, total: 7 },
        unit: 'percent',
        n: 7,
        timepoint: tp('days 1–3', 'días 1–3', MIN_PER_DAY, 3 * MIN_PER_DAY),
        arm: 'single-arm',
      },
    ],
    note: {
      en: 'OCD symptoms improved by less than 12%.',
      es: 'Los síntomas del TOC mejoraron menos de un 12 %.',
    },
  },
];

export const ANXIETY_OUTCOMES: readonly OutcomeSeries[] = [
  {
    id: 'glue2017',
    factIds: ['anx.glue2017'],
    title: {
      en: 'Rising doses in refractory anxiety',
      es: 'Dosis crecientes en ansiedad resistente',
    },
    design: {
      en: 'Ascending-dose study, n = 12, injections under the skin',
      es: 'Estudio de dosis crecientes, n = 12, inyecciones subcutáneas',
    },
    n: 12,
    caveats: ['small', 'openLabel'],
    measures: [
      {
        factId: 'anx.glue2017',
        label: { en: 'Responded at 0.5–1 mg/kg', es: 'Respondieron con 0,5–1 mg/kg' },
        value: (10 / 12) * 100,
        count: { events: 10, total: 12 },
        unit: 'percent',
        n: 12,
        timepoint: tp('1 h to 7 days', 'de 1 h a 7 días', MIN_PER_HOUR, MIN_PER_WEEK),
        arm: 'single-arm',
      },
    ],
    milestones: [
      {
        factId: 'anx.glue2017',
        label: { en: 'Anxiety fell', es: 'La ansiedad bajó' },
        timepoint: tp('within 1 h', 'en 1 h', MIN_PER_HOUR),
      },
    ],
    note: {
      en: 'Dissociation and blood pressure changes rose with the dose.',
      es: 'La disociación y los cambios de presión arterial aumentaron con la dosis.',
    },
  },
  {
    id: 'taylor2018',
    factIds: ['anx.taylor2018'],
    title: {
      en: 'Social anxiety: ketamine vs saline',
      es: 'Ansiedad social: ketamina frente a suero salino',
    },
    design: {
      en: 'Randomised crossover trial, n = 18',
      es: 'Ensayo cruzado aleatorizado, n = 18',
    },
    n: 18,
    caveats: ['small', 'crossover'],
    measures: [
      {
        factId: 'anx.taylor2018',
        label: { en: 'Response (LSAS, clinician)', es: 'Respuesta (LSAS, clínico)' },
        value: 33.33,
        unit: 'percent',
        n: 18,
        timepoint: tp('over 2 weeks', 'en 2 semanas', 0, 2 * MIN_PER_WEEK),
        arm: 'ketamine',
      },
      {
        factId: 'anx.taylor2018',
        label: { en: 'Response (LSAS, clinician)', es: 'Respuesta (LSAS, clínico)' },
        value: 0,
        unit: 'percent',
        n: 18,
        timepoint: tp('over 2 weeks', 'en 2 semanas', 0, 2 * MIN_PER_WEEK),
        arm: 'saline',
      },
      {
        factId: 'anx.taylor2018',
        label: { en: 'Response (self-rated anxiety)', es: 'Respuesta (ansiedad autoevaluada)' },
        value: 88.89,
        unit: 'percent',
        n: 18,
        timepoint: tp('over 2 weeks', 'en 2 semanas', 0, 2 * MIN_PER_WEEK),
        arm: 'ketamine',
      },
      {
        factId: 'anx.taylor2018',
        label: { en: 'Response (self-rated anxiety)', es: 'Respuesta (ansiedad autoevaluada)' },
        value: 52.94,
        unit: 'percent',
        n: 18,
        timepoint: tp('over 2 weeks', 'en 2 semanas', 0, 2 * MIN_PER_WEEK),
        arm: 'saline',
      },
    ],
  },
  {
    id: 'glue2018',
    factIds: ['anx.glue2018.maintenance'],
    title: { en: 'Weekly doses for 3 months', es: 'Dosis semanales durante 3 meses' },
    design: {
      en: 'Open-label maintenance, n = 20 earlier responders',
      es: 'Mantenimiento abierto, n = 20 que habían respondido antes',
    },
    n: 20,
    caveats: ['small', 'openLabel', 'secondarySource'],
    measures: [
      {
        factId: 'anx.glue2018.maintenance',
        label: {
          en: 'Fall in anxiety ratings 1 h after a dose (about)',
          es: 'Bajada de las escalas de ansiedad 1 h tras la dosis (aprox.)',
        },
        value: 50,
        unit: 'percent',
        n: 20,
        timepoint: tp('1 h after dosing', '1 h tras la dosis', MIN_PER_HOUR),
        arm: 'single-arm',
      },
      {
        factId: 'anx.glue2018.maintenance',
        label: {
          en: 'Reported better social or work life',
          es: 'Refirieron mejor vida social o laboral',
        },
        value: 90,
        count: { events: 18, total: 20 },
        unit: 'percent',
        n: 20,
        timepoint: tp('over 14 weeks', 'en 14 semanas', 0, 14 * MIN_PER_WEEK),
        arm: 'single-arm',
      },
    ],
  },
];

export const PAIN_OUTCOMES: readonly OutcomeSeries[] = [
  {
    id: 'orhurhu2019',
    factIds: ['pain.orhurhu2019'],
    title: {
      en: 'IV ketamine vs placebo in chronic pain',
      es: 'Ketamina IV frente a placebo en dolor crónico',
    },
    design: {
      en: 'Meta-analysis of 7 randomised trials, 211 patients',
      es: 'Metanálisis de 7 ensayos aleatorizados, 211 pacientes',
    },
    n: 211,
    caveats: ['highRiskOfBias'],
    measures: [
      {
        factId: 'pain.orhurhu2019',
        label: { en: 'Pain vs placebo', es: 'Dolor frente a placebo' },
        value: -1.83,
        ci: [-2.35, -1.31],
        unit: 'nrsPoints',
        n: 211,
        timepoint: tp('up to 2 weeks', 'hasta 2 semanas', 0, 2 * MIN_PER_WEEK),
        arm: 'difference',
      },
    ],
    note: {
      en: 'A small effect: under 2 points on a 0–10 scale. All but one trial at high risk of bias.',
      es: 'Un efecto pequeño: menos de 2 puntos en una escala de 0 a 10. Todos los ensayos salvo uno con alto riesgo de sesgo.',
    },
  },
  {
    id: 'sigtermans2009',
    factIds: ['pain.sigtermans2009'],
    title: {
      en: 'Complex regional pain syndrome: a 4.2-day infusion',
      es: 'Síndrome de dolor regional complejo: infusión de 4,2 días',
    },
    design: {
      en: 'Randomised trial, n = 60, S(+)-ketamine (esketamine)',
      es: 'Ensayo aleatorizado, n = 60, S(+)-ketamina (esketamina)',
    },
    n: 60,
    caveats: ['esketamine'],
    measures: [
      {
        factId: 'pain.sigtermans2009',
        label: { en: 'Pain score (0–10)', es: 'Puntuación de dolor (0–10)' },
        value: 2.68,
        unit: 'nrsPoints',
        n: 60,
        timepoint: tp('end of week 1', 'final de la semana 1', MIN_PER_WEEK),
        arm: 'esketamine',
      },
      {
        factId: 'pain.sigtermans2009',
        label: { en: 'Pain score (0–10)', es: 'Puntuación de dolor (0–10)' },
        value: 5.45,
        unit: 'nrsPoints',
        n: 60,
        timepoint: tp('end of week 1', 'final de la semana 1', MIN_PER_WEEK),
        arm: 'placebo',
      },
    ],
    milestones: [
      {
        factId: 'pain.sigtermans2009',
        label: { en: 'No longer significant', es: 'Ya no es significativo' },
        timepoint: tp('week 12', 'semana 12', 12 * MIN_PER_WEEK),
      },
    ],
    note: {
      en: 'Daily function did not improve; psychomimetic effects in 76% vs 18%.',
      es: 'La función diaria no mejoró; efectos psicomiméticos en el 76 % frente al 18 %.',
    },
  },
];

/** ASRA/AAPM/ASA guideline grades per use (pain.cohen2018.guideline). */
export const PAIN_GUIDELINE: readonly GradedUse[] = [
  {
    factId: 'pain.cohen2018.guideline',
    use: {
      en: 'Complex regional pain syndrome (CRPS)',
      es: 'Síndrome de dolor regional complejo (SDRC)',
    },
    grade: 'moderate',
    note: { en: 'benefit up to 12 weeks', es: 'beneficio hasta 12 semanas' },
  },
  ...(
    [
      ['Mixed neuropathic pain', 'Dolor neuropático mixto'],
      ['Phantom limb pain', 'Dolor de miembro fantasma'],
      ['Post-herpetic neuralgia', 'Neuralgia posherpética'],
      ['Fibromyalgia', 'Fibromialgia'],
      ['Cancer pain', 'Dolor oncológico'],
      ['Ischaemic pain', 'Dolor isquémico'],
      ['Migraine', 'Migraña'],
      ['Low-back pain', 'Dolor lumbar'],
    ] as const
  ).map(([en, es]): GradedUse => ({
    factId: 'pain.cohen2018.guideline',
    use: { en, es },
    grade: 'weak',
    note: { en: 'weak or no evidence', es: 'evidencia débil o nula' },
  })),
];

/** Inflammation, shown honestly: what was measured, where, and what it does not show. */
export const INFLAMMATION = {
  series: [
    {
      id: 'dale2012',
      factIds: ['infl.dale2012'],
      title: { en: 'IL-6 after surgery', es: 'IL-6 tras la cirugía' },
      design: {
        en: 'Meta-analysis of 6 studies, n = 331 surgical patients (mostly heart bypass)',
        es: 'Metanálisis de 6 estudios, n = 331 pacientes quirúrgicos (sobre todo bypass cardíaco)',
      },
      n: 331,
      caveats: ['perioperative'],
      measures: [
        {
          factId: 'infl.dale2012',
          label: { en: 'IL-6 vs control', es: 'IL-6 frente a control' },
          value: -71,
          ci: [-101, -41],
          unit: 'pgPerMl',
          n: 331,
          timepoint: tp(
            'first 6 h after surgery',
            'primeras 6 h tras la cirugía',
            0,
            6 * MIN_PER_HOUR,
          ),
          arm: 'difference',
        },
      ],
    },
  ] as readonly OutcomeSeries[],
  /** infl.kopra2021: strength of evidence by species, in depression */
  depression: [
    {
      factId: 'infl.kopra2021',
      use: { en: 'Rodents: IL-1β, IL-6 and TNF-α fall', es: 'Roedores: bajan IL-1β, IL-6 y TNF-α' },
      grade: 'strong',
    },
    {
      factId: 'infl.kopra2021',
      use: { en: 'People with depression', es: 'Personas con depresión' },
      grade: 'weak',
      note: { en: 'less robust, high heterogeneity', es: 'menos sólida, con gran heterogeneidad' },
    },
    {
      factId: 'infl.kopra2021',
      use: { en: 'Kynurenine pathway', es: 'Vía de la quinurenina' },
      grade: 'preliminary',
    },
  ] as readonly GradedUse[],
  summary: {
    en: 'Ketamine lowers some inflammation markers after surgery and in rodent depression models. In people with depression the evidence is weak, and no trial links an anti-inflammatory effect to relief of chronic pain.',
    es: 'La ketamina reduce algunos marcadores de inflamación tras la cirugía y en modelos de depresión en roedores. En personas con depresión la evidencia es débil, y ningún ensayo relaciona un efecto antiinflamatorio con el alivio del dolor crónico.',
  } as LocalizedText,
};

/** Outcome series per condition, for the outcomes panel. */
export const OUTCOMES_BY_CONDITION: Readonly<Record<ConditionId, readonly OutcomeSeries[]>> = {
  depression: DEPRESSION_OUTCOMES,
  pain: PAIN_OUTCOMES,
  anxiety: ANXIETY_OUTCOMES,
  ocd: OCD_OUTCOMES,
};
