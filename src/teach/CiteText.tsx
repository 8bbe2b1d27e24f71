// How to cite the app, and the content's licence (also in the README: "How to cite").
import pkg from '../../package.json';
import { useLang, useText } from '../i18n/use-text';
import { intlLocale } from '../i18n/localize';
import { TEACH_STRINGS as S } from '../i18n/strings/teach';

export function citation(tr: ReturnType<typeof useText>, lang: Parameters<typeof intlLocale>[0]) {
  const date = new Date().toLocaleDateString(intlLocale(lang), { dateStyle: 'long' });
  const url = `${window.location.origin}${window.location.pathname}`;
  return tr(S.citeText, { version: pkg.version, date, url });
}

export function CiteText() {
  const tr = useText();
  const lang = useLang();
  return (
    <div className="cite-text">
      <p data-testid="cite-line">{citation(tr, lang)}</p>
      <p data-testid="licence">{tr(S.licenceText)}</p>
    </div>
  );
}
