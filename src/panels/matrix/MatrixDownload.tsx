// The matrix's download: its data as CSV only (it is a table, with no chart to save as a
// picture). The export code loads on first use, as for the other figures.
import { useRef, useState } from 'react';
import type { TableSpec } from '../chart/DataTable';
import type { Source } from '../../content/types';
import { TEACH_STRINGS as T } from '../../i18n/strings/teach';
import { useLang, useText } from '../../i18n/use-text';
import '../export/export.css';

interface Props {
  title: string;
  table: TableSpec;
  sources: readonly Source[];
}

export function MatrixDownload({ title, table, sources }: Props) {
  const tr = useText();
  const lang = useLang();
  const ref = useRef<HTMLDivElement>(null);
  const [error, setError] = useState('');
  const run = async () => {
    const figure = ref.current?.closest<HTMLElement>('figure');
    if (!figure) return;
    try {
      const actions = await import('../export/export-actions');
      actions.exportCsv({ id: 'matrix', title, table, sources, figure, tr, lang });
      setError('');
    } catch {
      setError(tr(T.downloadFailed));
    }
  };
  return (
    <div
      ref={ref}
      className="pfig-downloads"
      role="group"
      aria-label={tr(T.downloadLabel, { title })}
      data-testid="figure-downloads"
    >
      <span className="pfig-downloads-label" aria-hidden="true">
        {tr(T.download)}:
      </span>
      <button type="button" onClick={() => void run()} data-download="csv">
        {tr(T.downloadCsv)}
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </div>
  );
}
