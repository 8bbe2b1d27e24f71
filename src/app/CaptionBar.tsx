// The current stage's title and plain-language caption.
import { useApp, useCurrentStage } from '../state/app-store';
import { modePolicy } from '../state/mode-policy';
import { useText } from '../i18n/use-text';
import { lazy, Suspense } from 'react';
import { useSwipe } from './use-swipe';

// teach (issue 14): glossary terms in the caption, loaded after the first paint
const GlossaryText = lazy(() =>
  import('../teach/glossary/GlossaryText').then((m) => ({ default: m.GlossaryText })),
);

export function CaptionBar() {
  const stage = useCurrentStage();
  const tr = useText();
  const glossary = useApp((s) => modePolicy(s.mode).glossary);
  // a swipe on the stage text moves between stages (not in the kiosk, which nobody drives)
  const swipe = useSwipe(
    useApp((s) => modePolicy(s.mode).fullControls)
      ? (d) => (d > 0 ? useApp.getState().next() : useApp.getState().previous())
      : null,
  );
  return (
    <section className="caption-bar" aria-labelledby="stage-title" data-stage={stage.id} {...swipe}>
      <h2 id="stage-title" data-testid="stage-title">
        {tr(stage.title)}
      </h2>
      <p className="caption" data-testid="stage-caption">
        {glossary ? (
          <Suspense fallback={tr(stage.caption)}>
            <GlossaryText text={tr(stage.caption)} />
          </Suspense>
        ) : (
          tr(stage.caption)
        )}
      </p>
    </section>
  );
}
