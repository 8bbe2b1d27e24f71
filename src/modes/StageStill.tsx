// A still of one stage for the presenter's next-stage preview and the handout pages: the
// storyboard's 2D picture of the stage (no second WebGL scene).
import type { Stage } from '../story/schema';
import type { ConditionId } from '../story/structures';
import { MODES_STRINGS as M } from '../i18n/strings/modes';
import { useText } from '../i18n/use-text';
import { StagePicture } from '../storyboard/StagePicture';
import '../storyboard/storyboard.css';

interface Props {
  stage: Stage;
  /** 1-based position in the story */
  n: number;
  /** the chosen condition, for the stage that draws one per condition */
  condition?: ConditionId | null;
}

export function StageStill({ stage, n, condition = null }: Props) {
  const tr = useText();
  return (
    <figure className="stage-still" data-testid="stage-still" data-stage={stage.id}>
      <StagePicture
        stage={stage}
        condition={condition}
        label={tr(M.stillOf, { n, title: tr(stage.title) })}
        tr={tr}
      />
    </figure>
  );
}
