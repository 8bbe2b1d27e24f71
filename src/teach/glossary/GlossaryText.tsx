// Text with its glossary terms marked (first appearance of each).
import { useLang } from '../../i18n/use-text';
import { glueTerms, splitTerms } from './glossary-data';
import { GlossaryTerm } from './GlossaryTerm';

export function GlossaryText({ text }: { text: string }) {
  const lang = useLang();
  // the pseudo-locale is English underneath
  const parts = glueTerms(splitTerms(text, lang === 'es' ? 'es' : 'en'));
  return (
    <>
      {parts.map((p, i) => {
        if (typeof p === 'string') return p;
        const term = (
          <GlossaryTerm key={i} term={p.term}>
            {p.text}
          </GlossaryTerm>
        );
        // the term and the characters touching it ("BDNF.") stay on one line
        return p.before || p.after ? (
          <span key={i} className="gloss-glue">
            {p.before}
            {term}
            {p.after}
          </span>
        ) : (
          term
        );
      })}
    </>
  );
}
