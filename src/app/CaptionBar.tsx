// The current stage's title and plain-language caption (its glossary terms explained where the
// mode has a glossary: ui/TermText). A swipe on it moves between stages (app/use-swipe).
import { useApp, useCurrentStage } from '../state/app-store';
import { modePolicy } from '../state/mode-policy';
import { useText } from '../i18n/use-text';
import { TermText } from '../ui/TermText';
import { useSwipe } from './use-swipe';

export function CaptionBar() {
  const stage = useCurrentStage();
  const tr = useText();
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
        <TermText text={tr(stage.caption)} />
      </p>
    </section>
  );
}
