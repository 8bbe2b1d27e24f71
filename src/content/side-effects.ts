// Side-effect data for the side-effects panel: rates vs placebo, blood pressure, time windows.
import type { LocalizedText } from './types';
import type { Measure, OutcomeSeries, TimeWindow, Timepoint } from './outcome-types';
import { MIN_PER_HOUR } from './outcome-types';

const DOSING_DAYS: Timepoint = { label: { en: 'dosing days', es: 'días de dosis' }, min: 0 };

/** se.esk.aeTable: [en, es, esketamine %, placebo %] */
const AE_ROWS: readonly (readonly [string, string, number, number])[] = [
  ['Dissociation', 'Disociación', 41, 9],
  ['Dizziness', 'Mareo', 29, 8],
  ['Nausea', 'Náuseas', 28, 9],
  ['Sedation', 'Sedación', 23, 9],
  ['Vertigo', 'Vértigo', 23, 3],
  ['Vomiting', 'Vómitos', 9, 2],
  ['Blood pressure increased', 'Aumento de la presión arterial', 10, 3],
];

const aeMeasures: Measure[] = AE_ROWS.flatMap(([en, es, esk, placebo]): Measure[] => [
  {
    factId: 'se.esk.aeTable',
    label: { en, es },
    value: esk,
    unit: 'percent',
    timepoint: DOSING_DAYS,
    arm: 'esketamine',
  },
  {
    factId: 'se.esk.aeTable',
    label: { en, es },
    value: placebo,
    unit: 'percent',
    timepoint: DOSING_DAYS,
    arm: 'placebo',
  },
]);

const SYSTOLIC: LocalizedText = {
  en: 'Largest mean rise, systolic',
  es: 'Mayor subida media, sistólica',
};
const DIASTOLIC: LocalizedText = {
  en: 'Largest mean rise, diastolic',
  es: 'Mayor subida media, diastólica',
};

export const SIDE_EFFECT_SERIES: readonly OutcomeSeries[] = [
  {
    id: 'esketamine-ae-table',
    factIds: ['se.esk.aeTable'],
    title: {
      en: 'Side effects in short-term esketamine trials',
      es: 'Efectos secundarios en ensayos breves de esketamina',
    },
    design: {
      en: 'Spravato label; both groups also took an oral antidepressant',
      es: 'Ficha técnica de Spravato; ambos grupos tomaban además un antidepresivo oral',
    },
    caveats: ['esketamine'],
    measures: aeMeasures,
    note: {
      en: 'Nausea and vomiting rates for IV racemic ketamine were not compiled; these are esketamine figures.',
      es: 'No se han recopilado las tasas de náuseas y vómitos de la ketamina racémica IV; estas cifras son de la esketamina.',
    },
  },
  {
    id: 'esketamine-dissociation-label',
    factIds: ['se.esk.dissociation'],
    title: {
      en: 'Dissociation or changes in perception (esketamine)',
      es: 'Disociación o cambios de percepción (esketamina)',
    },
    design: { en: 'Spravato label, CADSS scale', es: 'Ficha técnica de Spravato, escala CADSS' },
    caveats: ['esketamine'],
    measures: [
      {
        factId: 'se.esk.dissociation',
        label: { en: 'Patients affected', es: 'Pacientes afectados' },
        value: 68,
        range: [61, 75],
        unit: 'percent',
        timepoint: { label: { en: 'each session', es: 'cada sesión' }, min: 0 },
        arm: 'esketamine',
      },
    ],
  },
  {
    id: 'cadss-mean-iv',
    factIds: ['se.cadss.mean'],
    title: {
      en: 'How strong dissociation is with IV ketamine',
      es: 'Intensidad de la disociación con ketamina IV',
    },
    design: {
      en: '110 people treated for mood disorders',
      es: '110 personas tratadas por trastornos del ánimo',
    },
    n: 110,
    caveats: [],
    measures: [
      {
        factId: 'se.cadss.mean',
        label: { en: 'Mean total CADSS score', es: 'Puntuación total media en la CADSS' },
        value: 7.7,
        spread: { kind: 'sd', value: 9.2 },
        unit: 'cadssPoints',
        n: 110,
        timepoint: {
          label: { en: 'during and after the infusion', es: 'durante y después de la infusión' },
          min: 0,
        },
        arm: 'ketamine',
      },
    ],
    note: { en: 'Low on average.', es: 'Baja en promedio.' },
  },
  {
    id: 'bp-riva-posse',
    factIds: ['se.bp.rivaPosse'],
    title: { en: 'Blood pressure: 684 infusions', es: 'Presión arterial: 684 infusiones' },
    design: {
      en: '66 patients, mean age 56.7, 36% with high blood pressure; 0.5 mg/kg over 40 min',
      es: '66 pacientes, edad media 56,7 años, 36 % con hipertensión; 0,5 mg/kg en 40 min',
    },
    n: 66,
    caveats: ['notRandomised'],
    measures: [
      {
        factId: 'se.bp.rivaPosse',
        label: SYSTOLIC,
        value: 3.28,
        unit: 'mmHg',
        n: 66,
        timepoint: { label: { en: '30 min', es: '30 min' }, min: 30 },
        arm: 'ketamine',
      },
      {
        factId: 'se.bp.rivaPosse',
        label: DIASTOLIC,
        value: 3.17,
        unit: 'mmHg',
        n: 66,
        timepoint: { label: { en: '30 min', es: '30 min' }, min: 30 },
        arm: 'ketamine',
      },
    ],
    note: {
      en: 'Back to baseline after the infusion; no infusion had to be stopped.',
      es: 'Volvió a los valores basales tras la infusión; no hubo que detener ninguna infusión.',
    },
  },
  {
    id: 'bp-741-infusions',
    factIds: ['se.bp.741infusions'],
    title: {
      en: 'Blood pressure and pulse: 741 infusions',
      es: 'Presión arterial y pulso: 741 infusiones',
    },
    design: {
      en: '135 patients; 0.5 mg/kg over 40 min, repeated',
      es: '135 pacientes; 0,5 mg/kg en 40 min, repetido',
    },
    n: 135,
    caveats: ['notRandomised'],
    measures: [
      {
        factId: 'se.bp.741infusions',
        label: SYSTOLIC,
        value: 7.4,
        unit: 'mmHg',
        n: 135,
        timepoint: { label: { en: '30–40 min', es: '30–40 min' }, min: 30, endMin: 40 },
        arm: 'ketamine',
      },
      {
        factId: 'se.bp.741infusions',
        label: DIASTOLIC,
        value: 6.0,
        unit: 'mmHg',
        n: 135,
        timepoint: { label: { en: '30–40 min', es: '30–40 min' }, min: 30, endMin: 40 },
        arm: 'ketamine',
      },
      {
        factId: 'se.bp.741infusions',
        label: { en: 'Largest mean rise, pulse', es: 'Mayor subida media, pulso' },
        value: 1.9,
        unit: 'bpm',
        n: 135,
        timepoint: { label: { en: '30–40 min', es: '30–40 min' }, min: 30, endMin: 40 },
        arm: 'ketamine',
      },
    ],
    note: {
      en: 'Larger rises with age 50 or over, high blood pressure, a higher dose, or dissociation.',
      es: 'Subidas mayores con 50 años o más, hipertensión, una dosis mayor o disociación.',
    },
  },
];

