// The one way any string reaches the screen: a { en, es } entry and the display language.
import type { Lang } from './languages';

export interface LocalizedText {
  en: string;
  es: string;
}

/** 'pseudo' doubles English strings (tests use it to find clipped text). */
export type DisplayLang = Lang | 'pseudo';

const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü' };

/**
 * Doubled, accented English between ⟦ ⟧ brackets. {placeholders} are kept as they are, so
 * format() still fills them.
 */
export function pseudoLocalize(text: string): string {
  const accented = text
    .split(/(\{\w+\})/)
    .map((part, i) => (i % 2 ? part : part.replace(/[aeiou]/g, (c) => ACCENTS[c] ?? c)))
    .join('');
  return `⟦${accented} ${accented}⟧`;
}

export function localize(entry: LocalizedText, lang: DisplayLang): string {
  if (lang === 'pseudo') return pseudoLocalize(entry.en);
  return entry[lang];
}

/**
 * The BCP 47 tag to hand to Intl for a display language. 'pseudo' is not a language tag (Intl
 * throws RangeError on it): it formats as English does. Every Intl date in the app goes through
 * here; numbers are written without Intl (number-text.ts).
 */
export function intlLocale(lang: DisplayLang): 'en-GB' | 'es-ES' {
  return lang === 'es' ? 'es-ES' : 'en-GB';
}

/** The value for <html lang> and lang attributes ('pseudo' is English text underneath). */
export function htmlLang(lang: DisplayLang): Lang {
  return lang === 'es' ? 'es' : 'en';
}

/** "52 %" in Spanish (a space before the sign, RAE), "52%" in English. */
export function percentText(numberText: string, lang: DisplayLang): string {
  return lang === 'es' ? `${numberText} %` : `${numberText}%`;
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
