// The speaker notes of a stage: its own, or for the bundled story (which the first load carries
// without them) the notes kept apart by the story plugin. Imported only by the lazy parts that
// show or save notes (the presenter window, a story download), so the notes stay off the first load.
import bundledNotes from 'virtual:bundled-notes';
import { localizedSchema } from './schema';
import type { Story, Stage } from './schema';

type Notes = NonNullable<Stage['speakerNotes']>;

const notesSchema = localizedSchema(2000);

/** The bundled story's notes for a stage id, or undefined. */
function bundledNotesFor(stageId: string): Notes | undefined {
  const parsed = notesSchema.safeParse(bundledNotes[stageId]);
  return parsed.success ? parsed.data : undefined;
}

/** A stage's notes: its own, else (when `story` is the bundled one) the bundled notes. */
export function speakerNotesOf(stage: Stage, bundled: boolean): Notes | undefined {
  return stage.speakerNotes ?? (bundled ? bundledNotesFor(stage.id) : undefined);
}

/** The story with every stage's notes in place (for a download a lecturer edits). */
export function withSpeakerNotes(story: Story, bundled: boolean): Story {
  if (!bundled) return story;
  return {
    ...story,
    stages: story.stages.map((stage) => {
      const notes = speakerNotesOf(stage, true);
      if (!notes || stage.speakerNotes) return stage;
      // where the story file has them: after the narration
      const entries = Object.entries(stage);
      const at = entries.findIndex(([key]) => key === 'narration') + 1;
      entries.splice(at > 0 ? at : entries.length, 0, ['speakerNotes', notes]);
      return Object.fromEntries(entries) as Stage;
    }),
  };
}
