// The app's single store instance, made from the bundled story (validated by the tests), which
// comes without its speaker notes (story/bundled-notes.ts loads them where they are shown).
import storyJson from 'virtual:bundled-story';
import { parseStory } from '../story/load-story';
import { createAppStore, visibleStages } from './store';

const parsed = parseStory(storyJson);
if (!parsed.ok) {
  // The content tests keep the bundled story valid; this names the problem if one slips by.
  throw new Error(
    `Bundled story is invalid: ${parsed.problems.map((p) => `${p.where}: ${p.message}`).join('; ')}`,
  );
}

export const bundledStory = parsed.story;
export const useApp = createAppStore(bundledStory);

/** The stage on screen (from the visible stages). */
export function currentStage() {
  const { story, stageIndex } = useApp.getState();
  const stages = visibleStages(story);
  const stage = stages[stageIndex] ?? stages[0];
  if (!stage) throw new Error('story has no visible stage');
  return stage;
}

/** React hook: the stage on screen. */
export function useCurrentStage() {
  const story = useApp((s) => s.story);
  const stageIndex = useApp((s) => s.stageIndex);
  const stages = visibleStages(story);
  const stage = stages[stageIndex] ?? stages[0];
  if (!stage) throw new Error('story has no visible stage');
  return stage;
}
