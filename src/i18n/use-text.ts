// React access to strings in the current display language.
import { useCallback } from 'react';
import { useApp } from '../state/app-store';
import { format, localize, type LocalizedText } from './localize';

export function useLang() {
  return useApp((s) => s.lang);
}

/** Returns tr(entry, values?) bound to the current language. */
export function useText() {
  const lang = useLang();
  return useCallback(
    (entry: LocalizedText, values?: Record<string, string | number>) =>
      values ? format(localize(entry, lang), values) : localize(entry, lang),
    [lang],
  );
}
