// Text with its glossary terms marked (first appearance of each).
import { useLang } from '../../i18n/use-text';
import { splitTerms } from './glossary-data';
import { GlossaryTerm } from './GlossaryTerm';

export function GlossaryText({ text }: { text: string }) {
  const lang = useLang();
  // the pseudo-locale is English underneath
  const parts = splitTerms(text, lang === 'es' ? 'es' : 'en');
  return (
    <>
      {parts.map((p, i) =>
        p.term ? (
          <GlossaryTerm key={i} term={p.term}>
            {p.text}
          </GlossaryTerm>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
