// The iframe snippet a lecturer pastes into a course page or slides: the current stage and
// language, in embed mode.
import type { DisplayLang } from '../../i18n/localize';

/** true when the URL asks for the embedded layout (?embed=1). */
export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedUrl(base: string, stage: string, lang: DisplayLang): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('embed', '1');
  url.searchParams.set('stage', stage);
  url.searchParams.set('lang', lang === 'pseudo' ? 'en' : lang);
  return url.toString();
}

export function embedCode(base: string, stage: string, lang: DisplayLang, title: string): string {
  const src = escapeAttr(embedUrl(base, stage, lang));
  return `<iframe src="${src}" title="${escapeAttr(title)}" width="800" height="450" style="border:0;max-width:100%" allow="fullscreen" loading="lazy"></iframe>`;
}
