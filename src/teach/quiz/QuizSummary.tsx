// Every question of the story with the answer given on this page (if any) and a way back to
// the scene; the score; and the promise that nothing left the page.
import { QUESTIONS, useQuiz } from './quiz-store';
import type { Question } from './quiz-data';
import { bundledStory } from '../../state/app-store';
import { TEACH_STRINGS as S } from '../../i18n/strings/teach';
import { useText } from '../../i18n/use-text';

export function QuizSummary({ onShowInScene }: { onShowInScene(q: Question): void }) {
  const tr = useText();
  const answers = useQuiz((s) => s.answers);
  const answered = QUESTIONS.filter((q) => answers[q.id] !== undefined);
  const right = answered.filter((q) => q.choices[answers[q.id] ?? -1]?.correct).length;
  const stageTitle = (id: string) => bundledStory.stages.find((s) => s.id === id)?.title;
  return (
    <div className="quiz-summary" data-testid="quiz-summary-view">
      <p data-testid="quiz-score">
        {tr(S.summaryScore, { right, answered: answered.length, total: QUESTIONS.length })}
      </p>
      <ol>
        {QUESTIONS.map((q) => {
          const given = answers[q.id];
          const ok = given !== undefined && q.choices[given]?.correct === true;
          const title = stageTitle(q.stage);
          return (
            <li key={q.id} data-question={q.id}>
              {title ? <span className="quiz-summary-stage">{tr(title)}: </span> : null}
              {tr(q.prompt)}{' '}
              <strong>
                {given === undefined ? `(${tr(S.notAnswered)})` : tr(ok ? S.correct : S.notQuite)}
              </strong>{' '}
              <button type="button" className="quiz-summary-link" onClick={() => onShowInScene(q)}>
                {tr(S.showInScene)}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="quiz-private">{tr(S.summaryPrivate)}</p>
      <button type="button" onClick={() => useQuiz.getState().reset()}>
        {tr(S.startAgain)}
      </button>
    </div>
  );
}
