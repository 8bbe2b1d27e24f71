import { describe, expect, it } from 'vitest';
import {
  stageAtFraction,
  stageSeconds,
  storyFraction,
  storyOffsets,
} from '../../../src/state/story-time';
import { parseStory } from '../../../src/story/load-story';
import type { Story } from '../../../src/story/schema';
import storyJson from '../../../scenes/ketamine.json';

const parsed = parseStory(storyJson);
if (!parsed.ok) throw new Error('bundled story invalid');
const story: Story = parsed.story;
const explore = { mode: 'explore' as const, kioskStageSec: 20 };
const kiosk = { mode: 'kiosk' as const, kioskStageSec: 7 };

describe('story time', () => {
  it("uses each stage's own duration, and the kiosk pace in kiosk mode", () => {
    const stage = story.stages[0]!;
    expect(stageSeconds(stage, explore)).toBe(stage.durationSec);
    expect(stageSeconds(stage, kiosk)).toBe(7);
  });

  it('lays the stages end to end', () => {
    const o = storyOffsets(story, explore);
    expect(o.starts[0]).toBe(0);
    expect(o.starts[1]).toBe(story.stages[0]!.durationSec);
    expect(o.total).toBe(story.stages.reduce((sum, s) => sum + s.durationSec, 0));
    expect(storyOffsets(story, kiosk).total).toBe(7 * story.stages.length);
  });

  it('leaves hidden stages off the timeline', () => {
    const custom = structuredClone(story);
    custom.stages[1]!.hidden = true;
    const o = storyOffsets(custom, kiosk);
    expect(o.starts).toHaveLength(story.stages.length - 1);
    expect(o.total).toBe(7 * (story.stages.length - 1));
  });

  it('maps a stage and progress to a story fraction and back', () => {
    const o = storyOffsets(story, explore);
    for (let i = 0; i < story.stages.length; i++) {
      for (const p of [0, 0.25, 0.5, 0.9]) {
        const f = storyFraction(o, i, p);
        const back = stageAtFraction(o, f);
        expect(back.stageIndex).toBe(i);
        expect(back.progress).toBeCloseTo(p, 9);
      }
    }
    expect(storyFraction(o, 0, 0)).toBe(0);
    expect(storyFraction(o, story.stages.length - 1, 1)).toBe(1);
  });

  it('clamps fractions outside 0..1 and ignores NaN', () => {
    const o = storyOffsets(story, explore);
    expect(stageAtFraction(o, -1)).toEqual({ stageIndex: 0, progress: 0 });
    expect(stageAtFraction(o, Number.NaN)).toEqual({ stageIndex: 0, progress: 0 });
    expect(stageAtFraction(o, 2)).toEqual({ stageIndex: story.stages.length - 1, progress: 1 });
  });
});
