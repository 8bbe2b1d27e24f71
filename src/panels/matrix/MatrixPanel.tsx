// Panel "matrix": mechanism stages × conditions, each cell an evidence grade. Choosing a
// condition (store.selectCondition) lights up the stages it rests on; choosing a stage
// (store.goToStage) moves the scene there and highlights its row. Both ways, via the store.
import { useMemo } from 'react';
import { GRADES, EVIDENCE_GRADES } from '../../content/evidence-grades';
import type { MatrixCell } from '../../content/evidence-matrix';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useLang, useText } from '../../i18n/use-text';
import { useApp, useCurrentStage } from '../../state/app-store';
import { visibleStages } from '../../state/store';
import { GradeChip } from '../chart/GradeChip';
import { Sources } from '../chart/Sources';
import { CONDITION_LABELS, CONDITION_ORDER } from '../data/conditions';
import {
  BASIS_LABELS,
  cellGradeText,
  matrixFactIds,
  matrixStageTitle,
  matrixTable,
  matrixView,
  nextCondition,
  stageCounts,
} from '../data/matrix-data';
import { sourcesForFacts } from '../data/sources';
import { overrideFor } from '../panel-choice';
import { FigureDownloads } from '../export/FigureDownloads';

/**
 * Moves the story to a stage and keeps the matrix on screen (goToStage alone would switch the
 * panel to the new stage's own chart), so people can click back and forth.
 */
export function goToStageKeepingMatrix(index: number): void {
  const app = useApp.getState();
  app.goToStage(index);
  const stage = visibleStages(app.story)[index];
  if (stage) app.showPanel(overrideFor('matrix', stage.panel));
}

