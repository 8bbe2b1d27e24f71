// One figure: title, chart or table (the table is always in the page for screen readers),
// a one-sentence summary, and its sources. The chart area is measured so charts lay out in
// pixels for the width they really have.
import { useId, useState, type ReactNode } from 'react';
import type { Source } from '../../content/types';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useText } from '../../i18n/use-text';
import type { Size } from '../lib/layout';
import { DataTable, type TableSpec } from './DataTable';
import { Sources } from './Sources';
import { useElementSize } from './use-element-size';
import { FigureDownloads } from '../export/FigureDownloads';
import { TermText } from '../../ui/TermText';

export interface FigureProps {
  /** stable id, also data-figure for tests */
  id: string;
  title: string;
  /** one sentence that says what the chart shows */
  summary: string;
  table: TableSpec;
  sources: readonly Source[];
  /** a short note under the sources (e.g. "model output, illustrative") */
  note?: string;
  /** legend above the chart (HTML, so it wraps instead of clipping) */
  legend?: ReactNode;
  /** controls under the chart (e.g. the dose control) */
  controls?: ReactNode;
  /** the chart, laid out for the measured size */
  children: (size: Size) => ReactNode;
}

export function Figure({
  id,
  title,
  summary,
  table,
  sources,
  note,
  legend,
  controls,
  children,
}: FigureProps) {
  const tr = useText();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [ref, size] = useElementSize<HTMLDivElement>();
  const headingId = useId();
  return (
    <figure className="pfig" data-figure={id} aria-labelledby={headingId}>
      <div className="pfig-head">
        <h3 id={headingId}>{title}</h3>
        <div className="pfig-views" role="group" aria-label={tr(S.viewAs)}>
          <button
            type="button"
            aria-pressed={view === 'chart'}
            onClick={() => setView('chart')}
            data-testid="view-chart"
          >
            {tr(S.viewChart)}
          </button>
          <button
            type="button"
            aria-pressed={view === 'table'}
            onClick={() => setView('table')}
            data-testid="view-table"
          >
            {tr(S.viewTable)}
          </button>
        </div>
      </div>
      <div ref={ref} className="pfig-chart" hidden={view !== 'chart'}>
        {children(size)}
      </div>
      {/* Under the chart, so the chart itself is in view first on short screens. */}
      {legend && view === 'chart' ? <div className="pfig-legend">{legend}</div> : null}
      {controls}
      <div className={view === 'table' ? undefined : 'visually-hidden'}>
        <DataTable spec={table} testId={`table-${id}`} />
      </div>
      <figcaption>
        <p className="pfig-summary" data-testid="figure-summary">
          <TermText text={summary} />
        </p>
        <Sources sources={sources} note={note} />
        {/* teach (issue 14): SVG, PNG and CSV downloads */}
        <FigureDownloads id={id} title={title} table={table} sources={sources} note={note} />
      </figcaption>
    </figure>
  );
}
