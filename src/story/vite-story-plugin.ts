// Serves the bundled story to the app in two parts: `virtual:bundled-story` is
// scenes/ketamine.json without its speaker notes (the first load: every visitor needs the
// stages, only a lecturer's presenter window and a story download need the notes, 8 KiB of
// the 120 KiB first-load budget), and `virtual:bundled-notes` is the notes by stage id, imported
// by the lazy parts that show them. The JSON file stays the one source (tests read it whole).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STORY_FILE = fileURLToPath(new URL('../../scenes/ketamine.json', import.meta.url));
const STORY_ID = 'virtual:bundled-story';
const NOTES_ID = 'virtual:bundled-notes';

interface StageWithNotes {
  id?: unknown;
  speakerNotes?: unknown;
  [key: string]: unknown;
}

/** The story file's text split into the story without notes and the notes by stage id. */
export function splitStoryNotes(text: string): { story: unknown; notes: Record<string, unknown> } {
  const raw = JSON.parse(text) as { stages?: StageWithNotes[]; [key: string]: unknown };
  const notes: Record<string, unknown> = {};
  const stages = (raw.stages ?? []).map((stage) => {
    const { speakerNotes, ...rest } = stage;
    if (typeof stage.id === 'string' && speakerNotes !== undefined) notes[stage.id] = speakerNotes;
    return rest;
  });
  return { story: { ...raw, stages }, notes };
}

export function storyPlugin(): Plugin {
  return {
    name: 'ketamine-synapse-story',
    resolveId: (id) => (id === STORY_ID || id === NOTES_ID ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${STORY_ID}` && id !== `\0${NOTES_ID}`) return undefined;
      this.addWatchFile(STORY_FILE);
      const { story, notes } = splitStoryNotes(readFileSync(STORY_FILE, 'utf8'));
      // JSON.parse of a string literal: faster to start than the same object as code
      const data = JSON.stringify(id === `\0${STORY_ID}` ? story : notes);
      return `export default JSON.parse(${JSON.stringify(data)});`;
    },
  };
}
