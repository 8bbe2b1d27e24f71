// The questions file's schema (scenes/questions.json): each question belongs to a stage of the
// story, has three or four choices with exactly one right, and feedback for every choice in both
// languages. Checked when the app is built (src/app/vite-checked-data-plugin.ts), so the
// app itself loads no zod for it.
import * as z from 'zod/mini';
import { localizedText, problemsOf } from '../localized-schema.ts';

const choice = z.strictObject({
  correct: z.boolean(),
  text: localizedText,
  feedback: localizedText,
});

export const questionsSchema = z.strictObject({
  questions: z
    .array(
      z.strictObject({
        id: z
          .string()
          .check(z.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes')),
        stage: z.string().check(z.minLength(1, 'must not be empty')),
        /** where in the stage (0..1 of its playing time) the scene shows the answer */
        moment: z.number().check(z.minimum(0, 'must be 0 to 1'), z.maximum(1, 'must be 0 to 1')),
        prompt: localizedText,
        choices: z.array(choice).check(
          z.minLength(3, 'needs 3 or 4 choices'),
          z.maxLength(4, 'needs 3 or 4 choices'),
          z.refine(
            (cs) => cs.filter((c) => c.correct).length === 1,
            'needs exactly one right choice',
          ),
        ),
      }),
    )
    .check(z.minLength(1, 'must list at least one question')),
});

export type Question = z.infer<typeof questionsSchema>['questions'][number];

export function parseQuestions(
  data: unknown,
  stageIds: readonly string[],
): { ok: true; questions: Question[] } | { ok: false; problems: string[] } {
  const parsed = questionsSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const problems: string[] = [];
  const ids = new Set<string>();
  parsed.data.questions.forEach((q, i) => {
    if (ids.has(q.id)) problems.push(`questions[${i}].id: "${q.id}" is used twice`);
    ids.add(q.id);
    if (!stageIds.includes(q.stage)) {
      problems.push(`questions[${i}].stage: "${q.stage}" is not a stage of the story`);
    }
    const perStage = parsed.data.questions.filter((o) => o.stage === q.stage).length;
    if (perStage > 2)
      problems.push(`questions[${i}].stage: more than 2 questions for "${q.stage}"`);
  });
  return problems.length ? { ok: false, problems } : { ok: true, questions: parsed.data.questions };
}
