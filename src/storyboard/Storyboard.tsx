// 2D storyboard for devices without WebGL: the current stage as a picture with its text, and
// every stage as a small picture to jump to. The panels beside it keep working.
import { SCENE_STRINGS as S } from '../i18n/strings/scene';
import { useText } from '../i18n/use-text';
import { useApp, useCurrentStage } from '../state/app-store';
import { visibleStages } from '../state/store';
import { StagePicture } from './StagePicture';
import { TermText } from '../ui/TermText';
import './storyboard.css';

export function Storyboard() {
  const stage = useCurrentStage();
  const tr = useText();
  const story = useApp((s) => s.story);
  const stageIndex = useApp((s) => s.stageIndex);
  const condition = useApp((s) => s.selectedCondition);
  const stages = visibleStages(story);
  return (
    <section
      className="storyboard"
      data-testid="storyboard"
      data-stage={stage.id}
      aria-label={tr(S.storyboardTitle)}
    >
      <figure className="sb-current">
        <StagePicture stage={stage} condition={condition} label={tr(stage.title)} tr={tr} />
        {/* scrolls when the text is longer than the picture is high: focusable for keyboards */}
        <figcaption tabIndex={0}>
          <strong>{tr(stage.title)}</strong>
          <span>
            <TermText text={tr(stage.explanation)} />
          </span>
        </figcaption>
      </figure>
      <ol className="sb-strip">
        {stages.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              aria-current={i === stageIndex ? 'step' : undefined}
              aria-label={tr(S.storyboardGoTo, { n: i + 1, title: tr(s.title) })}
              onClick={() => useApp.getState().goToStage(i)}
            >
              <StagePicture stage={s} condition={condition} label="" tr={tr} small />
              <span aria-hidden="true">{i + 1}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
