// Present mode: the lecturer's own story, kept in this browser, is shown again once it passes
// the same checks as a file (./story-gate), with the content of this build: a story saved
// under an older build is checked again after a content update. One that fails is dropped.
import { bundledStory, useApp } from '../../state/app-store';
import { visibleStages } from '../../state/store';
import { format, localize } from '../../i18n/localize';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';
import { problemLines } from './story-file';
import { forgetSavedStory, savedStoryText } from './saved-story';
import { checkStoryText } from './story-gate';

/** Checks and shows the saved story; `stageId` is the stage the address asked for. */
export async function restoreSavedStory(stageId: string | null): Promise<void> {
  const text = savedStoryText();
  if (text === null) return;
  const result = await checkStoryText(text);
  const app = useApp.getState();
  const lang = app.lang;
  if (!result.ok) {
    forgetSavedStory();
    app.notify({
      id: 'story-dropped',
      tone: 'warning',
      text: [localize(M.storyDropped, lang), ...problemLines(result.problems)].join('\n'),
    });
    return;
  }
  if (app.story !== bundledStory) return; // another story came in meanwhile (a file, the sync)
  const current = visibleStages(app.story)[app.stageIndex]?.id;
  const ids = visibleStages(result.story).map((s) => s.id);
  const index = Math.max(0, ids.indexOf(stageId ?? current ?? ''));
  app.setStory(result.story);
  app.goToStage(index);
  app.notify({
    id: 'story-restored',
    tone: 'info',
    text: format(localize(M.storyRestored, lang), { title: localize(result.story.title, lang) }),
  });
}
