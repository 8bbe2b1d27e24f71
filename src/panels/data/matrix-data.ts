// The evidence matrix as the panel shows it: mechanism stages × conditions, with which cells
// are highlighted for the current stage and the chosen condition. Pure.
import {
  MATRIX_STAGE_IDS,
  matrixRow,
  SUPPORTING_GRADES,
  type MatrixCell,
  type MatrixStageId,
} from '../../content/evidence-matrix';
import { GRADES } from '../../content/evidence-grades';
import { localize, type DisplayLang, type LocalizedText } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import type { Story } from '../../story/schema';
import { CONDITION_IDS, type ConditionId } from '../../story/structures';
import type { TableSpec } from '../chart/DataTable';
import { CONDITION_LABELS } from './conditions';
import { t } from './figure-model';

export const BASIS_LABELS: Readonly<Record<MatrixCell['basis'], LocalizedText>> = {
  human: S.basisHuman,
  animal: S.basisAnimal,
  lab: S.basisLab,
  mixed: S.basisMixed,
  none: S.basisNone,
};

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

/** A matrix stage's title in the story, else its id. */
export function matrixStageTitle(stages: Story['stages'], id: string, lang: DisplayLang): string {
  const stage = stages.find((s) => s.id === id);
  return stage ? localize(stage.title, lang) : id;
}

/** The grade a cell shows: "No data" where there is no evidence at all. */
export function cellGradeText(cell: MatrixCell, lang: DisplayLang): string {
  return cell.basis === 'none' ? t(S.noData, lang) : t(GRADES[cell.grade].label, lang);
}

/**
 * The matrix as a table: one row per stage as on the page; the CSV has one row per stage and
 * condition, with the grade, the basis, any stronger grade in animals and the reason.
 */
export function matrixTable(stages: Story['stages'], lang: DisplayLang): TableSpec {
  const title = (id: string) => matrixStageTitle(stages, id, lang);
  const animal = (cell: MatrixCell) =>
    cell.animalGrade ? t(GRADES[cell.animalGrade].label, lang) : null;
  return {
    caption: t(S.matrixCaption, lang),
    columns: [
      { key: 'stage', label: t(S.colStage, lang) },
      ...CONDITION_IDS.map((c) => ({ key: c, label: t(CONDITION_LABELS[c], lang) })),
    ],
    rows: MATRIX_STAGE_IDS.map((stageId) => {
      const row = matrixRow(stageId);
      return {
        key: stageId,
        cells: [
          title(stageId),
          ...CONDITION_IDS.map((c) => {
            const a = animal(row[c]);
            const grade = cellGradeText(row[c], lang);
            return a ? `${grade} (${t(S.animalGrade, lang, { grade: a })})` : grade;
          }),
        ],
      };
    }),
    csv: {
      header: [
        t(S.colStage, lang),
        t(S.conditionPicker, lang),
        t(S.colGrade, lang),
        t(S.csvEvidenceBasis, lang),
        t(S.csvAnimalGrade, lang),
        t(S.csvReason, lang),
      ],
      rows: MATRIX_STAGE_IDS.flatMap((stageId) =>
        CONDITION_IDS.map((c) => {
          const cell = matrixRow(stageId)[c];
          return [
            title(stageId),
            t(CONDITION_LABELS[c], lang),
            cellGradeText(cell, lang),
            t(BASIS_LABELS[cell.basis], lang),
            animal(cell),
            t(cell.reason, lang),
          ];
        }),
      ),
    },
  };
}
