// The schema of a story file (scenes/*.json). Validated on load; errors name stage and field.
import { z } from 'zod';
import { CONDITION_IDS, PANEL_IDS, STRUCTURE_IDS, VIEW_IDS } from './structures';

/** Longest caption, in characters, that reads from across a waiting room. */
export const CAPTION_MAX = 140;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** A string in every language the app ships. */
export const localizedSchema = (max = 4000) => z.object({ en: text(max), es: text(max) }).strict();

const vec3 = z.tuple([z.number().finite(), z.number().finite(), z.number().finite()]);

export const stageSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and dashes'),
    title: localizedSchema(80),
    caption: localizedSchema(CAPTION_MAX),
    explanation: localizedSchema(2000),
    narration: localizedSchema(600),
    speakerNotes: localizedSchema(2000),
    /** Model time shown by this stage, in minutes since the start of dosing. */
    modelWindow: z
      .object({
        startMin: z.number().finite().min(0),
        endMin: z.number().finite().positive(),
        scale: z.enum(['linear', 'log']),
      })
      .strict()
      .refine((w) => w.endMin > w.startMin, { message: 'endMin must be after startMin' }),
    /** Seconds the stage lasts at 1x speed. */
    durationSec: z.number().finite().min(3).max(600),
    camera: z
      .object({ position: vec3, target: vec3, fov: z.number().min(15).max(90).optional() })
      .strict(),
    view: z.enum(VIEW_IDS),
    highlight: z.array(z.enum(STRUCTURE_IDS)).max(STRUCTURE_IDS.length),
    conditions: z.array(z.enum(CONDITION_IDS)),
    panel: z.enum(PANEL_IDS),
    evidence: z.array(z.string().min(1)).min(1, 'every stage needs at least one evidence id'),
    hidden: z.boolean().optional(),
  })
  .strict();

export const storySchema = z
  .object({
    version: z.literal(1),
    id: z.string().min(1).max(60),
    title: localizedSchema(120),
    stages: z.array(stageSchema).min(1).max(40),
  })
  .strict()
  .superRefine((story, ctx) => {
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
  });

export type Story = z.infer<typeof storySchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Localized = z.infer<ReturnType<typeof localizedSchema>>;
