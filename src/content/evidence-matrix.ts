// Evidence matrix (data/matrix.json, validated on load): each mechanism stage x condition ->
// grade, fact ids, one-line reason.
// `grade` is the strength for people where human data exist; `animalGrade` is set when the
// rodent evidence is stronger (e.g. spines -> depression: strong in rodents, preliminary in people).
import type { ConditionId } from '../story/structures';
import { CONDITION_IDS } from '../story/structures';
import raw from './data/matrix.json';
import { matrixSchema, parseData } from './schema';
import type { EvidenceGrade, GradeCriteria, LocalizedText } from './types';

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
  criteria?: GradeCriteria;
  factIds: readonly string[];
  reason: LocalizedText;
}

/** Grades that count as "this stage bears on this condition". */
export const SUPPORTING_GRADES: readonly EvidenceGrade[] = ['strong', 'moderate', 'preliminary'];

const DATA = parseData(matrixSchema, raw, 'matrix.json');

function rowFor(stageId: MatrixStageId): Readonly<Record<ConditionId, MatrixCell>> {
  const row = DATA[stageId];
  if (!row) throw new Error(`Bad science data file\nmatrix.json: ${stageId}: is missing`);
  return row;
}

export const EVIDENCE_MATRIX: Readonly<
  Record<MatrixStageId, Readonly<Record<ConditionId, MatrixCell>>>
> = {
  rest: rowFor('rest'),
  infusion: rowFor('infusion'),
  'channel-block': rowFor('channel-block'),
  disinhibition: rowFor('disinhibition'),
  'bdnf-trkb': rowFor('bdnf-trkb'),
  mtor: rowFor('mtor'),
  spines: rowFor('spines'),
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
