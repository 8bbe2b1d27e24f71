// The evidence-grade scale shown beside every claim, and the criteria behind a grade, in both
// languages (data/grades.json, checked when built).
import DATA from 'virtual:checked/grades';
import type { EvidenceGrade, GradeCriteria, LocalizedText } from './types';
import { EVIDENCE_GRADES } from './types';

export { EVIDENCE_GRADES };
export type { EvidenceGrade };

export interface GradeInfo {
  id: EvidenceGrade;
  label: LocalizedText;
  meaning: LocalizedText;
}

export interface CriterionInfo {
  id: keyof GradeCriteria;
  label: LocalizedText;
  question: LocalizedText;
}

export const GRADES: Readonly<Record<EvidenceGrade, GradeInfo>> = DATA.grades;

/** The questions asked of the evidence before a grade is given, in display order. */
export const GRADE_CRITERIA: readonly CriterionInfo[] = DATA.criteria as CriterionInfo[];

/** Order from most to least supportive (for sorting and colour ramps). */
export function gradeRank(grade: EvidenceGrade): number {
  return EVIDENCE_GRADES.indexOf(grade);
}

export { MARKETING_CLAIMS, type MarketingClaim } from './marketing-claims';
