// The app's single store instance, made from the bundled story, which comes without its
// speaker notes (story/bundled-notes.ts loads them where they are shown). The story was checked
// against the schema when the app was built (story/vite-story-plugin.ts), so zod stays out of
// the first load; the content tests check it further (evidence ids, hidden stages).
import storyFromBuild from 'virtual:bundled-story';
import { createAppStore, visibleStages } from './store';

export const bundledStory = storyFromBuild;
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
