// Evidence matrix (data/matrix.json, checked when built): each mechanism stage x condition ->
// grade, fact ids, one-line reason.
// `grade` is the strength for people where human data exist; `animalGrade` is set when the
// rodent evidence is stronger (e.g. spines -> depression: strong in rodents, preliminary in people).
import type { ConditionId } from '../story/structures';
import { CONDITION_IDS } from '../story/structures';
import DATA from 'virtual:checked/matrix';
import type { EvidenceGrade, GradeCriteria, LocalizedText } from './types';

/** A story stage that has a row in the matrix (the rows are keyed by stage id in matrix.json). */
export type MatrixStageId = string;

export interface MatrixCell {
  grade: EvidenceGrade;
  /** where the evidence comes from */
  basis: 'human' | 'animal' | 'lab' | 'mixed' | 'none';
  animalGrade?: EvidenceGrade;
  criteria?: GradeCriteria;
  factIds: readonly string[];
  reason: LocalizedText;
}

/** Grades that count as "this stage bears on this condition". */
export const SUPPORTING_GRADES: readonly EvidenceGrade[] = ['strong', 'moderate', 'preliminary'];

/** The mechanism stages (the matrix rows), in the order of matrix.json: the data says which
 * stages have evidence rows, so a new stage needs a row there, not a code change. */
export const MATRIX_STAGE_IDS: readonly MatrixStageId[] = Object.keys(DATA);

export type MatrixRow = Readonly<Record<ConditionId, MatrixCell>>;

export const EVIDENCE_MATRIX: ReadonlyMap<MatrixStageId, MatrixRow> = new Map(Object.entries(DATA));

export function isMatrixStage(stageId: string): stageId is MatrixStageId {
  return EVIDENCE_MATRIX.has(stageId);
}

/** The row of a mechanism stage; throws for a stage without one (check isMatrixStage first). */
export function matrixRow(stageId: MatrixStageId): MatrixRow {
  const row = EVIDENCE_MATRIX.get(stageId);
  if (!row) throw new Error(`Bad science data file\nmatrix.json: ${stageId}: is missing`);
  return row;
}

/** Conditions a stage bears on (grade strong, moderate or preliminary). Empty for other stages. */
export function conditionsForStage(stageId: string): ConditionId[] {
  const row = EVIDENCE_MATRIX.get(stageId);
  if (!row) return [];
  return CONDITION_IDS.filter((c) => SUPPORTING_GRADES.includes(row[c].grade));
}

/** Mechanism stages a condition rests on, with their cells (for highlighting). */
export function stagesForCondition(
  condition: ConditionId,
): { stageId: MatrixStageId; cell: MatrixCell }[] {
  return MATRIX_STAGE_IDS.map((stageId) => ({
    stageId,
    cell: matrixRow(stageId)[condition],
  })).filter(({ cell }) => SUPPORTING_GRADES.includes(cell.grade));
}
