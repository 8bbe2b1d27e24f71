// Loads a story file the lecturer picked or dropped: checks it, then either shows it or
// explains, stage by stage and field by field, why not (the current story keeps running).
import { bundledStory, useApp } from '../../state/app-store';
import { visibleStages } from '../../state/store';
import { displayValue } from '../../state/url-params';
import { format, localize, type DisplayLang } from '../../i18n/localize';
import { numberText } from '../../i18n/number-text';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';
import { problemLines, showStory } from './story-file';
import { saveStory } from './saved-story';
import { checkStoryText } from './story-gate';

/** Largest story file accepted, in bytes (the built-in story is about 40 kB). */
export const MAX_STORY_BYTES = 1_000_000;

export async function loadStoryFile(file: File): Promise<boolean> {
  const app = useApp.getState();
  const lang = app.lang;
  const name = displayValue(file.name);
  if (file.size > MAX_STORY_BYTES) {
    app.notify({
      id: 'story-file',
      tone: 'error',
      text: format(localize(M.storyTooLarge, lang), {
        file: name,
        size: megabytes(file.size, lang),
        max: megabytes(MAX_STORY_BYTES, lang),
      }),
    });
    return false;
  }
  let text: string;
  try {
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

function megabytes(bytes: number, lang: DisplayLang): string {
  return numberText(bytes / 1_000_000, lang, { maxFraction: 1 });
}

/** The same for text already read: through the one gate every story passes (./story-gate). */
export async function loadStoryText(text: string, fileName: string): Promise<boolean> {
  const result = await checkStoryText(text);
  const app = useApp.getState();
  const lang = app.lang;
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
