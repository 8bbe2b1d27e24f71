// How long stages play, and where a stage sits on the whole story's timeline (in seconds of
// playback at 1x). Pure functions of the story and the mode.
import type { Stage, Story } from '../story/schema';
import { visibleStages, type Mode } from './store';
import { modePolicy } from './mode-policy';

export interface PacingSettings {
  mode: Mode;
  /** kiosk seconds per stage (overrides each stage's durationSec in kiosk mode) */
  kioskStageSec: number;
}

/** Seconds a stage plays at 1x: its own durationSec, or the kiosk pace in kiosk mode. */
export function stageSeconds(stage: Stage, pacing: PacingSettings): number {
  return modePolicy(pacing.mode).kioskPacing ? pacing.kioskStageSec : stage.durationSec;
}

/** Start offset of every visible stage and the total, in seconds at 1x. */
export function storyOffsets(story: Story, pacing: PacingSettings) {
  const starts: number[] = [];
  let total = 0;
  for (const stage of visibleStages(story)) {
    starts.push(total);
    total += stageSeconds(stage, pacing);
  }
  return { starts, total };
}

/** Fraction (0..1) of the whole story at a stage and a progress through it. */
export function storyFraction(
  offsets: { starts: readonly number[]; total: number },
  stageIndex: number,
  progress: number,
): number {
  const start = offsets.starts[stageIndex] ?? 0;
  const end = offsets.starts[stageIndex + 1] ?? offsets.total;
  if (offsets.total <= 0) return 0;
  const p = Math.min(1, Math.max(0, progress));
  return (start + (end - start) * p) / offsets.total;
}

/** The stage and the progress through it at a fraction (0..1) of the whole story. */
export function stageAtFraction(
  offsets: { starts: readonly number[]; total: number },
  fraction: number,
): { stageIndex: number; progress: number } {
  const count = offsets.starts.length;
  if (count === 0) return { stageIndex: 0, progress: 0 };
  const t = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0)) * offsets.total;
  let index = 0;
  while (index < count - 1 && t >= (offsets.starts[index + 1] ?? Infinity)) index++;
  const start = offsets.starts[index] ?? 0;
  const end = offsets.starts[index + 1] ?? offsets.total;
  return {
    stageIndex: index,
    progress: end > start ? Math.min(1, (t - start) / (end - start)) : 0,
  };
}