export function MatrixPanel() {
  const tr = useText();
  const lang = useLang();
  const story = useApp((s) => s.story);
  const selected = useApp((s) => s.selectedCondition);
  const stage = useCurrentStage();
  const stages = visibleStages(story);
  const rows = matrixView(stages, stage.id, selected);
  const allSources = useMemo(() => sourcesForFacts(matrixFactIds()), []);
  const table = useMemo(() => matrixTable(story.stages, lang), [story.stages, lang]);
  const counts = stageCounts();
  const stageTitle = (id: string) => matrixStageTitle(story.stages, id, lang);
  const gradeText = (cell: MatrixCell) => cellGradeText(cell, lang);

  const currentRow = rows.find((r) => r.isCurrent);
  const currentCell = currentRow?.cells.find((c) => c.inSelectedColumn);
  const summary = tr(S.matrixSummary, { total: rows.length, ...counts });

  return (
    <div className="panel panel-matrix" data-testid="panel-matrix">
      <p className="panel-intro">{tr(S.matrixHint)}</p>
      <figure className="pfig" data-figure="matrix">
        <div className="matrix-wrap">
          <table className="matrix-table" data-testid="evidence-matrix">
            <caption>{tr(S.matrixCaption)}</caption>
            <thead>
              <tr>
                <th scope="col">{tr(S.colStage)}</th>
                {CONDITION_ORDER.map((c) => (
                  <th key={c} scope="col" className={selected === c ? 'is-selected' : undefined}>
                    <button
                      type="button"
                      className="matrix-condition"
                      aria-pressed={selected === c}
                      aria-label={tr(S.conditionAria, { condition: tr(CONDITION_LABELS[c]) })}
                      data-condition={c}
                      onClick={() => useApp.getState().selectCondition(nextCondition(selected, c))}
                    >
                      {tr(CONDITION_LABELS[c])}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.stageId}
                  data-stage={row.stageId}
                  className={row.isCurrent ? 'is-current' : undefined}
                  aria-current={row.isCurrent ? 'step' : undefined}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="matrix-stage"
                      disabled={row.stageIndex < 0}
                      aria-label={tr(S.stageAria, { stage: stageTitle(row.stageId) })}
                      data-stage-button={row.stageId}
                      onClick={() => goToStageKeepingMatrix(row.stageIndex)}
                    >
                      {stageTitle(row.stageId)}
                    </button>
                  </th>
                  {row.cells.map((c) => (
                    <td
                      key={c.condition}
                      data-condition={c.condition}
                      data-grade={c.cell.basis === 'none' ? 'none' : c.cell.grade}
                      className={[
                        'matrix-cell',
                        c.inSelectedColumn ? 'is-selected' : '',
                        c.restsOn ? 'rests-on' : '',
                        c.supports ? 'supports' : 'no-support',
                      ]
                        .filter(Boolean)
                        .join(' ')}
                    >
                      <button
                        type="button"
                        className="matrix-cell-button"
                        onClick={() => {
                          if (row.stageIndex >= 0) goToStageKeepingMatrix(row.stageIndex);
                          useApp.getState().selectCondition(c.condition);
                        }}
                      >
                        {/* The name is the visible text, with stage and condition for
                            screen readers around it. */}
                        <span className="visually-hidden">
                          {stageTitle(row.stageId)}, {tr(CONDITION_LABELS[c.condition])}:{' '}
                        </span>
                        {c.cell.basis === 'none' ? (
                          <span className="grade grade-none">{tr(S.noData)}</span>
                        ) : (
                          <GradeChip grade={c.cell.grade} />
                        )}
                        <span className="visually-hidden">
                          {' '}
                          ({tr(S.evidenceBasis, { basis: tr(BASIS_LABELS[c.cell.basis]) })})
                        </span>
                        {c.cell.animalGrade ? (
                          <span className="matrix-animal">
                            {tr(S.animalGrade, { grade: tr(GRADES[c.cell.animalGrade].label) })}
                          </span>
                        ) : null}
                      </button>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <figcaption>
          <p className="pfig-summary" data-testid="figure-summary">
            {summary}
          </p>
          <details className="pfig-sources">
            <summary>
              {tr(S.sourcesLabel)} {allSources.length}
            </summary>
            <Sources sources={allSources} />
          </details>
          <FigureDownloads
            id="matrix"
            title={tr(S.titleMatrix)}
            table={table}
            sources={allSources}
            kinds={['csv']}
          />
        </figcaption>
      </figure>

      <section className="matrix-detail" aria-live="polite" data-testid="matrix-detail">
        {currentRow ? (
          <p>
            <strong>{stageTitle(currentRow.stageId)}</strong>{' '}
            {tr(S.stageBearsOn, {
              list:
                currentRow.cells
                  .filter((c) => c.supports)
                  .map((c) => `${tr(CONDITION_LABELS[c.condition])} (${gradeText(c.cell)})`)
                  .join(', ') || tr(S.noData),
            })}
          </p>
        ) : (
          <p>{tr(S.stageBearsOnNone)}</p>
        )}
        {selected ? (
          <p data-testid="rests-on">
            {tr(S.restsOnList, {
              condition: tr(CONDITION_LABELS[selected]),
              list: rows
                .filter((r) => r.cells.find((c) => c.condition === selected)?.supports)
                .map((r) => stageTitle(r.stageId))
                .join(', '),
            })}{' '}
            <button
              type="button"
              className="chip-button"
              onClick={() => useApp.getState().selectCondition(null)}
            >
              {tr(S.showAllConditions)}
            </button>
          </p>
        ) : null}
        {currentRow && currentCell ? (
          <div className="matrix-cell-detail" data-testid="matrix-cell-detail">
            <h3 className="pfig-subhead">
              {tr(S.cellDetailTitle, {
                stage: stageTitle(currentRow.stageId),
                condition: tr(CONDITION_LABELS[currentCell.condition]),
              })}{' '}
              {currentCell.cell.basis === 'none' ? (
                <span className="grade grade-none">{tr(S.noData)}</span>
              ) : (
                <GradeChip grade={currentCell.cell.grade} />
              )}
            </h3>
            <p>{tr(currentCell.cell.reason)}</p>
            <Sources sources={sourcesForFacts(currentCell.cell.factIds)} />
          </div>
        ) : null}
      </section>

      <details className="grade-key">
        <summary>{tr(S.gradesMeaning)}</summary>
        <dl>
          {EVIDENCE_GRADES.map((g) => (
            <div key={g}>
              <dt>
                <GradeChip grade={g} />
              </dt>
              <dd>{tr(GRADES[g].meaning)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}

export default MatrixPanel;
