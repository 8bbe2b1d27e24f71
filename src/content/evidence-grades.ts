// The evidence-grade scale shown beside every claim, in both languages.
import type { EvidenceGrade, LocalizedText } from './types';
import { EVIDENCE_GRADES } from './types';

export { EVIDENCE_GRADES };
export type { EvidenceGrade };

export interface GradeInfo {
  id: EvidenceGrade;
  label: LocalizedText;
  meaning: LocalizedText;
}

export const GRADES: Readonly<Record<EvidenceGrade, GradeInfo>> = {
  strong: {
    id: 'strong',
    label: { en: 'Strong', es: 'Sólida' },
    meaning: {
      en: 'Several randomised trials or meta-analyses agree.',
      es: 'Varios ensayos aleatorizados o metanálisis coinciden.',
    },
  },
  moderate: {
    id: 'moderate',
    label: { en: 'Moderate', es: 'Moderada' },
    meaning: {
      en: 'Good evidence with real limits: few trials, animal data only, or mixed human results.',
      es: 'Buena evidencia con límites reales: pocos ensayos, solo datos en animales o resultados humanos dispares.',
    },
  },
  preliminary: {
    id: 'preliminary',
    label: { en: 'Preliminary', es: 'Preliminar' },
    meaning: {
      en: 'An early signal from small, short or uncontrolled studies.',
      es: 'Una señal temprana de estudios pequeños, breves o sin grupo control.',
    },
  },
  weak: {
    id: 'weak',
    label: { en: 'Weak', es: 'Débil' },
    meaning: {
      en: 'Indirect or inconsistent evidence.',
      es: 'Evidencia indirecta o poco consistente.',
    },
  },
  unsupported: {
    id: 'unsupported',
    label: { en: 'Unsupported', es: 'Sin respaldo' },
    meaning: {
      en: 'No good evidence for it has been found.',
      es: 'No se ha encontrado buena evidencia a favor.',
    },
  },
  overstated: {
    id: 'overstated',
    label: { en: 'Overstated', es: 'Exagerada' },
    meaning: {
      en: 'Partly true, but the claim goes further than the data.',
      es: 'En parte cierta, pero la afirmación va más allá de los datos.',
    },
  },
  misleading: {
    id: 'misleading',
    label: { en: 'Misleading', es: 'Engañosa' },
    meaning: {
      en: 'The wording leads to a false belief, even if parts are accurate.',
      es: 'La forma de decirlo lleva a una idea falsa, aunque haya partes exactas.',
    },
  },
  contradicted: {
    id: 'contradicted',
    label: { en: 'Contradicted', es: 'Contradicha' },
    meaning: {
      en: 'The evidence shows otherwise.',
      es: 'La evidencia muestra lo contrario.',
    },
  },
};

/** Order from most to least supportive (for sorting and colour ramps). */
export function gradeRank(grade: EvidenceGrade): number {
  return EVIDENCE_GRADES.indexOf(grade);
}

export { MARKETING_CLAIMS, type MarketingClaim } from './marketing-claims';
