// The clinic's languages take turns, one whole loop each (e.g. English, then Spanish).
import type { Lang } from '../../../i18n/languages';
import type { DisplayLang } from '../../../i18n/localize';

/** The language of the loop after one in `current` (the first one when it is not listed). */
export function nextLanguage(languages: readonly Lang[], current: DisplayLang): Lang | null {
  if (languages.length === 0) return null;
  const i = languages.indexOf(current as Lang);
  return languages[(i + 1) % languages.length] ?? null;
}
