// "Check your understanding" (explore): the current stage's questions one at a time, then a
// summary of every answer given on this page; "Ask the class" (present) is ./ClassDialog.
import { useState } from 'react';
import { TeachDialog } from '../TeachDialog';
import { QuestionCard } from './QuestionCard';
import { QuizSummary } from './QuizSummary';
import { questionsFor } from './quiz-store';
import type { Question } from './quiz-data';
import { useApp } from '../../state/app-store';
import { visibleStages } from '../../state/store';
import { seekTo } from '../../state/playback-loop';
import { TEACH_STRINGS as S } from '../../i18n/strings/teach';
import { useText } from '../../i18n/use-text';

interface Props {
  stageId: string;
  onClose(): void;
}

/** Goes to the stage and the moment in it that shows the answer, paused there. */
export function showInScene(question: Question): void {
  const app = useApp.getState();
  const index = visibleStages(app.story).findIndex((s) => s.id === question.stage);
  if (index < 0) return;
  app.setPlaying(false);
  seekTo(index, question.moment);
}

export default function QuizDialog({ stageId, onClose }: Props) {
  const tr = useText();
  const questions = questionsFor(stageId);
  const [index, setIndex] = useState(0);
  const [summary, setSummary] = useState(false);
  const question = questions[index];
  const last = index >= questions.length - 1;
  const toScene = (q: Question) => {
    onClose();
    showInScene(q);
  };

  return (
    <TeachDialog
      title={tr(summary ? S.summaryTitle : S.checkUnderstanding)}
      onClose={onClose}
      testId="quiz-dialog"
    >
      {summary || !question ? (
        <QuizSummary onShowInScene={toScene} />
      ) : (
        <>
          <QuestionCard
            key={question.id}
            question={question}
            n={index + 1}
            total={questions.length}
            onShowInScene={toScene}
          />
          <div className="quiz-nav">
            {last ? (
              <button type="button" onClick={() => setSummary(true)} data-testid="quiz-summary">
                {tr(S.seeSummary)}
              </button>
            ) : (
              <button type="button" onClick={() => setIndex(index + 1)} data-testid="quiz-next">
                {tr(S.nextQuestion)}
              </button>
            )}
          </div>
        </>
      )}
    </TeachDialog>
  );
}
