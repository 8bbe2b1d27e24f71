// Under a mechanism stage: "Check your understanding" (explore) or "Ask the class" (present)
// when the stage has questions. Never in kiosk mode. Loaded lazily with the questions.
import { lazy, Suspense, useState } from 'react';
import { useApp, useCurrentStage } from '../../state/app-store';
import { modePolicy } from '../../state/mode-policy';
import { TEACH_STRINGS as S } from '../../i18n/strings/teach';
import { useText } from '../../i18n/use-text';
import { questionsFor } from './quiz-store';

const QuizDialog = lazy(() => import('./QuizDialog'));

export default function QuizPrompt() {
  const tr = useText();
  const stage = useCurrentStage();
  const mode = useApp((s) => s.mode);
  const [open, setOpen] = useState<string | null>(null);
  const count = questionsFor(stage.id).length;
  const variant = modePolicy(mode).questions;
  if (variant === null) return null;
  return (
    <>
      {count > 0 ? (
        <button
          type="button"
          className="quiz-prompt-button"
          onClick={() => setOpen(stage.id)}
          data-testid="quiz-open"
        >
          {tr(variant === 'class' ? S.askClass : S.checkUnderstanding)} ({count})
        </button>
      ) : null}
      {open !== null ? (
        <Suspense fallback={null}>
          <QuizDialog stageId={open} variant={variant} onClose={() => setOpen(null)} />
        </Suspense>
      ) : null}
    </>
  );
}
