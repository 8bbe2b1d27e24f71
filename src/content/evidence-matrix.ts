// Evidence matrix: each mechanism stage x condition -> grade, fact ids, one-line reason.
// `grade` is the strength for people where human data exist; `animalGrade` is set when the
// rodent evidence is stronger (e.g. spines -> depression: strong in rodents, preliminary in people).
import type { ConditionId } from '../story/structures';
import { CONDITION_IDS } from '../story/structures';
import type { EvidenceGrade, LocalizedText } from './types';

/** The story stages that describe a mechanism (the matrix rows). */
export const MATRIX_STAGE_IDS = [
  'rest',
  'infusion',
  'channel-block',
  'disinhibition',
  'bdnf-trkb',
  'mtor',
  'spines',
] as const;
export type MatrixStageId = (typeof MATRIX_STAGE_IDS)[number];

export interface MatrixCell {
  grade: EvidenceGrade;
  /** where the evidence comes from */
  basis: 'human' | 'animal' | 'lab' | 'mixed' | 'none';
  animalGrade?: EvidenceGrade;
  factIds: readonly string[];
  reason: LocalizedText;
}

/** Grades that count as "this stage bears on this condition". */
export const SUPPORTING_GRADES: readonly EvidenceGrade[] = ['strong', 'moderate', 'preliminary'];

const none = (en: string, es: string): MatrixCell => ({
  grade: 'unsupported',
  basis: 'none',
  factIds: [],
  reason: { en, es },
});

export const EVIDENCE_MATRIX: Readonly<
  Record<MatrixStageId, Readonly<Record<ConditionId, MatrixCell>>>
