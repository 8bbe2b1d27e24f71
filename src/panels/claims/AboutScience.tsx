// "About the science": how grades are given, the competing mechanism hypotheses with their
// evidence, and when the science was last reviewed with what changed and why.
import { GRADE_CRITERIA } from '../../content/evidence-grades';
import { HYPOTHESES } from '../../content/hypotheses';
import { SCIENCE_CHANGES, SCIENCE_LAST_REVIEWED } from '../../content/review';
import { intlLocale } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useLang, useText } from '../../i18n/use-text';
import { Sources } from '../chart/Sources';
import { sourcesForFacts } from '../data/sources';

/** A YYYY-MM-DD date in the display language, read as a calendar day (no time zone shift). */
function formatDay(iso: string, lang: ReturnType<typeof useLang>): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return date.toLocaleDateString(intlLocale(lang), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

export function AboutScience() {
  const tr = useText();
  const lang = useLang();
  return (
    <section className="about-science" data-testid="about-science">
      <h3 className="panel-subtitle">{tr(S.aboutTitle)}</h3>
      <p data-testid="science-last-reviewed">
        {tr(S.aboutLastReviewed, { date: formatDay(SCIENCE_LAST_REVIEWED, lang) })}
      </p>

      <h4>{tr(S.hypothesesTitle)}</h4>
      <p>{tr(S.hypothesesIntro)}</p>
      <ul className="hypotheses" data-testid="hypotheses">
        {HYPOTHESES.map((h) => (
          <li key={h.id} data-hypothesis={h.id}>
            <p>
              <strong>{tr(h.name)}</strong>: {tr(h.idea)}
            </p>
            <p>
              {tr(S.hypothesisFor)}: {tr(h.supports)}
            </p>
            <p>
              {tr(S.hypothesisAgainst)}: {tr(h.against)}
            </p>
            <p className="pfig-muted">
              {tr(S.hypothesisFrom)}: {tr(h.species)}
            </p>
            <Sources sources={sourcesForFacts(h.factIds)} />
          </li>
        ))}
      </ul>

      <h4>{tr(S.aboutGradingTitle)}</h4>
      <p>{tr(S.aboutGradingIntro)}</p>
      <ul>
        {GRADE_CRITERIA.map((c) => (
          <li key={c.id}>
            <strong>{tr(c.label)}</strong>: {tr(c.question)}
          </li>
        ))}
      </ul>

      <h4>{tr(S.aboutChangesTitle)}</h4>
      <ul className="science-changes" data-testid="science-changes">
        {SCIENCE_CHANGES.map((c, i) => (
          <li key={i}>
            <strong>{tr(c.what)}</strong> {tr(c.why)}{' '}
            <span className="pfig-muted">({formatDay(c.date, lang)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