/** Windows on the side-effects time axis (minutes from the start of dosing). */
export const SIDE_EFFECT_WINDOWS: readonly TimeWindow[] = [
  {
    factId: 'se.dissociation.window',
    label: {
      en: 'Dissociation reported (first 60 min)',
      es: 'Disociación descrita (primeros 60 min)',
    },
    startMin: 0,
    endMin: 60,
    kind: 'effect',
  },
  {
    factId: 'se.esk.timecourse',
    label: {
      en: 'Esketamine side effects resolved by 1.5 h',
      es: 'Efectos secundarios de la esketamina resueltos en 1,5 h',
    },
    startMin: 0,
    endMin: 1.5 * MIN_PER_HOUR,
    kind: 'effect',
  },
  {
    factId: 'se.dissociation.resolves',
    label: {
      en: 'IV ketamine: mild effects gone within 2 h',
      es: 'Ketamina IV: efectos leves desaparecen en 2 h',
    },
    startMin: 0,
    endMin: 2 * MIN_PER_HOUR,
    kind: 'effect',
  },
  {
    factId: 'esk.rems',
    label: {
      en: 'Esketamine: monitored for at least 2 h after each dose',
      es: 'Esketamina: vigilancia durante al menos 2 h tras cada dosis',
    },
    startMin: 0,
    endMin: 2 * MIN_PER_HOUR,
    kind: 'monitoring',
  },
];

/** Points that are not numbers on an axis but must be said. */
export const SAFETY_NOTES: readonly { factId: string; text: LocalizedText }[] = [
  {
    factId: 'esk.rems',
    text: {
      en: 'Esketamine is given only in certified settings, under direct observation.',
      es: 'La esketamina solo se administra en centros certificados y bajo observación directa.',
    },
  },
  {
    factId: 'se.abuse.schedule',
    text: {
      en: 'Ketamine has abuse liability: it has been a Schedule III drug in the US since 1999, and so is esketamine.',
      es: 'La ketamina tiene riesgo de abuso: está en la Lista III de EE. UU. desde 1999, igual que la esketamina.',
    },
  },
  {
    factId: 'se.short2018',
    text: {
      en: 'Long-term and repeated-dose safety is not established.',
      es: 'No se ha establecido la seguridad a largo plazo ni con dosis repetidas.',
    },
  },
];
