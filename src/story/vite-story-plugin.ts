// Serves the bundled story to the app in two parts: `virtual:bundled-story` is
// scenes/ketamine.json without its speaker notes (the first load: every visitor needs the
// stages, only a lecturer's presenter window and a story download need the notes, 8 KiB of
// the 120 KiB first-load budget), and `virtual:bundled-notes` is the notes by stage id, imported
// by the lazy parts that show them. The JSON file stays the one source (tests read it whole).
// The story is validated here, when the app is built or served (an error names the stage and
// field), so the first load carries checked data and neither zod nor the schema.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parseStory } from './load-story.ts';

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

/**
 * The modules' code: the story (as the schema parses it, defaults filled in) or the notes.
 * Throws, naming each problem, when the story file does not pass the schema.
 */
export function bundledStoryModules(text: string): { story: string; notes: string } {
  const { story, notes } = splitStoryNotes(text);
  const parsed = parseStory(story);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `  ${p.where}: ${p.message}`);
    throw new Error(`scenes/ketamine.json is not a valid story:\n${lines.join('\n')}`);
  }
  return { story: jsonModule(parsed.story), notes: jsonModule(notes) };
}

/** A module whose default export is `data`: JSON.parse of a string literal, which starts
 *  faster than the same object written as code. */
export function jsonModule(data: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
}

export function storyPlugin(): Plugin {
  return {
    name: 'ketamine-synapse-story',
    resolveId: (id) => (id === STORY_ID || id === NOTES_ID ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${STORY_ID}` && id !== `\0${NOTES_ID}`) return undefined;
      this.addWatchFile(STORY_FILE);
      let modules: { story: string; notes: string };
      try {
        modules = bundledStoryModules(readFileSync(STORY_FILE, 'utf8'));
      } catch (error) {
        this.error((error as Error).message); // stops the build; the dev server shows it
      }
      return id === `\0${STORY_ID}` ? modules.story : modules.notes;
    },
  };
}
