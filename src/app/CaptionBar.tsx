// The current stage's title and plain-language caption (its glossary terms explained where the
// mode has a glossary: ui/TermText).
import { useCurrentStage } from '../state/app-store';
import { useText } from '../i18n/use-text';
import { TermText } from '../ui/TermText';

export function CaptionBar() {
  const stage = useCurrentStage();
  const tr = useText();
  return (
    <section className="caption-bar" aria-labelledby="stage-title" data-stage={stage.id}>
      <h2 id="stage-title" data-testid="stage-title">
        {tr(stage.title)}
      </h2>
      <p className="caption" data-testid="stage-caption">
        <TermText text={tr(stage.caption)} />
      </p>
    </section>
  );
}
