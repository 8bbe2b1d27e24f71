// Download buttons under a figure: SVG and PNG of the chart, CSV of its data. The export code
// loads on first use.
import { useRef, useState } from 'react';
import type { TableSpec } from '../chart/DataTable';
import type { Source } from '../../content/types';
import { TEACH_STRINGS as S } from '../../i18n/strings/teach';
import { useLang, useText } from '../../i18n/use-text';
import './export.css';

interface Props {
  id: string;
  title: string;
  table: TableSpec;
  sources: readonly Source[];
  note?: string;
}

export function FigureDownloads(props: Props) {
  const tr = useText();
  const lang = useLang();
  const ref = useRef<HTMLDivElement>(null);
  const [error, setError] = useState('');
  const run = async (kind: 'svg' | 'png' | 'csv') => {
    const figure = ref.current?.closest<HTMLElement>('figure');
    if (!figure) return;
    try {
      const actions = await import('./export-actions');
      const input = { ...props, figure, tr, lang };
      if (kind === 'svg') actions.exportSvg(input);
      else if (kind === 'png') await actions.exportPng(input);
      else actions.exportCsv(input);
      setError('');
    } catch {
      // the reason (no canvas, no chart) is ours, not the reader's: a friendly line instead
      setError(tr(S.downloadFailed));
    }
  };
  return (
    <div
      ref={ref}
      className="pfig-downloads"
      role="group"
      aria-label={tr(S.downloadLabel, { title: props.title })}
      data-testid="figure-downloads"
    >
      <span className="pfig-downloads-label" aria-hidden="true">
        {tr(S.download)}:
      </span>
      <button type="button" onClick={() => void run('svg')} data-download="svg">
        {tr(S.downloadSvg)}
      </button>
      <button type="button" onClick={() => void run('png')} data-download="png">
        {tr(S.downloadPng)}
      </button>
      <button type="button" onClick={() => void run('csv')} data-download="csv">
        {tr(S.downloadCsv)}
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </div>
  );
}
