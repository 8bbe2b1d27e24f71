// Public API of the science content. Import from 'src/content', not from the files inside.
export * from './types';
export {
  BIBLIOGRAPHY,
  SOURCE_LIST,
  getSource,
  hasFullCitation,
  isJournalKind,
  formatCitation,
} from './bibliography';
export { FACTS, FACT_LIST, getFact, isFromMemory, shownFact, FROM_MEMORY_IDS } from './facts';
export {
  GRADES,
  GRADE_CRITERIA,
  gradeRank,
  type GradeInfo,
  type CriterionInfo,
} from './evidence-grades';
export { HYPOTHESES, type Hypothesis } from './hypotheses';
export { SCIENCE_LAST_REVIEWED, SCIENCE_CHANGES, type ReviewChange } from './review';
export { MARKETING_CLAIMS, type MarketingClaim } from './marketing-claims';
export * from './outcomes';
export {
  EVIDENCE_MATRIX,
  MATRIX_STAGE_IDS,
  SUPPORTING_GRADES,
  conditionsForStage,
  stagesForCondition,
  isMatrixStage,
  matrixRow,
  type MatrixRow,
  type MatrixCell,
  type MatrixStageId,
} from './evidence-matrix';
export { resolveEvidence, type EvidenceResolution } from './resolve-evidence';
export { checkStoryEvidence, MODEL_RANGE_MIN } from './check-story-evidence';
