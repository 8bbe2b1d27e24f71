// Common ketamine-clinic marketing claims, each with its grade and the reason, from the table at
// the end of the fact sheet. Fact ids are never FROM MEMORY (a test checks).
import type { EvidenceGrade, LocalizedText } from './types';

export interface MarketingClaim {
  id: string;
  claim: LocalizedText;
  grade: EvidenceGrade;
  /** Limits the grade, e.g. "for a rapid, short-lived effect". */
  qualifier?: LocalizedText;
  reason: LocalizedText;
  factIds: readonly string[];
  /** Bibliography ids cited in the reason that are not behind a fact row. */
  extraSourceIds?: readonly string[];
}

export const MARKETING_CLAIMS: readonly MarketingClaim[] = [
  {
    id: 'hours-not-weeks',
    claim: {
      en: 'Ketamine works in hours, not weeks, for depression.',
      es: 'La ketamina actúa en horas, no en semanas, contra la depresión.',
    },
    grade: 'strong',
    qualifier: { en: 'for a rapid, short-lived effect', es: 'para un efecto rápido y breve' },
    reason: {
      en: 'Many trials and meta-analyses: better than placebo from 40 min, peak at day 1, odds ratio 9.87 for response at 24 h. But imperfect blinding inflates the effect (d = 1.8 vs saline, 0.7 vs midazolam), and after one infusion the benefit fades by days 10–12.',
      es: 'Muchos ensayos y metanálisis: mejor que el placebo desde los 40 min, máximo al día 1, odds ratio de 9,87 para la respuesta a las 24 h. Pero el cegamiento imperfecto infla el efecto (d = 1,8 frente a suero salino, 0,7 frente a midazolam) y, tras una sola infusión, el beneficio se pierde hacia los días 10–12.',
    },
    factIds: [
      'eff.kishimoto2016.trajectory',
      'eff.newport2015.or24h',
      'eff.wilkinson2019.blinding',
    ],
  },
  {
    id: 'seventy-percent-respond',
    claim: {
      en: '70%+ of patients respond.',
      es: 'Más del 70 % de los pacientes responde.',
    },
    grade: 'overstated',
    reason: {
      en: 'That figure traces to one small early trial and is not verified here. Pooled response is about 52% at 24 h and 40% at day 7. Against an active placebo it is about 46% vs 26%, with very-low-certainty evidence.',
      es: 'Esa cifra procede de un único ensayo pequeño y temprano, y no está verificada aquí. La respuesta agrupada ronda el 52 % a las 24 h y el 40 % al día 7. Frente a un placebo activo es de alrededor del 46 % frente al 26 %, con evidencia de certeza muy baja.',
    },
    factIds: ['eff.han2016.rates', 'eff.cochrane2021.vsMidazolam'],
  },
  {
    id: 'lasting-cure',
    claim: {
      en: 'One infusion gives lasting relief, or a cure.',
      es: 'Una sola infusión da un alivio duradero, o una cura.',
    },
    grade: 'unsupported',
    reason: {
      en: 'Single-dose effects fade within days. Maintenance evidence exists only for esketamine nasal spray taken with an oral antidepressant.',
      es: 'El efecto de una dosis única desaparece en días. Solo hay evidencia de mantenimiento para la esketamina en espray nasal tomada junto con un antidepresivo oral.',
    },
    factIds: ['eff.kishimoto2016.trajectory', 'eff.sustain1'],
  },
  {
    id: 'increases-glutamate',
    claim: { en: 'Ketamine increases glutamate.', es: 'La ketamina aumenta el glutamato.' },
    grade: 'moderate',
    reason: {
      en: "In rats, glutamate rises only at sub-anaesthetic doses; anaesthetic doses lower it. One human pilot (n = 21) found 13% more glutamate–glutamine cycling; other human scans are mixed. The 'surge' is an interpretation, not a measured human time course.",
      es: 'En ratas, el glutamato sube solo con dosis subanestésicas; las dosis anestésicas lo bajan. Un estudio piloto en personas (n = 21) halló un 13 % más de ciclo glutamato-glutamina; otros estudios de imagen en personas son dispares. El «pico» es una interpretación, no una curva medida en personas.',
    },
    factIds: ['pd.glutamate.microdialysis', 'pd.glutamate.human'],
    extraSourceIds: ['mrsPcc'],
  },
  {
    id: 'disinhibition-first',
    claim: {
      en: 'Ketamine blocks NMDA receptors on inhibitory interneurons first (disinhibition).',
      es: 'La ketamina bloquea primero los receptores NMDA de las interneuronas inhibidoras (desinhibición).',
    },
    grade: 'moderate',
    qualifier: { en: 'as a hypothesis', es: 'como hipótesis' },
    reason: {
      en: 'Recordings in rats support it, but the key study used MK-801, not ketamine. Rival ideas (GluN2B outside synapses, NMDA block at rest, lateral habenula bursting, HNK metabolites) are still debated.',
      es: 'Los registros en ratas la apoyan, pero el estudio clave usó MK-801, no ketamina. Otras hipótesis (GluN2B fuera de la sinapsis, bloqueo NMDA en reposo, ráfagas en la habénula lateral, metabolitos HNK) siguen en debate.',
    },
    factIds: ['pd.disinhibition', 'pd.bdnf.eef2', 'pd.lhb', 'pd.hnk'],
    extraSourceIds: ['zanosGould2018'],
  },
  {
    id: 'regrows-connections',
    claim: {
      en: 'Ketamine regrows brain connections, building new synapses within 24 h.',
      es: 'La ketamina regenera conexiones cerebrales y crea sinapsis nuevas en 24 h.',
    },
    grade: 'preliminary',
    qualifier: { en: 'in humans; strong in rodents', es: 'en humanos; sólida en roedores' },
    reason: {
      en: 'Strong data in rats and mice. No trial has directly shown new synapses in patients. In mice, new spines keep the effect going rather than start it.',
      es: 'Hay datos sólidos en ratas y ratones. Ningún ensayo ha mostrado directamente sinapsis nuevas en pacientes. En ratones, las espinas nuevas mantienen el efecto, no lo inician.',
    },
    factIds: ['pd.mtor.synapses', 'pd.spines.modaSava', 'pd.spines.duration'],
  },
  {
    id: 'bdnf-mtor',
    claim: {
      en: 'Ketamine raises BDNF and works through mTOR.',
      es: 'La ketamina aumenta el BDNF y actúa a través de mTOR.',
    },
    grade: 'moderate',
    qualifier: { en: 'preclinical', es: 'preclínica' },
    reason: {
      en: 'Mechanistic work in mice and rats. Human biomarker evidence was not checked for this app.',
      es: 'Trabajos de mecanismo en ratones y ratas. La evidencia de biomarcadores en personas no se ha revisado para esta aplicación.',
    },
    factIds: ['pd.bdnf.eef2', 'pd.mtor.synapses'],
  },
  {
    id: 'hnk-real-antidepressant',
    claim: {
      en: 'A hydroxynorketamine metabolite is the real antidepressant.',
      es: 'Un metabolito, la hidroxinorketamina, es el verdadero antidepresivo.',
    },
    grade: 'preliminary',
    qualifier: { en: 'and contested', es: 'y discutida' },
    reason: {
      en: 'One study in mice supports it; a study in rats failed to replicate it.',
      es: 'Un estudio en ratones la apoya; un estudio en ratas no logró reproducirlo.',
    },
    factIds: ['pd.hnk', 'pd.hnk.contested'],
  },
  {
    id: 'suicidal-thoughts',
    claim: {
      en: 'Ketamine reduces suicidal thoughts.',
      es: 'La ketamina reduce los pensamientos suicidas.',
    },
    grade: 'moderate',
    reason: {
      en: "A patient-level meta-analysis found d = 0.48–0.85 from day 1 to day 7. There is no evidence that it prevents suicide deaths; the esketamine maker's patient site says this is 'not known'.",
      es: 'Un metanálisis con datos individuales halló d = 0,48–0,85 del día 1 al día 7. No hay evidencia de que prevenga muertes por suicidio; la web para pacientes del fabricante de la esketamina dice que «no se sabe».',
    },
    factIds: ['eff.si.wilkinson2018'],
    extraSourceIds: ['spravatoPatientSite'],
  },
  {
    id: 'fda-approved',
    claim: {
      en: 'Ketamine is FDA-approved for depression.',
      es: 'La ketamina está aprobada por la FDA para la depresión.',
    },
    grade: 'misleading',
    reason: {
      en: 'Only esketamine nasal spray (Spravato), taken with an oral antidepressant, is approved (March 2019). IV racemic ketamine for depression is off-label.',
      es: 'Solo está aprobada la esketamina en espray nasal (Spravato), junto con un antidepresivo oral (marzo de 2019). La ketamina racémica intravenosa para la depresión es un uso fuera de indicación.',
    },
    factIds: ['esk.approval'],
    extraSourceIds: ['gastaldon2019'],
  },
  {
    id: 'journey-heals',
    claim: {
      en: "The dissociative 'journey' is what heals you.",
      es: 'El «viaje» disociativo es lo que cura.',
    },
    grade: 'preliminary',
    qualifier: { en: 'and mixed', es: 'y dispar' },
    reason: {
      en: 'In one IV group (n = 108), more dissociation at 40 min went with more improvement later. A pooled esketamine analysis (N = 576) found no such link.',
      es: 'En un grupo tratado por vía intravenosa (n = 108), más disociación a los 40 min se asoció con más mejoría después. Un análisis conjunto de esketamina (N = 576) no halló esa relación.',
    },
    factIds: ['se.dissociation.predicts', 'se.dissociation.notPredictive.esk'],
  },
  {
    id: 'chronic-pain',
    claim: { en: 'Ketamine treats chronic pain.', es: 'La ketamina trata el dolor crónico.' },
    grade: 'moderate',
    qualifier: {
      en: 'for CRPS, short term; weak or none for most other pain',
      es: 'para el SDRC, a corto plazo; débil o nula para casi todo otro dolor',
    },
    reason: {
      en: 'Guidelines: moderate evidence for complex regional pain syndrome (CRPS), up to 12 weeks only. A meta-analysis found a small effect, −1.83 points out of 10, lasting up to 2 weeks. In one trial the benefit was no longer significant by week 12 and function did not improve.',
      es: 'Guías clínicas: evidencia moderada para el síndrome de dolor regional complejo (SDRC), solo hasta 12 semanas. Un metanálisis halló un efecto pequeño, −1,83 puntos sobre 10, que dura hasta 2 semanas. En un ensayo, el beneficio dejó de ser significativo en la semana 12 y la función no mejoró.',
    },
    factIds: ['pain.cohen2018.guideline', 'pain.orhurhu2019', 'pain.sigtermans2009'],
  },
  {
    id: 'anti-inflammatory-pain',
    claim: {
      en: 'Ketamine is anti-inflammatory, and this is how it relieves chronic pain.',
      es: 'La ketamina es antiinflamatoria y por eso alivia el dolor crónico.',
    },
    grade: 'unsupported',
    qualifier: { en: 'as a causal claim', es: 'como relación causal' },
    reason: {
      en: 'The fall in IL-6 was seen around surgery, mostly heart bypass, within 6 h. In depression it is strong in rodents but weak in humans. No trial ties a cytokine change to chronic-pain relief. Better supported: NMDA-dependent wind-up in the spinal cord.',
      es: 'La bajada de IL-6 se vio en torno a la cirugía, sobre todo de bypass cardíaco, en las primeras 6 h. En depresión es sólida en roedores pero débil en personas. Ningún ensayo vincula un cambio de citocinas con el alivio del dolor crónico. Tiene más respaldo la sumación temporal (wind-up) dependiente de NMDA en la médula espinal.',
    },
    factIds: ['infl.dale2012', 'infl.kopra2021', 'pain.windup.human', 'pain.windup.nmda'],
  },
  {
    id: 'works-for-ocd',
    claim: { en: 'Ketamine works for OCD.', es: 'La ketamina funciona para el TOC.' },
    grade: 'preliminary',
    reason: {
      en: 'One small randomised trial: 4 of 8 vs 0 of 7 responders at 1 week. One open-label trial: 0 of 10 responders.',
      es: 'Un ensayo aleatorizado pequeño: 4 de 8 frente a 0 de 7 respondedores a la semana. Un ensayo abierto: 0 de 10 respondedores.',
    },
    factIds: ['ocd.rodriguez2013.response1wk', 'ocd.bloch2012'],
  },
  {
    id: 'works-for-anxiety',
    claim: { en: 'Ketamine works for anxiety.', es: 'La ketamina funciona para la ansiedad.' },
    grade: 'preliminary',
    reason: {
      en: 'Only small open-label and crossover studies, of 12 to 20 people each.',
      es: 'Solo estudios pequeños, abiertos o cruzados, de 12 a 20 personas cada uno.',
    },
    factIds: ['anx.glue2017', 'anx.glue2018.maintenance', 'anx.taylor2018'],
  },
  {
    id: 'completely-safe',
    claim: {
      en: 'Ketamine is completely safe and has no side effects.',
      es: 'La ketamina es totalmente segura y no tiene efectos secundarios.',
    },
    grade: 'contradicted',
    reason: {
      en: 'Most patients on esketamine have dissociation or changes in perception. Blood pressure rises. It is a Schedule III drug with abuse liability. Long-term, repeated-dose safety is not established.',
      es: 'La mayoría de los pacientes con esketamina presenta disociación o cambios de percepción. La presión arterial sube. Es un fármaco de la Lista III con riesgo de abuso. No se ha establecido su seguridad a largo plazo con dosis repetidas.',
    },
    factIds: [
      'se.esk.dissociation',
      'se.bp.rivaPosse',
      'se.bp.741infusions',
      'se.abuse.schedule',
      'se.short2018',
    ],
  },
];
