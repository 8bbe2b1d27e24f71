// Strings of the side-effects, history and claims panels (part of the charts' strings, ./panels).
import { defineStrings } from '../localize';

export const PANEL_EVIDENCE_STRINGS = defineStrings({
  // Side effects panel
  seWhenTitle: { en: 'When side effects happen', es: 'Cuándo aparecen los efectos secundarios' },
  seWhenSummary: {
    en: 'Dissociation is reported in the first hour and mild effects fade within about 2 hours. After esketamine, blood pressure peaks about 40 minutes after a dose and stays up for about 4 hours (label); during an IV infusion the average systolic rise peaked at +{value} mmHg. Esketamine patients are watched for at least 2 hours.',
    es: 'La disociación se describe en la primera hora y los efectos leves se disipan en unas 2 horas. Tras la esketamina, la presión arterial alcanza su máximo unos 40 minutos después de la dosis y sigue alta unas 4 horas (ficha técnica); durante una infusión IV la subida sistólica media llegó a +{value} mmHg. A quienes reciben esketamina se les vigila al menos 2 horas.',
  },
  axisMinutes: {
    en: 'Minutes after the start of dosing',
    es: 'Minutos desde el inicio de la dosis',
  },
  seWindowsNote: {
    en: 'The time windows come from a drug label and trial summaries that do not give the number of patients.',
    es: 'Las ventanas temporales proceden de una ficha técnica y de resúmenes de ensayos que no indican el número de pacientes.',
  },
  bpPeakRow: {
    en: 'Largest mean blood-pressure rise with IV ketamine: {value}',
    es: 'Mayor subida media de la presión arterial con ketamina IV: {value}',
  },
  seBpTitle: {
    en: 'Large blood-pressure rises: esketamine vs placebo',
    es: 'Subidas grandes de la presión arterial: esketamina frente a placebo',
  },
  seBpSummary: {
    en: 'A systolic rise of 40 mmHg or more happened at least once in {drug} of people on esketamine vs {placebo} on placebo (under 65), and {drugOld} vs {placeboOld} at 65 or over. Mean rises hide these: with IV ketamine the average peak rise was {mean} (n = {n}).',
    es: 'Una subida sistólica de 40 mmHg o más ocurrió al menos una vez en {drug} de quienes tomaban esketamina frente a {placebo} con placebo (menores de 65), y {drugOld} frente a {placeboOld} a partir de 65. Las medias lo ocultan: con ketamina IV la subida media máxima fue de {mean} (n = {n}).',
  },
  axisMmHg: { en: 'Mean rise, mmHg', es: 'Subida media, mmHg' },
  axisShareBp: {
    en: 'Share of patients with a large rise, %',
    es: 'Porcentaje de pacientes con una subida grande',
  },
  pulseNote: { en: 'Pulse rose by {value} on average.', es: 'El pulso subió de media {value}.' },
  seAeSummary: {
    en: 'In short esketamine trials, side effects were more common than with placebo: dissociation {dissociation}, nausea {nausea}, raised blood pressure {bp} (esketamine / placebo).',
    es: 'En ensayos breves de esketamina, los efectos secundarios fueron más frecuentes que con placebo: disociación {dissociation}, náuseas {nausea}, aumento de la presión arterial {bp} (esketamina / placebo).',
  },
  legendEffect: { en: 'Side effects present', es: 'Efectos secundarios presentes' },
  legendMonitoring: { en: 'Monitoring (open bar)', es: 'Vigilancia (barra abierta)' },
  legendBp: { en: 'Blood-pressure peak', es: 'Máximo de presión arterial' },
  dissociationTitle: { en: 'How much dissociation', es: 'Cuánta disociación' },
  safetyTitle: { en: 'Monitoring and abuse liability', es: 'Vigilancia y riesgo de abuso' },

  // History panel
  historyFigTitle: {
    en: 'From anaesthetic to antidepressant, 1962–2019',
    es: 'De anestésico a antidepresivo, 1962–2019',
  },
  historySummary: {
    en: 'Ketamine was first made in {first}, approved as an anaesthetic in {fda}, linked to NMDA receptors in {nmda}, controlled since {schedule}, first tested in depression in {depression}, and in {last} esketamine nasal spray was approved for treatment-resistant depression.',
    es: 'La ketamina se sintetizó por primera vez en {first}, se aprobó como anestésico en {fda}, se relacionó con los receptores NMDA en {nmda}, está controlada desde {schedule}, se probó por primera vez en la depresión en {depression} y en {last} se aprobó la esketamina en espray nasal para la depresión resistente al tratamiento.',
  },
  colYear: { en: 'Year', es: 'Año' },
  colEvent: { en: 'Event', es: 'Hecho' },
  colDetail: { en: 'Detail', es: 'Detalle' },
  approximate: { en: 'approximate', es: 'aproximado' },

  // Claims panel
  claimsIntro: {
    en: 'Claims often heard about ketamine, each with how strong the evidence for it is and why.',
    es: 'Afirmaciones frecuentes sobre la ketamina, cada una con la solidez de la evidencia que la respalda y por qué.',
  },
  claimsSummary: {
    en: '{total} popular claims checked: {supported} have strong or moderate support, the rest are preliminary, overstated, misleading, unsupported or contradicted.',
    es: '{total} afirmaciones populares revisadas: {supported} tienen un respaldo sólido o moderado; el resto son preliminares, exageradas, engañosas, sin respaldo o contradichas.',
  },
  claimWhy: { en: 'Why', es: 'Por qué' },
  claimCriteria: { en: 'Questions behind the grade', es: 'Preguntas detrás del grado' },
  criterionYes: { en: 'yes', es: 'sí' },
  criterionNo: { en: 'no', es: 'no' },
  aboutTitle: { en: 'About the science', es: 'Sobre la ciencia' },
  aboutLastReviewed: {
    en: 'Science last reviewed: {date}.',
    es: 'Última revisión científica: {date}.',
  },
  aboutChangesTitle: { en: 'What changed and why', es: 'Qué cambió y por qué' },
  aboutGradingTitle: { en: 'How grades are given', es: 'Cómo se asignan los grados' },
  aboutGradingIntro: {
    en: 'Each grade answers these questions about the best evidence for the claim:',
    es: 'Cada grado responde a estas preguntas sobre la mejor evidencia de la afirmación:',
  },
  hypothesesTitle: {
    en: 'How does ketamine work against depression? Competing hypotheses',
    es: '¿Cómo actúa la ketamina contra la depresión? Hipótesis en competencia',
  },
  hypothesesIntro: {
    en: 'No single mechanism is proven in people. Each idea below is a hypothesis, with the evidence for and against it.',
    es: 'Ningún mecanismo está demostrado en personas. Cada idea es una hipótesis, con la evidencia a favor y en contra.',
  },
  hypothesisFor: { en: 'For', es: 'A favor' },
  hypothesisAgainst: { en: 'Against', es: 'En contra' },
  hypothesisFrom: { en: 'Evidence from', es: 'Evidencia de' },
  inflammationTitle: {
    en: 'Inflammation: what is and is not shown',
    es: 'Inflamación: qué está demostrado y qué no',
  },
  inflammationDepressionTitle: {
    en: 'Inflammation markers in depression (systematic review)',
    es: 'Marcadores de inflamación en la depresión (revisión sistemática)',
  },
  axisIl6: {
    en: 'Difference in IL-6 vs control, pg/mL (0 = no difference)',
    es: 'Diferencia de IL-6 frente a control, pg/mL (0 = sin diferencia)',
  },
  inflammationFigSummary: {
    en: 'Around surgery, ketamine lowered IL-6 by {value} in the first 6 hours (n = {n}, mostly heart bypass); this says nothing about chronic pain.',
    es: 'En torno a la cirugía, la ketamina redujo la IL-6 {value} en las primeras 6 horas (n = {n}, sobre todo bypass cardíaco); esto no dice nada sobre el dolor crónico.',
  },
});
