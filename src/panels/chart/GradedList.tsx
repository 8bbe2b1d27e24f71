// Graded uses (e.g. a guideline's grade per kind of pain) as a captioned table with chips.
import type { GradedUse } from '../../content/outcomes';
import type { Source } from '../../content/types';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useText } from '../../i18n/use-text';
import { GradeChip } from './GradeChip';
import { Sources } from './Sources';

export function GradedList({
  id,
  title,
  summary,
  uses,
  sources,
}: {
  id: string;
  title: string;
  summary?: string;
  uses: readonly GradedUse[];
  sources: readonly Source[];
}) {
  const tr = useText();
  return (
    <section className="pfig graded" data-figure={id}>
      <table className="pfig-table graded-table" data-testid={`table-${id}`}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{tr(S.colUse)}</th>
            <th scope="col">{tr(S.colGrade)}</th>
          </tr>
        </thead>
        <tbody>
          {uses.map((u, i) => (
            <tr key={i}>
              <th scope="row">
                {tr(u.use)}
                {u.note ? <span className="pfig-muted"> · {tr(u.note)}</span> : null}
              </th>
              <td>
                <GradeChip grade={u.grade} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary ? <p className="pfig-summary">{summary}</p> : null}
      <Sources sources={sources} />
    </section>
  );
}
