// The glossary file's schema (scenes/glossary.json): each term with its words to find in text,
// per language, and a definition in both languages. Checked when the app is built
// (src/app/vite-checked-data-plugin.ts), so the app itself loads no zod for it.
import * as z from 'zod/mini';
import { localizedText, problemsOf } from '../localized-schema.ts';

const words = z
  .array(z.string().check(z.trim(), z.minLength(2, 'must have at least 2 characters')))
  .check(z.minLength(1, 'must list at least one word'));

export const glossarySchema = z.strictObject({
  terms: z
    .array(
      z.strictObject({
        id: z
          .string()
          .check(z.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes')),
        term: localizedText,
        match: z.strictObject({ en: words, es: words }),
        definition: localizedText,
      }),
    )
    .check(z.minLength(1, 'must list at least one term')),
});

export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTerm = Glossary['terms'][number];

export function parseGlossary(
  data: unknown,
): { ok: true; glossary: Glossary } | { ok: false; problems: string[] } {
  const parsed = glossarySchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const ids = new Set<string>();
  for (const [i, t] of parsed.data.terms.entries()) {
    if (ids.has(t.id)) return { ok: false, problems: [`terms[${i}].id: "${t.id}" is used twice`] };
    ids.add(t.id);
  }
  return { ok: true, glossary: parsed.data };
}
