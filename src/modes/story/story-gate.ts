// The one gate every story passes before it is shown, however it comes in: a file picked or
// dropped, the copy kept in this browser, or another window over the sync channel. The same
// checks everywhere: the schema (visible text included), at least one stage left to show, and
// the content checks (every evidence id a shown fact, every model window inside the model's
// range). The content checks load on demand, not at start-up.
import type { StoryProblem, StoryResult } from '../../story/load-story';
import { parseStory, parseStoryText } from '../../story/load-story';
import type { Story } from '../../story/schema';
import { storyRules } from './story-file';

async function contentCheck(): Promise<(story: Story) => StoryProblem[]> {
  const { checkStoryEvidence } = await import('../../content');
  return (story) => [...storyRules(story), ...checkStoryEvidence(story)];
}

/** Checks a story given as JSON text (a file, the stored copy). */
export async function checkStoryText(text: string): Promise<StoryResult> {
  return parseStoryText(text, await contentCheck());
}

/** Checks a story given as a value (a sync message's story). */
export async function checkStoryValue(raw: unknown): Promise<StoryResult> {
  return parseStory(raw, await contentCheck());
}
