// The handout's last page: the glossary terms its pages use, with their definitions, for a
// printed handout (on paper no word can be tapped). Given to the handout by the page shell.
import { useApp } from '../../state/app-store';
import { visibleStages } from '../../state/store';
import { TEACH_STRINGS as S } from '../../i18n/strings/teach';
import { useLang, useText } from '../../i18n/use-text';
import { termsIn } from './glossary-data';
import { GlossaryList } from './GlossaryList';

export default function HandoutGlossary() {
  const tr = useText();
  const lang = useLang();
  const story = useApp((s) => s.story);
  const texts = visibleStages(story).flatMap((s) => [tr(s.caption), tr(s.explanation)]);
  // the pseudo-locale is English underneath
  const terms = termsIn(texts, lang === 'es' ? 'es' : 'en');
  if (terms.length === 0) return null;
  return (
    <article
      className="handout-page handout-glossary"
      data-testid="handout-glossary"
      aria-labelledby="handout-glossary-title"
    >
      <h2 id="handout-glossary-title">{tr(S.glossary)}</h2>
      <GlossaryList terms={terms} />
    </article>
  );
}
