// The citations under a figure: short form on screen (authors, year, journal, DOI), the full
// reference one click away.
import type { Source } from '../../content/types';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useText } from '../../i18n/use-text';
import { fullCitation, shortCitation } from '../data/sources';

export function Sources({ sources, note }: { sources: readonly Source[]; note?: string }) {
  const tr = useText();
  if (!sources.length && !note) return null;
  return (
    <div className="pfig-sources" data-testid="figure-sources">
      <span className="pfig-sources-label">
        {tr(sources.length > 1 ? S.sourcesLabel : S.sourceLabel)}
      </span>
      <ul>
        {sources.map((s) => (
          <li key={s.id} data-source={s.id}>
            <details>
              <summary>{shortCitation(s)}</summary>
              <p>{fullCitation(s)}</p>
              {s.incomplete || Object.values(s.notSeen).some(Boolean) ? (
                <p className="pfig-muted">{tr(S.citationIncomplete)}</p>
              ) : null}
            </details>
          </li>
        ))}
      </ul>
      {note ? <p className="pfig-note">{note}</p> : null}
    </div>
  );
}
