// A still of one stage for the presenter's next-stage preview and the handout pages: no
// second WebGL scene. Until the storyboard exports a picture per stage, a clean text card.
import type { Stage } from '../story/schema';
import { MODES_STRINGS as M } from '../i18n/strings/modes';
import { useText } from '../i18n/use-text';

interface Props {
  stage: Stage;
  /** 1-based position in the story */
  n: number;
  /** the text card repeats the caption (off where the caption is printed beside it) */
  withCaption?: boolean;
}

export function StageStill({ stage, n, withCaption = true }: Props) {
  const tr = useText();
  return (
    <figure
      className="stage-still stage-still-card"
      data-testid="stage-still"
      data-stage={stage.id}
      role="img"
      aria-label={tr(M.stillOf, { n, title: tr(stage.title) })}
    >
      <span className="still-number" aria-hidden="true">
        {n}
      </span>
      <span className="still-title" aria-hidden="true">
        {tr(stage.title)}
      </span>
      {withCaption && (
        <span className="still-caption" aria-hidden="true">
          {tr(stage.caption)}
        </span>
      )}
    </figure>
  );
}
