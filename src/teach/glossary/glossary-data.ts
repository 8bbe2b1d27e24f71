// The glossary's terms (scenes/glossary.json), and how they are found in a text.
import glossaryFromBuild from 'virtual:checked/glossary';
import type { LocalizedText } from '../../i18n/localize';
import type { GlossaryTerm } from './glossary-schema';

export type { GlossaryTerm };

/** The bundled glossary's terms, checked against ./glossary-schema.ts when the app was built. */
export const GLOSSARY: readonly GlossaryTerm[] = glossaryFromBuild.terms;

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

/** A glossary word with the characters that touch it (e.g. "(" before, "." or "," after). */
export interface GluedTerm {
  before: string;
  text: string;
  term: GlossaryTerm;
  after: string;
}

/**
 * The parts of `splitTerms` with each term joined to the non-space characters either side of
 * it, for one unbreakable run: a term is an inline block (a 24 px target), and a line may
 * otherwise break between it and its full stop, which then starts the next line.
 */
export function glueTerms(parts: readonly TextPart[]): (string | GluedTerm)[] {
  const plain = parts.map((p) => (p.term ? null : p.text)); // what is left of each plain part
  const glued = parts.map((part, i): GluedTerm | null => {
    if (!part.term) return null;
    // (a neighbour that is a term, or none, is null or undefined: nothing to take from it)
    const prev = plain[i - 1];
    const before = prev == null ? '' : (/\S*$/.exec(prev)?.[0] ?? '');
    if (prev != null) plain[i - 1] = prev.slice(0, prev.length - before.length);
    const next = plain[i + 1];
    const after = next == null ? '' : (/^\S*/.exec(next)?.[0] ?? '');
    if (next != null) plain[i + 1] = next.slice(after.length);
    return { before, text: part.text, term: part.term, after };
  });
  return parts.flatMap((_, i): (string | GluedTerm)[] => {
    const term = glued[i];
    if (term) return [term];
    return plain[i] ? [plain[i]] : [];
  });
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
