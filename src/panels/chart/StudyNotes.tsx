// Studies whose numbers are stated rather than charted, each with its citation.
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useText } from '../../i18n/use-text';
import type { StudyNote } from '../data/outcomes-figures';
import { Sources } from './Sources';

export function StudyNotes({ notes, title }: { notes: readonly StudyNote[]; title?: string }) {
  const tr = useText();
  const shown = notes.filter((n) => n.lines.length);
  if (!shown.length) return null;
  return (
    <section className="study-notes" data-testid="study-notes">
      <h3 className="pfig-subhead">{title ?? tr(S.moreStudies)}</h3>
      {shown.map((note) => (
        <div key={note.id} className="study-note" data-note={note.id}>
          <p className="study-note-head">{note.heading}</p>
          <ul className="plain-list">
            {note.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <Sources sources={note.sources} />
        </div>
      ))}
    </section>
  );
}
