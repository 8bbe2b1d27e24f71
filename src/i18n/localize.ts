// The one way any string reaches the screen: a { en, es } entry and the display language.
import type { Lang } from './languages';

export interface LocalizedText {
  en: string;
  es: string;
}

/** 'pseudo' doubles English strings (tests use it to find clipped text). */
export type DisplayLang = Lang | 'pseudo';

export function pseudoLocalize(text: string): string {
  const accented = text.replace(
    /[aeiou]/g,
    (c) => ({ a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü' })[c] ?? c,
  );
  return `⟦${accented} ${accented}⟧`;
}

export function localize(entry: LocalizedText, lang: DisplayLang): string {
  if (lang === 'pseudo') return pseudoLocalize(entry.en);
  return entry[lang];
}

/** Declares a table of strings; the type keeps every entry in both languages. */
export function defineStrings<K extends string>(
  table: Record<K, LocalizedText>,
): Record<K, LocalizedText> {
  return table;
}

/** Fills {name} placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) =>
    key in values ? String(values[key]) : m,
  );
}
