// Present mode's "Ask the class": one of the stage's questions at a time, large, for the
// projector. Which question shows and whether its answer is revealed is app state
// (classQuestion), which the presenter window and the projected window share (modes/sync): the
// lecturer asks, reveals and moves on from either, and the projector shows it.
import { TeachDialog } from '../TeachDialog';
import { ClassQuestion } from './ClassQuestion';
import { questionsFor } from './quiz-store';
import { useApp } from '../../state/app-store';
import { TEACH_STRINGS as S } from '../../i18n/strings/teach';
import { useText } from '../../i18n/use-text';

export function ClassDialog({ stageId, onClose }: { stageId: string; onClose(): void }) {
  const tr = useText();
  const questions = questionsFor(stageId);
  const asked = useApp((s) => s.classQuestion);
  const index = Math.min(asked?.index ?? 0, Math.max(0, questions.length - 1));
  const revealed = asked?.revealed ?? false;
  const question = questions[index];
  const show = (next: number, reveal: boolean) =>
    useApp.getState().setClassQuestion({ stageId, index: next, revealed: reveal });
  return (
    <TeachDialog title={tr(S.askClass)} onClose={onClose} testId="class-dialog" wide>
      {question ? (
        <ClassQuestion
          key={question.id}
          question={question}
          n={index + 1}
          total={questions.length}
          revealed={revealed}
          onReveal={() => show(index, true)}
        />
      ) : null}
      {index < questions.length - 1 ? (
        <button type="button" onClick={() => show(index + 1, false)} data-testid="quiz-next">
          {tr(S.nextQuestion)}
        </button>
      ) : null}
    </TeachDialog>
  );
}
