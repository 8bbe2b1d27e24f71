// Glossary terms with their definitions, in the current language.
import { useText } from '../../i18n/use-text';
import { GLOSSARY, type GlossaryTerm } from './glossary-data';
import './glossary.css';

/** Every term, or the ones given (e.g. those a handout uses). */
export function GlossaryList({ terms = GLOSSARY }: { terms?: readonly GlossaryTerm[] }) {
  const tr = useText();
  return (
    <dl className="glossary-list" data-testid="glossary-list">
      {terms.map((t) => (
        <div key={t.id} data-term={t.id}>
          <dt>{tr(t.term)}</dt>
          <dd>{tr(t.definition)}</dd>
        </div>
      ))}
    </dl>
  );
}
