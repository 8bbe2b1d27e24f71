// English / Español: two toggle buttons, each named in its own language (lang attribute), so
// anyone finds their language whatever the page is in. The choice is kept for the next visit.
import { useApp } from '../state/app-store';
import { choose } from '../state/preferences';
import { LANGUAGES, type Lang } from '../i18n/languages';
import { A11Y_STRINGS as A } from '../i18n/strings/a11y';
import { useText } from '../i18n/use-text';

const NAMES: Record<Lang, string> = { en: A.english.en, es: A.spanish.es };

export function LanguageSwitch() {
  const tr = useText();
  const lang = useApp((s) => s.lang);
  return (
    <div className="language-switch" role="group" aria-label={tr(A.language)}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          data-lang-choice={l}
          onClick={() => choose('lang', l)}
        >
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
