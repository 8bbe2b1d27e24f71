// Reading-ease formulas for the patients' text: Flesch-Kincaid grade (English, syllables from
// the `syllable` package) and Fernandez-Huerta (Spanish, with a Spanish syllable count).
import { syllable } from 'syllable';

const words = (text: string) =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /\p{L}/u.test(w));

const sentences = (text: string) =>
  Math.max(1, text.split(/[.!?…]+(?:\s|$)/u).filter((s) => /\p{L}/u.test(s)).length);

/** Spanish syllables: vowel groups, with strong-vowel pairs and accented í/ú as hiatus. */
export function syllablesEs(word: string): number {
  let w = word.toLowerCase().replace(/[^a-záéíóúüñy]/g, '');
  w = w
    .replace(/([qg])u([eéií])/g, '$1$2')
    .replace(/y$/, 'i')
    .replace(/y/g, 'j');
  const vowels = 'aeiouáéíóúü';
  const strong = 'aeoáéó';
  const accentedWeak = 'íú';
  let count = 0;
  let prev = '';
  for (const c of w) {
    if (!vowels.includes(c)) {
      prev = '';
      continue;
    }
    const hiatus =
      (strong.includes(c) && strong.includes(prev)) ||
      accentedWeak.includes(c) ||
      accentedWeak.includes(prev);
    if (!prev || hiatus) count++;
    prev = c;
  }
  return Math.max(1, count);
}

/** US school grade (Flesch-Kincaid). */
export function fleschKincaidGrade(text: string): number {
  const list = words(text);
  const syl = list.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  return 0.39 * (list.length / sentences(text)) + 11.8 * (syl / list.length) - 15.59;
}

/**
 * Fernandez-Huerta reading ease (0-100, higher is easier; 70+ is easy), in the corrected form
 * that uses words per sentence: 206.84 - 60 x syllables per word - 1.02 x words per sentence.
 */
export function fernandezHuerta(text: string): number {
  const list = words(text);
  const syl = list.reduce((n, w) => n + syllablesEs(w), 0);
  return 206.84 - 60 * (syl / list.length) - 1.02 * (list.length / sentences(text));
}

export const wordCount = (text: string) => words(text).length;
