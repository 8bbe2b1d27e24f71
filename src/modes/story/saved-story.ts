// The lecturer's own story, kept in this browser's localStorage for the next visit (present
// mode only). Reading it back is cheap and has no checks: boot.ts reads it on the first load,
// and the full checks (./story-gate.ts) come after, in a lazy chunk (./restore-saved-story.ts).
import { bundledStory } from '../../state/app-store';
import type { Story } from '../../story/schema';

/** localStorage key of the lecturer's own story (present mode only). */
export const SAVED_STORY_KEY = 'ketamine-synapse.story';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage can be blocked (private windows, policies)
  }
}

export function saveStory(story: Story): void {
  const store = storage();
  try {
    if (story === bundledStory) store?.removeItem(SAVED_STORY_KEY);
    else store?.setItem(SAVED_STORY_KEY, JSON.stringify(story));
    // (read back through ./story-gate on the next visit: checked again with that build's content)
  } catch {
    // full or blocked storage: the story still runs, it just is not kept
  }
}

/** The saved story's text, if any. */
export function savedStoryText(): string | null {
  try {
    return storage()?.getItem(SAVED_STORY_KEY) ?? null;
  } catch {
    return null; // storage that throws on read is treated as empty
  }
}

/** Forgets the saved story (it no longer passes the checks). */
export function forgetSavedStory(): void {
  try {
    storage()?.removeItem(SAVED_STORY_KEY);
  } catch {
    // blocked storage: nothing was kept anyway
  }
}

/**
 * The visible stage ids of the saved story, read without the checks, so a link to one of its
 * stages is not refused at start-up while the checks are still loading. A story that then fails
 * them is dropped with a notice (./restore-saved-story.ts) and the link falls back to a stage
 * of the built-in story. Null when the text is not a list of stages with ids.
 */
export function savedStageIds(): string[] | null {
  const text = savedStoryText();
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const stages = (raw as { stages?: unknown } | null)?.stages;
  if (!Array.isArray(stages)) return null;
  const ids: string[] = [];
  for (const stage of stages as unknown[]) {
    const { id, hidden } = (stage ?? {}) as { id?: unknown; hidden?: unknown };
    if (typeof id !== 'string') return null;
    if (!hidden) ids.push(id);
  }
  return ids;
}
