// When the questions are offered: the playing story moved on after (nearly) finishing a stage.
import { describe, expect, it } from 'vitest';
import { isStageEnd, STAGE_DONE } from '../../../src/teach/quiz/quiz-offer';

describe('stage end', () => {
  it('is the playing story moving to the next stage from the end of one', () => {
    expect(isStageEnd({ stageIndex: 2, progress: 1 }, { stageIndex: 3 }, true)).toBe(true);
    expect(isStageEnd({ stageIndex: 2, progress: STAGE_DONE }, { stageIndex: 3 }, true)).toBe(true);
  });

  it('is not a jump, a step back, a skip from mid-stage or a paused move', () => {
    expect(isStageEnd({ stageIndex: 2, progress: 1 }, { stageIndex: 5 }, true)).toBe(false);
    expect(isStageEnd({ stageIndex: 2, progress: 1 }, { stageIndex: 1 }, true)).toBe(false);
    expect(isStageEnd({ stageIndex: 2, progress: 0.4 }, { stageIndex: 3 }, true)).toBe(false);
    expect(isStageEnd({ stageIndex: 2, progress: 1 }, { stageIndex: 3 }, false)).toBe(false);
  });
});
