// The story's timeline: a scrubber across all stages with each stage marked. The playhead
// moves imperatively on each clock tick (no React commit while playing).
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useApp } from '../state/app-store';
import { clock, onClockTick, type Clock } from '../state/clock';
import { seekTo } from '../state/playback-loop';
import { visibleStages } from '../state/store';
import { stageAtFraction, storyFraction, storyOffsets } from '../state/story-time';
import { MODES_STRINGS as M } from '../i18n/strings/modes';
import { useText } from '../i18n/use-text';

/** Steps of the range input over the whole story. */
const STEPS = 1000;

export function Timeline() {
  const tr = useText();
  const story = useApp((s) => s.story);
  const mode = useApp((s) => s.mode);
  const kioskStageSec = useApp((s) => s.kioskStageSec);
  const stageIndex = useApp((s) => s.stageIndex);
  const stages = visibleStages(story);
  const offsets = useMemo(
    () => storyOffsets(story, { mode, kioskStageSec }),
    [story, mode, kioskStageSec],
  );
  const inputRef = useRef<HTMLInputElement>(null);
  const dragging = useRef(false);

  useLayoutEffect(() => {
    let lastValue = -1;
    let lastText = '';
    const update = (c: Clock) => {
      const input = inputRef.current;
      if (!input || dragging.current) return;
      const value = Math.round(storyFraction(offsets, c.stageIndex, c.progress) * STEPS);
      if (value !== lastValue) {
        lastValue = value;
        input.value = String(value);
        input.style.setProperty('--fill', `${value / 10}%`);
      }
      // spoken value: stage and tens of percent, so a screen reader is not flooded
      const stage = stages[c.stageIndex];
      const text = stage
        ? tr(M.timelineValue, {
            n: c.stageIndex + 1,
            total: stages.length,
            title: tr(stage.title),
            percent: Math.floor(c.progress * 10) * 10,
          })
        : '';
      if (text !== lastText) {
        lastText = text;
        input.setAttribute('aria-valuetext', text);
      }
    };
    // at once, not on the next tick: a new language or story is spoken also while paused
    update(clock);
    return onClockTick(update);
  }, [offsets, stages, tr]);

  const seek = (value: number) => {
    const { stageIndex: index, progress } = stageAtFraction(offsets, value / STEPS);
    seekTo(index, progress);
  };

  return (
    <div className="timeline" data-testid="timeline">
      <ol className="timeline-marks">
        {stages.map((stage, i) => (
          <li
            key={stage.id}
            style={{ left: `${((offsets.starts[i] ?? 0) / offsets.total) * 100}%` }}
          >
            <button
              type="button"
              className="timeline-mark"
              aria-label={tr(M.jumpToStage, { n: i + 1, title: tr(stage.title) })}
              title={tr(stage.title)}
              aria-current={i === stageIndex ? 'step' : undefined}
              data-stage={stage.id}
              onClick={() => seekTo(i, 0)}
            >
              {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <input
        ref={inputRef}
        type="range"
        className="timeline-scrubber"
        data-testid="timeline-scrubber"
        min={0}
        max={STEPS}
        step={1}
        defaultValue={0}
        aria-label={tr(M.timeline)}
        onPointerDown={() => (dragging.current = true)}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
        onBlur={() => (dragging.current = false)}
        onInput={(e) => seek(Number(e.currentTarget.value))}
      />
    </div>
  );
}
