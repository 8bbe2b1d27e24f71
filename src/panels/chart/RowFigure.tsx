// A row figure (forest, bars, timeline) from its pure model: Figure chrome + RowChart.
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useText } from '../../i18n/use-text';
import type { RowFigureModel } from '../data/figure-model';
import { Figure } from './Figure';
import { Legend } from './Legend';
import { RowChart } from './RowChart';

export function RowFigure({ model }: { model: RowFigureModel }) {
  const tr = useText();
  return (
    <Figure
      id={model.id}
      title={model.title}
      summary={model.summary}
      sources={model.sources}
      note={model.note}
      table={model.table}
      legend={
        <>
          <p className="pfig-muted">{model.axisLabel}</p>
          {model.legend ? <Legend items={model.legend} /> : null}
        </>
      }
    >
      {(size) => (
        <RowChart
          size={size}
          rows={model.rows}
          xKind={model.xKind}
          xDomain={model.xDomain}
          xTicks={model.xTicks}
          reference={model.reference}
          cursor={model.cursor ? { label: tr(S.now) } : undefined}
          ariaLabel={model.summary}
          testId={`chart-${model.id}`}
        />
      )}
    </Figure>
  );
}
