// Present mode's story tools: load a story file (picker; drag and drop is ./StoryDropZone),
// download the current story as a template, go back to the built-in story.
import { useRef } from 'react';
import { bundledStory, useApp } from '../../state/app-store';
import { MODES_STRINGS as M } from '../../i18n/strings/modes';
import { useText } from '../../i18n/use-text';
import { loadStoryFile, restoreBuiltInStory } from './load-story-file';
import { storyFileName, storyFileText } from './story-file';

async function download(): Promise<void> {
  const current = useApp.getState().story;
  // the bundled story comes without its speaker notes (off the first load): put back for the file
  const { withSpeakerNotes } = await import('../../story/bundled-notes');
  const story = withSpeakerNotes(current, current === bundledStory);
  const blob = new Blob([storyFileText(story)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = storyFileName(story);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function StoryMenu() {
  const tr = useText();
  const story = useApp((s) => s.story);
  const input = useRef<HTMLInputElement>(null);
  return (
    <details className="story-menu" data-testid="story-menu">
      <summary>{tr(M.story)}</summary>
      <div className="story-menu-body">
        <button type="button" onClick={() => input.current?.click()}>
          {tr(M.loadStory)}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="story-file-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void loadStoryFile(file);
          }}
        />
        <button type="button" onClick={() => void download()} data-testid="story-download">
          {tr(M.downloadStory)}
        </button>
        {story !== bundledStory && (
          <button type="button" onClick={restoreBuiltInStory} data-testid="story-builtin">
            {tr(M.useBuiltInStory)}
          </button>
        )}
      </div>
    </details>
  );
}
