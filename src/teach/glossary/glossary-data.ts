// The glossary (scenes/glossary.json), validated: each term with its words to find in text,
// per language, and a definition in both languages.
import * as z from 'zod/mini';
import glossaryJson from '../../../scenes/glossary.json';
import { localizedText, problemsOf } from '../localized-schema';
import type { LocalizedText } from '../../i18n/localize';

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

const parsed = parseGlossary(glossaryJson);
/** The bundled glossary; empty if the file were ever broken (a unit test keeps it valid). */
export const GLOSSARY: readonly GlossaryTerm[] = parsed.ok ? parsed.glossary.terms : [];

export interface TextPart {
  text: string;
  term?: GlossaryTerm;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Splits text into plain parts and glossary terms; each term is marked once per text (its
 * first appearance), longest words first, on whole words only.
 */
export function splitTerms(
  text: string,
  lang: keyof LocalizedText,
  terms: readonly GlossaryTerm[] = GLOSSARY,
): TextPart[] {
  const entries = terms
    .flatMap((term) => term.match[lang].map((word) => ({ word, term })))
    .sort((a, b) => b.word.length - a.word.length);
  if (!entries.length) return [{ text }];
  const byWord = new Map(entries.map((e) => [e.word.toLowerCase(), e.term]));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${entries.map((e) => escapeRegExp(e.word)).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const out: TextPart[] = [];
  const used = new Set<string>();
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const term = byWord.get(m[0].toLowerCase());
    if (!term || used.has(term.id) || m.index === undefined) continue;
    used.add(term.id);
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: m[0], term });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** The terms that appear in any of the texts, in the glossary's own order (e.g. a handout's). */
export function termsIn(
  texts: readonly string[],
  lang: keyof LocalizedText,
  terms: readonly GlossaryTerm[] = GLOSSARY,
): GlossaryTerm[] {
  const used = new Set<string>();
  for (const text of texts) {
    for (const part of splitTerms(text, lang, terms)) if (part.term) used.add(part.term.id);
  }
  return terms.filter((t) => used.has(t.id));
}
