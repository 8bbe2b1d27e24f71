// Content checks on a parsed story: every evidence id resolves to a shown fact (never FROM
// MEMORY), and every model window lies inside the model's range. Pass to parseStory().
import type { StoryProblem } from '../story/load-story';
import type { Story } from '../story/schema';
import { MODEL_RANGE_MIN } from '../model';
import { resolveEvidence } from './resolve-evidence';

/** Time span the model simulates, in minutes since the start of dosing (0 to 14 days). */
export { MODEL_RANGE_MIN };

const REASONS = {
  unknown: (id: string) => `unknown evidence id "${id}"`,
  'from-memory': (id: string) =>
    `evidence id "${id}" is FROM MEMORY on the fact sheet and must not be shown`,
  'missing-source': (id: string) =>
    `evidence id "${id}" cites a source missing from the bibliography`,
} as const;

function where(index: number, stageId: string, field: string): string {
  return `stage ${index + 1} ("${stageId.slice(0, 40)}"), field ${field}`;
}

export function checkStoryEvidence(story: Story): StoryProblem[] {
  const problems: StoryProblem[] = [];
  story.stages.forEach((stage, i) => {
    stage.evidence.forEach((id, j) => {
      const r = resolveEvidence(id);
      if (!r.ok)
        problems.push({
          where: where(i, stage.id, `evidence.${j}`),
          message: REASONS[r.reason](id),
        });
    });
    const { startMin, endMin } = stage.modelWindow;
    if (startMin < MODEL_RANGE_MIN.start || startMin > MODEL_RANGE_MIN.end) {
      problems.push({
        where: where(i, stage.id, 'modelWindow.startMin'),
        message: `${startMin} min is outside the model range ${MODEL_RANGE_MIN.start}..${MODEL_RANGE_MIN.end} min`,
      });
    }
    if (endMin < MODEL_RANGE_MIN.start || endMin > MODEL_RANGE_MIN.end) {
      problems.push({
        where: where(i, stage.id, 'modelWindow.endMin'),
        message: `${endMin} min is outside the model range ${MODEL_RANGE_MIN.start}..${MODEL_RANGE_MIN.end} min`,
      });
    }
  });
  return problems;
}
