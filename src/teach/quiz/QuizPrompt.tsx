// Under a mechanism stage: "Check your understanding" (explore) or "Ask the class" (present)
// when the stage has questions. Never in kiosk mode. Loaded lazily with the questions.
// In explore mode the questions are also offered by themselves when the playing story moves on
// from a stage that has them (./quiz-offer): a polite line with "Answer" and "Not now" that
// neither pauses the story nor takes the focus.
import { lazy, useEffect, useState } from 'react';
import { useApp, useCurrentStage } from '../../state/app-store';
import { modePolicy } from '../../state/mode-policy';
import { visibleStages } from '../../state/store';
import { TEACH_STRINGS as S } from '../../i18n/strings/teach';
import { useText } from '../../i18n/use-text';
import { questionsFor } from './quiz-store';
import { watchStageEnds } from './quiz-offer';
import { LazyPart } from '../../ui/LazyPart';

const QuizDialog = lazy(() => import('./QuizDialog'));
const ClassDialog = lazy(() => import('./ClassDialog').then((m) => ({ default: m.ClassDialog })));

export default function QuizPrompt() {
  const tr = useText();
  const stage = useCurrentStage();
  const mode = useApp((s) => s.mode);
  const story = useApp((s) => s.story);
  const [open, setOpen] = useState<string | null>(null);
  // "Ask the class" is shared by both present-mode windows (app state, kept in sync)
  const asked = useApp((s) => s.classQuestion);
  const [offer, setOffer] = useState<string | null>(null);
  const count = questionsFor(stage.id).length;
  const variant = modePolicy(mode).questions;
  useEffect(() => {
    if (variant !== 'student') return undefined;
    const offered = new Set<string>();
    return watchStageEnds((stageId) => {
      if (offered.has(stageId) || questionsFor(stageId).length === 0) return;
      offered.add(stageId);
      setOffer(stageId);
    });
  }, [variant]);
  if (variant === null) return null;
  const offered = offer === null ? undefined : visibleStages(story).find((s) => s.id === offer);
  return (
    <>
      {count > 0 ? (
        <button
          type="button"
          className="quiz-prompt-button"
          onClick={() =>
            variant === 'class'
              ? useApp.getState().setClassQuestion({ stageId: stage.id, index: 0, revealed: false })
              : setOpen(stage.id)
          }
          data-testid="quiz-open"
        >
          {tr(variant === 'class' ? S.askClass : S.checkUnderstanding)} ({count})
        </button>
      ) : null}
      <p role="status" className="quiz-offer" data-testid="quiz-offer">
        {offered ? (
          <>
            <span>{tr(S.quizOffer, { title: tr(offered.title) })}</span>{' '}
            <button
              type="button"
              onClick={() => {
                useApp.getState().setPlaying(false);
                setOpen(offered.id);
                setOffer(null);
              }}
              data-testid="quiz-offer-yes"
            >
              {tr(S.quizOfferYes)}
            </button>{' '}
            <button type="button" onClick={() => setOffer(null)} data-testid="quiz-offer-no">
              {tr(S.quizOfferNo)}
            </button>
          </>
        ) : null}
      </p>
      {open !== null ? (
        <LazyPart>
          <QuizDialog stageId={open} onClose={() => setOpen(null)} />
        </LazyPart>
      ) : null}
      {variant === 'class' && asked?.stageId === stage.id ? (
        <LazyPart>
          <ClassDialog
            stageId={stage.id}
            onClose={() => useApp.getState().setClassQuestion(null)}
          />
        </LazyPart>
      ) : null}
    </>
  );
}
