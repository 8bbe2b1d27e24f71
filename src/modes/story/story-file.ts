// Custom story files for lecturers: read and check a file, apply it, keep it for the next
// visit (present mode, this browser only: ./saved-story.ts), and write the current story as a
// template.
import { useApp } from '../../state/app-store';
import { visibleStages } from '../../state/store';
import { parseStoryText, type StoryProblem, type StoryResult } from '../../story/load-story';
import type { Story } from '../../story/schema';
import { saveStory } from './saved-story';

/** Checks beyond the schema: a story must leave at least one stage to show. */
export function storyRules(story: Story): StoryProblem[] {
  if (visibleStages(story).length === 0) {
    return [{ where: 'field stages', message: 'every stage is hidden; at least one must show' }];
  }
  return [];
}

/** Parses the text of a story file with every check the app makes. */
export function readStoryText(
  text: string,
  evidenceCheck?: (story: Story) => StoryProblem[],
): StoryResult {
  return parseStoryText(text, (story) => [...storyRules(story), ...(evidenceCheck?.(story) ?? [])]);
}

/** One line per problem: 'stage 3 ("channel-block"), field caption.en: must not be empty'. */
export function problemLines(problems: readonly StoryProblem[]): string[] {
  return problems.map((p) => `${p.where}: ${p.message}`);
}

/** The story as a file a lecturer can edit (stable key order, 2-space indent). */
export function storyFileText(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

/** A file name for the downloaded template, e.g. "ketamine-story.json". */
export function storyFileName(story: Story): string {
  const base = story.id
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'story'}-story.json`;
}

/**
 * Puts a story on screen, staying on the same stage when the new story still shows it.
 * `save` keeps a custom story in this browser for the next visit (present mode).
 */
export function showStory(story: Story, save: boolean): void {
  const app = useApp.getState();
  const currentId = visibleStages(app.story)[app.stageIndex]?.id;
  const index = visibleStages(story).findIndex((s) => s.id === currentId);
  app.setStory(story);
  app.goToStage(index >= 0 ? index : 0);
  if (save) saveStory(story);
}
