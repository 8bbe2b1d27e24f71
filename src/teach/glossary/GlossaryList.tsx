// Every glossary term with its definition, in the current language.
import { useText } from '../../i18n/use-text';
import { GLOSSARY } from './glossary-data';
import './glossary.css';

export function GlossaryList() {
  const tr = useText();
  return (
    <dl className="glossary-list" data-testid="glossary-list">
      {GLOSSARY.map((t) => (
        <div key={t.id} data-term={t.id}>
          <dt>{tr(t.term)}</dt>
          <dd>{tr(t.definition)}</dd>
        </div>
      ))}
    </dl>
  );
}
