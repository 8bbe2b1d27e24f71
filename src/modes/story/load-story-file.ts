// Loads a story file the lecturer picked or dropped: checks it, then either shows it or
// explains, stage by stage and field by field, why not (the current story keeps running).
import { bundledStory, useApp } from '../../state/app-store';
import { visibleStages } from '../../state/store';
import { displayValue } from '../../state/url-params';
import { format, localize } from '../../i18n/localize';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';
import { problemLines, readStoryText, saveStory, showStory } from './story-file';

/** Largest story file accepted, in bytes (the built-in story is about 40 kB). */
export const MAX_STORY_BYTES = 1_000_000;

export async function loadStoryFile(file: File): Promise<boolean> {
  const app = useApp.getState();
  const lang = app.lang;
  const name = displayValue(file.name);
  let text: string;
  try {
    if (file.size > MAX_STORY_BYTES) throw new Error('too large');
    text = await file.text();
  } catch {
    app.notify({
      id: 'story-file',
      tone: 'error',
      text: format(localize(M.storyUnreadable, lang), { file: name }),
    });
    return false;
  }
  return loadStoryText(text, name);
}

/** The same for text already read. The content checks load on demand (not at start-up). */
export async function loadStoryText(text: string, fileName: string): Promise<boolean> {
  const { checkStoryEvidence } = await import('../../content');
  const app = useApp.getState();
  const lang = app.lang;
  const result = readStoryText(text, checkStoryEvidence);
  if (!result.ok) {
    app.notify({
      id: 'story-file',
      tone: 'error',
      text: [
        format(localize(M.storyRejected, lang), { file: fileName }),
        ...problemLines(result.problems),
      ].join('\n'),
    });
    return false;
  }
  showStory(result.story, true);
  app.notify({
    id: 'story-file',
    tone: 'info',
    text: format(localize(M.storyLoaded, lang), {
      title: localize(result.story.title, lang),
      count: visibleStages(result.story).length,
    }),
  });
  return true;
}

export function restoreBuiltInStory(): void {
  showStory(bundledStory, false);
  saveStory(bundledStory);
  const app = useApp.getState();
  app.dismissNotice('story-restored');
  app.notify({ id: 'story-file', tone: 'info', text: localize(M.builtInRestored, app.lang) });
}