> = {
  rest: {
    depression: {
      grade: 'preliminary',
      basis: 'animal',
      animalGrade: 'strong',
      factIds: ['pd.spines.modaSava'],
      reason: {
        en: 'In mice, stress removes spines and ketamine restores them; in patients this is inferred, not seen.',
        es: 'En ratones, el estrés elimina espinas y la ketamina las recupera; en pacientes se deduce, no se ha visto.',
      },
    },
    pain: none(
      'No data here on cortical spines in chronic pain.',
      'No hay datos aquí sobre espinas corticales en el dolor crónico.',
    ),
    anxiety: none(
      'No data here on synapse loss in anxiety.',
      'No hay datos aquí sobre pérdida de sinapsis en la ansiedad.',
    ),
    ocd: none(
      'No data here on synapse loss in OCD.',
      'No hay datos aquí sobre pérdida de sinapsis en el TOC.',
    ),
  },
  infusion: {
    depression: {
      grade: 'strong',
      basis: 'human',
      factIds: ['pk.dose.standard', 'eff.fava2020.dose', 'eff.kishimoto2016.trajectory'],
      reason: {
        en: '0.5 mg/kg over 40 min is the dose in almost all trials; in a dose-ranging trial 0.5 and 1.0 mg/kg beat an active placebo.',
        es: '0,5 mg/kg en 40 min es la dosis de casi todos los ensayos; en un ensayo de dosis, 0,5 y 1,0 mg/kg superaron a un placebo activo.',
      },
    },
    pain: {
      grade: 'moderate',
      basis: 'human',
      factIds: ['pain.cohen2018.guideline', 'pk.conc.analgesia'],
      reason: {
        en: 'Pain studies use longer infusions, over hours or days; the evidence is moderate for CRPS only.',
        es: 'Los estudios de dolor usan infusiones más largas, de horas o días; la evidencia es moderada solo para el SDRC.',
      },
    },
    anxiety: {
      grade: 'preliminary',
      basis: 'human',
      factIds: ['anx.taylor2018', 'anx.glue2017'],
      reason: {
        en: 'Small studies used the same 40-min IV dose, or injections under the skin.',
        es: 'Estudios pequeños usaron la misma dosis IV de 40 min o inyecciones subcutáneas.',
      },
    },
    ocd: {
      grade: 'preliminary',
      basis: 'human',
      factIds: ['ocd.rodriguez2013.response1wk', 'ocd.bloch2012'],
      reason: {
        en: 'Two small studies used the same 0.5 mg/kg, 40-min infusion, with mixed results.',
        es: 'Dos estudios pequeños usaron la misma infusión de 0,5 mg/kg en 40 min, con resultados dispares.',
      },
    },
  },
  'channel-block': {
    depression: {
      grade: 'moderate',
      basis: 'mixed',
      factIds: [
        'pd.nmda.bindingSite',
        'pd.nmda.singleChannel',
        'pd.enantiomers.affinity',
        'pd.hnk',
        'pd.hnk.contested',
      ],
      reason: {
        en: 'NMDA block is well shown in the lab; whether the block alone starts the antidepressant effect is still debated.',
        es: 'El bloqueo NMDA está bien demostrado en el laboratorio; si basta por sí solo para iniciar el efecto antidepresivo sigue en debate.',
      },
    },
    pain: {
      grade: 'moderate',
      basis: 'human',
      factIds: ['pain.windup.human', 'pain.windup.nmda'],
      reason: {
        en: 'In 6 volunteers a low dose cut wind-up, an NMDA-dependent build-up of pain signals in the spinal cord.',
        es: 'En 6 voluntarios, una dosis baja redujo el wind-up, una amplificación del dolor en la médula espinal que depende de NMDA.',
      },
    },
    anxiety: {
      grade: 'weak',
      basis: 'lab',
      factIds: ['pd.nmda.bindingSite'],
      reason: {
        en: 'The drug blocks NMDA channels, but no study here links that block to less anxiety.',
        es: 'El fármaco bloquea canales NMDA, pero ningún estudio aquí relaciona ese bloqueo con menos ansiedad.',
      },
    },
    ocd: {
      grade: 'weak',
      basis: 'lab',
      factIds: ['pd.nmda.bindingSite'],
      reason: {
        en: 'The drug blocks NMDA channels, but no study here links that block to fewer OCD symptoms.',
        es: 'El fármaco bloquea canales NMDA, pero ningún estudio aquí relaciona ese bloqueo con menos síntomas de TOC.',
      },
    },
  },
  disinhibition: {
    depression: {
      grade: 'moderate',
      basis: 'mixed',
      factIds: ['pd.disinhibition', 'pd.glutamate.microdialysis', 'pd.glutamate.human', 'pd.lhb'],
      reason: {
        en: 'A leading hypothesis from rat recordings (with MK-801, not ketamine); one small human scan fits it; rival ideas remain.',
        es: 'Una hipótesis destacada basada en registros en ratas (con MK-801, no ketamina); un pequeño estudio de imagen en personas la apoya; hay otras hipótesis.',
      },
    },
    pain: none(
      'For pain, the better-supported site is the spinal cord, not cortical disinhibition.',
      'Para el dolor, el lugar con más respaldo es la médula espinal, no la desinhibición cortical.',
    ),
    anxiety: none('Not studied in anxiety.', 'No se ha estudiado en la ansiedad.'),
    ocd: none('Not studied in OCD.', 'No se ha estudiado en el TOC.'),
  },
  'bdnf-trkb': {
    depression: {
      grade: 'moderate',
      basis: 'animal',
      factIds: ['pd.ampa.required', 'pd.bdnf.eef2'],
      reason: {
        en: 'Needed for the antidepressant-like effect in mice; human biomarker evidence was not checked.',
        es: 'Necesario para el efecto de tipo antidepresivo en ratones; la evidencia de biomarcadores en personas no se ha revisado.',
      },
    },
    pain: none(
      'No data here links BDNF to pain relief.',
      'No hay datos aquí que relacionen el BDNF con el alivio del dolor.',
    ),
    anxiety: none(
      'No data here links BDNF to less anxiety.',
      'No hay datos aquí que relacionen el BDNF con menos ansiedad.',
    ),
    ocd: none(
      'No data here links BDNF to OCD.',
      'No hay datos aquí que relacionen el BDNF con el TOC.',
    ),
  },
  mtor: {
    depression: {
      grade: 'moderate',
      basis: 'animal',
      factIds: ['pd.mtor.synapses', 'pd.bdnf.eef2'],
      reason: {
        en: 'In rats, blocking mTOR with rapamycin stopped both the new synapses and the behavioural effect.',
        es: 'En ratas, bloquear mTOR con rapamicina impidió tanto las sinapsis nuevas como el efecto en la conducta.',
      },
    },
    pain: none(
      'No data here links mTOR to pain relief.',
      'No hay datos aquí que relacionen mTOR con el alivio del dolor.',
    ),
    anxiety: none(
      'No data here links mTOR to less anxiety.',
      'No hay datos aquí que relacionen mTOR con menos ansiedad.',
    ),
    ocd: none(
      'No data here links mTOR to OCD.',
      'No hay datos aquí que relacionen mTOR con el TOC.',
    ),
  },
  spines: {
    depression: {
      grade: 'preliminary',
      basis: 'animal',
      animalGrade: 'strong',
      factIds: ['pd.spines.modaSava', 'pd.spines.duration', 'pd.mtor.synapses'],
      reason: {
        en: 'Strong in mice and rats (new spines from 12–24 h, lasting up to 2 weeks); no trial has shown new synapses in patients.',
        es: 'Sólida en ratones y ratas (espinas nuevas desde las 12–24 h, que duran hasta 2 semanas); ningún ensayo ha mostrado sinapsis nuevas en pacientes.',
      },
    },
    pain: none(
      'No data here links new cortical spines to pain relief.',
      'No hay datos aquí que relacionen espinas corticales nuevas con el alivio del dolor.',
    ),
    anxiety: none(
      'No data here links new spines to less anxiety.',
      'No hay datos aquí que relacionen espinas nuevas con menos ansiedad.',
    ),
    ocd: none(
      'No data here links new spines to OCD.',
      'No hay datos aquí que relacionen espinas nuevas con el TOC.',
    ),
  },
};

export function isMatrixStage(stageId: string): stageId is MatrixStageId {
  return (MATRIX_STAGE_IDS as readonly string[]).includes(stageId);
}

/** Conditions a stage bears on (grade strong, moderate or preliminary). Empty for other stages. */
export function conditionsForStage(stageId: string): ConditionId[] {
  if (!isMatrixStage(stageId)) return [];
  const row = EVIDENCE_MATRIX[stageId];
  return CONDITION_IDS.filter((c) => SUPPORTING_GRADES.includes(row[c].grade));
}

/** Mechanism stages a condition rests on, with their cells (for highlighting). */
export function stagesForCondition(
  condition: ConditionId,
): { stageId: MatrixStageId; cell: MatrixCell }[] {
  return MATRIX_STAGE_IDS.map((stageId) => ({
    stageId,
    cell: EVIDENCE_MATRIX[stageId][condition],
  })).filter(({ cell }) => SUPPORTING_GRADES.includes(cell.grade));
}
