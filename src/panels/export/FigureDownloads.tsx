// Download buttons under a figure: SVG and PNG of the chart, CSV of its data (a table with no
// chart, as the evidence matrix, offers CSV only). The export code loads on first use.
import { useRef, useState } from 'react';
import type { TableSpec } from '../chart/DataTable';
import type { Source } from '../../content/types';
import { TEACH_STRINGS as S } from '../../i18n/strings/teach';
import { useLang, useText } from '../../i18n/use-text';
import './export.css';

type Kind = 'svg' | 'png' | 'csv';
const ALL_KINDS: readonly Kind[] = ['svg', 'png', 'csv'];

interface Props {
  id: string;
  title: string;
  table: TableSpec;
  sources: readonly Source[];
  note?: string;
  /** the files offered, in this order (all three unless given) */
  kinds?: readonly Kind[];
}

export function FigureDownloads({ kinds = ALL_KINDS, ...props }: Props) {
  const tr = useText();
  const lang = useLang();
  const ref = useRef<HTMLDivElement>(null);
  const [error, setError] = useState('');
  const label = { svg: S.downloadSvg, png: S.downloadPng, csv: S.downloadCsv } as const;
  const run = async (kind: Kind) => {
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
      {kinds.map((kind) => (
        <button key={kind} type="button" onClick={() => void run(kind)} data-download={kind}>
          {tr(label[kind])}
        </button>
      ))}
      {error ? <span role="alert">{error}</span> : null}
    </div>
  );
}
