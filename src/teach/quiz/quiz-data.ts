// The questions (scenes/questions.json), validated: each belongs to a stage of the story, has
// three or four choices with exactly one right, and feedback for every choice in both languages.
import { z } from 'zod';
import questionsJson from '../../../scenes/questions.json';
import { localizedText, problemsOf } from '../localized-schema';

const choice = z.strictObject({
  correct: z.boolean(),
  text: localizedText,
  feedback: localizedText,
});

export const questionsSchema = z.strictObject({
  questions: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes'),
        stage: z.string().min(1),
        /** where in the stage (0..1 of its playing time) the scene shows the answer */
        moment: z.number().min(0).max(1),
        prompt: localizedText,
        choices: z
          .array(choice)
          .min(3, 'needs 3 or 4 choices')
          .max(4, 'needs 3 or 4 choices')
          .refine(
            (cs) => cs.filter((c) => c.correct).length === 1,
            'needs exactly one right choice',
          ),
      }),
    )
    .min(1),
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

export { questionsJson };
