// Previous / play-pause / next, and where we are in the story.
import { useApp } from '../state/app-store';
import { visibleStages } from '../state/store';
import { APP_STRINGS as S } from '../i18n/strings/app';
import { useText } from '../i18n/use-text';
import { playPause } from '../state/transport';

export function StageNav() {
  const tr = useText();
  const story = useApp((s) => s.story);
  const stageIndex = useApp((s) => s.stageIndex);
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  const { previous, next } = useApp.getState();
  const total = visibleStages(story).length;
  return (
    <nav
      className="stage-nav"
      aria-label={tr(S.stageOf, { n: stageIndex + 1, total })}
      data-speed={speed}
    >
      <button
        type="button"
        onClick={previous}
        disabled={stageIndex === 0}
        aria-label={tr(S.previous)}
      >
        <span aria-hidden="true">◀</span>
      </button>
      <button type="button" onClick={playPause} aria-pressed={playing} data-testid="play-toggle">
        {playing ? tr(S.pause) : tr(S.play)}
      </button>
      <button
        type="button"
        onClick={next}
        disabled={stageIndex >= total - 1}
        aria-label={tr(S.next)}
      >
        <span aria-hidden="true">▶</span>
      </button>
      <span className="stage-count" data-testid="stage-count">
        {tr(S.stageOf, { n: stageIndex + 1, total })}
      </span>
    </nav>
  );
}
