// The schema of a story file (scenes/*.json). Validated on load; errors name stage and field.
// zod/mini keeps the validator small enough for the first-load budget (brief, section 5).
import * as z from 'zod/mini';
import {
  ACTOR_IDS,
  CONDITION_IDS,
  PANEL_IDS,
  PICTURE_MARKS,
  SCALE_IDS,
  STRUCTURE_IDS,
  VIEW_IDS,
} from './structures.ts';

// Plain messages for a lecturer fixing a story file (zod/mini loads no locale by default, and
// a full locale costs first-load bytes).
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) return 'is missing';
        return `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
      case 'too_small':
        return issue.origin === 'string' && issue.minimum === 1
          ? 'must not be empty'
          : `must be at least ${String(issue.minimum)}${issue.origin === 'number' ? '' : ' long'}`;
      case 'too_big':
        return `must be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`;
      case 'invalid_value':
        return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      case 'unrecognized_keys':
        return `has unknown field(s): ${issue.keys.join(', ')}`;
      default:
        return undefined;
    }
  },
});

/** Longest caption, in characters, that reads from across a waiting room. */
export const CAPTION_MAX = 140;

/**
 * Something a reader can see: not only spaces, zero-width and other format characters
 * (U+200B-U+200F, U+2060, U+FEFF...), combining marks or blank letters (Hangul fillers, the
 * blank Braille pattern), which would give an invisible title.
 */
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;

const text = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(max),
    z.refine((s) => s.length === 0 || VISIBLE.test(s), 'has no visible characters'),
  );

/** A string in every language the app ships. */
export const localizedSchema = (max = 4000) => z.strictObject({ en: text(max), es: text(max) });

const vec3 = z.tuple([z.number(), z.number(), z.number()]);

export const stageSchema = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and dashes')),
  title: localizedSchema(80),
  caption: localizedSchema(CAPTION_MAX),
  explanation: localizedSchema(2000),
  narration: localizedSchema(600),
  /** optional in a story; the bundled story's notes are loaded apart (bundled-notes.ts) */
  speakerNotes: z.optional(localizedSchema(2000)),
  /** Model time shown by this stage, in minutes since the start of dosing. */
  modelWindow: z
    .strictObject({
      startMin: z.number().check(z.minimum(0)),
      endMin: z.number().check(z.positive()),
      scale: z.enum(['linear', 'log']),
    })
    .check(z.refine((w) => w.endMin > w.startMin, 'endMin must be after startMin')),
  /** Seconds the stage lasts at 1x speed. */
  durationSec: z.number().check(z.minimum(3), z.maximum(600)),
  camera: z.strictObject({
    position: vec3,
    target: vec3,
    fov: z.optional(z.number().check(z.minimum(15), z.maximum(90))),
  }),
  view: z.enum(VIEW_IDS),
  highlight: z.array(z.enum(STRUCTURE_IDS)).check(z.maxLength(STRUCTURE_IDS.length)),
  conditions: z.array(z.enum(CONDITION_IDS)),
  panel: z.enum(PANEL_IDS),
  evidence: z
    .array(z.string().check(z.minLength(1)))
    .check(z.minLength(1, 'every stage needs at least one evidence id')),
  hidden: z.optional(z.boolean()),
  /** What the 2D picture of the stage draws (no marks: the plain synapse). */
  picture: z.optional(z.array(z.enum(PICTURE_MARKS))),
  /**
   * What the caption talks about (the stage's protagonists): these and the highlighted
   * structures stay vivid, everything else recedes (darker, greyer). Absent: nothing recedes.
   */
  focus: z.optional(z.array(z.enum(STRUCTURE_IDS))),
  /** The actors drawn in this stage (absent: DEFAULT_CAST, the plain synapse). */
  cast: z.optional(z.array(z.enum(ACTOR_IDS))),
  /** How big the picture is (absent: inferred from the cast, story/views.ts stageScale). */
  scale: z.optional(z.enum(SCALE_IDS)),
  /** The view shown instead of `view` when the viewer chooses a condition in this stage. */
  conditionViews: z.optional(z.partialRecord(z.enum(CONDITION_IDS), z.enum(VIEW_IDS))),
});

export const storySchema = z
  .strictObject({
    version: z.literal(1),
    id: z.string().check(z.minLength(1), z.maxLength(60)),
    title: localizedSchema(120),
    /** 'patients': the waiting-room story (kiosk): plain words, no model charts or figures */
    audience: z.optional(z.enum(['public', 'patients'])),
    stages: z.array(stageSchema).check(z.minLength(1), z.maxLength(40)),
  })
  .check(
    z.superRefine((story, ctx) => {
      const seen = new Set<string>();
      story.stages.forEach((stage, i) => {
        if (seen.has(stage.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i, 'id'],
            message: `duplicate stage id "${stage.id}"`,
          });
        }
        seen.add(stage.id);
      });
    }),
  );

export type Story = z.infer<typeof storySchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Localized = z.infer<ReturnType<typeof localizedSchema>>;
