// The bundled story reaches the first load without its speaker notes (8 KiB of the 120 KiB
// budget) and the notes come back where they are shown or saved: the story plugin's split loses
// nothing, the presenter's lookup finds each stage's notes, and a downloaded story file is the
// story file itself, notes in place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import bundledStoryJson from 'virtual:bundled-story';
import { splitStoryNotes } from '../../../src/story/vite-story-plugin';
import { speakerNotesOf, withSpeakerNotes } from '../../../src/story/bundled-notes';
import { parseStory } from '../../../src/story/load-story';
import { bundledStory } from '../../../src/state/app-store';
import { storyFileText } from '../../../src/modes/story/story-file';

const FILE_TEXT = readFileSync('scenes/ketamine.json', 'utf8');
const file = JSON.parse(FILE_TEXT) as { stages: { id: string; speakerNotes: unknown }[] };

describe('the bundled story without its notes', () => {
  it('the split keeps every stage and moves every note, both languages', () => {
    const { story, notes } = splitStoryNotes(FILE_TEXT);
    const stages = (story as { stages: Record<string, unknown>[] }).stages;
    expect(stages.map((s) => s.id)).toEqual(file.stages.map((s) => s.id));
    for (const stage of stages) expect(stage).not.toHaveProperty('speakerNotes');
    for (const stage of file.stages) expect(notes[stage.id]).toEqual(stage.speakerNotes);
  });

  it('the first load carries no notes; the presenter finds each stage’s', () => {
    expect(JSON.stringify(bundledStoryJson)).not.toContain('speakerNotes');
    for (const [i, stage] of bundledStory.stages.entries()) {
      expect(stage.speakerNotes).toBeUndefined();
      expect(speakerNotesOf(stage, true)).toEqual(file.stages[i]!.speakerNotes);
      // a lecturer's story with the same stage ids but no notes gets none of ours
      expect(speakerNotesOf(stage, false)).toBeUndefined();
    }
  });

  it('a downloaded copy of the bundled story is the story file, notes where they were', () => {
    const parsed = parseStory(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(withSpeakerNotes(bundledStory, true)).toEqual(parsed.story);
    const text = storyFileText(withSpeakerNotes(bundledStory, true));
    expect(text).toBe(`${JSON.stringify(parsed.story, null, 2)}\n`);
    expect(JSON.parse(text)).toEqual(file);
  });
});
