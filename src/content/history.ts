// History timeline, 1962 → 2019. Only verified parts: where the sheet says "parts FROM MEMORY"
// (hist.firstHuman, hist.zarate2006) the event says only what the stored source shows.
import type { HistoryEvent } from './outcome-types';

export const HISTORY_EVENTS: readonly HistoryEvent[] = [
  {
    factId: 'hist.synthesis',
    year: 1962,
    when: { en: '1962', es: '1962' },
    label: { en: 'First made', es: 'Primera síntesis' },
    detail: {
      en: 'Calvin L. Stevens at Parke-Davis makes compound CI-581, later called ketamine.',
      es: 'Calvin L. Stevens, en Parke-Davis, sintetiza el compuesto CI-581, luego llamado ketamina.',
    },
  },
  {
    factId: 'hist.firstHuman',
    year: 1964,
    when: { en: '1964 (published 1965)', es: '1964 (publicado en 1965)' },
    label: { en: 'First given to people', es: 'Primera administración en personas' },
    detail: {
      en: 'A University of Michigan study in 20 volunteers; the term "dissociative anaesthetic" was proposed.',
      es: 'Un estudio de la Universidad de Míchigan con 20 voluntarios; se propuso el término «anestésico disociativo».',
    },
  },
  {
    factId: 'hist.vietnam',
    year: 1968,
    approximate: true,
    when: { en: 'late 1960s–1970s', es: 'finales de los años sesenta y setenta' },
    label: { en: 'Battlefield anaesthetic', es: 'Anestésico en el campo de batalla' },
    detail: {
      en: 'Widely used in the Vietnam War.',
      es: 'Se usó ampliamente en la guerra de Vietnam.',
    },
  },
  {
    factId: 'hist.fda1970',
    year: 1970,
    when: { en: '1970', es: '1970' },
    label: { en: 'Approved as an anaesthetic', es: 'Aprobada como anestésico' },
    detail: {
      en: 'The US FDA approves ketamine (Ketalar) for anaesthesia.',
      es: 'La FDA de EE. UU. aprueba la ketamina (Ketalar) para la anestesia.',
    },
  },
  {
    factId: 'hist.nmda1983',
    year: 1983,
    when: { en: '1983', es: '1983' },
    label: { en: 'The NMDA link', es: 'La relación con el receptor NMDA' },
    detail: {
      en: 'Anis and colleagues show that ketamine selectively reduces NMDA-evoked excitation of nerve cells.',
      es: 'Anis y colaboradores muestran que la ketamina reduce de forma selectiva la excitación de las neuronas provocada por NMDA.',
    },
  },
  {
    factId: 'hist.schedule1999',
    year: 1999,
    when: { en: '1999', es: '1999' },
    label: { en: 'Controlled drug', es: 'Sustancia controlada' },
    detail: {
      en: 'Placed in US Schedule III because of its abuse liability.',
      es: 'Se incluye en la Lista III de EE. UU. por su riesgo de abuso.',
    },
  },
  {
    factId: 'hist.berman2000',
    year: 2000,
    when: { en: '2000', es: '2000' },
    label: { en: 'First test in depression', es: 'Primera prueba en la depresión' },
    detail: {
      en: 'The first placebo-controlled trial of ketamine for depression, in 7 patients, is published.',
      es: 'Se publica el primer ensayo controlado con placebo de ketamina para la depresión, con 7 pacientes.',
    },
  },
  {
    factId: 'hist.zarate2006',
    year: 2006,
    when: { en: '2006', es: '2006' },
    label: { en: 'Treatment-resistant depression', es: 'Depresión resistente al tratamiento' },
    detail: {
      en: 'A US National Institute of Mental Health trial in treatment-resistant depression is published.',
      es: 'Se publica un ensayo del Instituto Nacional de Salud Mental de EE. UU. en depresión resistente al tratamiento.',
    },
  },
  {
    factId: 'hist.esketamine2019',
    year: 2019,
    when: { en: '5 March 2019', es: '5 de marzo de 2019' },
    label: { en: 'Esketamine nasal spray approved', es: 'Aprobada la esketamina en espray nasal' },
    detail: {
      en: 'The FDA approves esketamine nasal spray, taken with an oral antidepressant, for treatment-resistant depression. IV ketamine for depression remains off-label.',
      es: 'La FDA aprueba la esketamina en espray nasal, junto con un antidepresivo oral, para la depresión resistente al tratamiento. La ketamina IV para la depresión sigue siendo un uso fuera de indicación.',
    },
  },
];
