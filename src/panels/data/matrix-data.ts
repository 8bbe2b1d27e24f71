// The evidence matrix as the panel shows it: mechanism stages × conditions, with which cells
// are highlighted for the current stage and the chosen condition. Pure.
import {
  MATRIX_STAGE_IDS,
  matrixRow,
  SUPPORTING_GRADES,
  type MatrixCell,
  type MatrixStageId,
} from '../../content/evidence-matrix';
import type { Story } from '../../story/schema';
import { CONDITION_IDS, type ConditionId } from '../../story/structures';

export interface MatrixRowView {
  stageId: MatrixStageId;
  /** index among the visible stages (for goToStage), or -1 if the story hides it */
  stageIndex: number;
  isCurrent: boolean;
  cells: MatrixCellView[];
}

export interface MatrixCellView {
  condition: ConditionId;
  cell: MatrixCell;
  /** the grade supports the link (strong, moderate or preliminary) */
  supports: boolean;
  /** highlighted because its condition is chosen and it supports it */
  restsOn: boolean;
  inSelectedColumn: boolean;
}

export function supports(cell: MatrixCell): boolean {
  return SUPPORTING_GRADES.includes(cell.grade);
}

export function matrixView(
  visibleStages: Story['stages'],
  currentStageId: string,
  selected: ConditionId | null,
): MatrixRowView[] {
  return MATRIX_STAGE_IDS.map((stageId) => {
    const row = matrixRow(stageId);
    return {
      stageId,
      stageIndex: visibleStages.findIndex((s) => s.id === stageId),
      isCurrent: stageId === currentStageId,
      cells: CONDITION_IDS.map((condition) => {
        const cell = row[condition];
        const ok = supports(cell);
        return {
          condition,
          cell,
          supports: ok,
          restsOn: selected === condition && ok,
          inSelectedColumn: selected === condition,
        };
      }),
    };
  });
}

/** How many mechanism stages each condition rests on. */
export function stageCounts(): Record<ConditionId, number> {
  const out = { depression: 0, pain: 0, anxiety: 0, ocd: 0 } as Record<ConditionId, number>;
  for (const stageId of MATRIX_STAGE_IDS) {
    for (const c of CONDITION_IDS) if (supports(matrixRow(stageId)[c])) out[c] += 1;
  }
  return out;
}

/** Every fact id the matrix cites (for its sources). */
export function matrixFactIds(): string[] {
  const ids = new Set<string>();
  for (const stageId of MATRIX_STAGE_IDS) {
    for (const c of CONDITION_IDS) for (const f of matrixRow(stageId)[c].factIds) ids.add(f);
  }
  return [...ids];
}

/** Toggle: choosing the chosen condition again clears the choice. */
export function nextCondition(
  current: ConditionId | null,
  clicked: ConditionId,
): ConditionId | null {
  return current === clicked ? null : clicked;
}
