// Panel "history": a vertical timeline from the 1962 synthesis to the 2019 esketamine approval.
// Years sit on a true scale; labels are spread so none overlaps, with a leader to their year.
import { useMemo } from 'react';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useLang, useText } from '../../i18n/use-text';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { TICK_EM } from '../chart/Axes';
import { Figure } from '../chart/Figure';
import {
  HISTORY_FACT_IDS,
  historySummary,
  historyTable,
  layoutHistory,
} from '../data/history-data';
import { sourcesForFacts } from '../data/sources';
import { measureText } from '../lib/text-measure';

export function HistoryPanel() {
  const tr = useText();
  const lang = useLang();
  const sources = useMemo(() => sourcesForFacts(HISTORY_FACT_IDS), []);
  const summary = historySummary(lang);
  const table = useMemo(() => historyTable(lang), [lang]);
  return (
    <div className="panel panel-history" data-testid="panel-history">
      <Figure
        id="history"
        title={tr(S.historyFigTitle)}
        summary={summary}
        sources={sources}
        table={table}
      >
        {(size) => {
          const labelPx = size.fontPx * 0.85;
          const tickPx = size.fontPx * TICK_EM;
          const layout = layoutHistory({
            width: size.width,
            fontPx: size.fontPx,
            measure: (s) => measureText(s, labelPx),
            measureBold: (s) => measureText(s, labelPx, true),
            lang,
            yearColumnPx: measureText('2020', tickPx) + 2,
          });
          const line = labelPx * 1.25;
          return (
            <svg
              width={size.width}
              height={layout.height}
              viewBox={`0 0 ${size.width} ${layout.height}`}
              role="img"
              aria-label={summary}
              data-testid="history-chart"
            >
              <line
                className="axis-line"
                x1={layout.axisX}
                x2={layout.axisX}
                y1={layout.top}
                y2={layout.bottom}
              />
              {layout.yearTicks.map((tick) => (
                <g key={tick.year} aria-hidden="true">
                  <line
                    className="axis-tick"
                    x1={layout.axisX - 4}
                    x2={layout.axisX}
                    y1={tick.y}
                    y2={tick.y}
                  />
                  <text
                    x={layout.axisX - 6}
                    y={tick.y}
                    dy="0.35em"
                    textAnchor="end"
                    className="muted-text"
                    style={{ fontSize: `${tickPx}px` }}
                  >
                    {tick.year}
                  </text>
                </g>
              ))}
              {layout.events.map((p) => {
                const firstBaseline = p.labelTop + labelPx;
                const leaderY = p.labelTop + line * 0.55;
                return (
                  <g key={p.event.factId} data-key={p.event.factId} data-value={p.event.year}>
                    <path
                      d={`M${layout.axisX},${p.yearY}L${layout.labelX - 6},${leaderY}`}
                      stroke="var(--grid)"
                      fill="none"
                    />
                    <circle
                      cx={layout.axisX}
                      cy={p.yearY}
                      r={p.event.approximate ? 5 : 4.5}
                      fill={p.event.approximate ? 'var(--panel)' : ACTOR_COLORS.ketamine}
                      stroke={ACTOR_COLORS.ketamine}
                      strokeWidth={2}
                    >
                      <title>
                        {p.event.approximate ? tr(S.approximate) : String(p.event.year)}
                      </title>
                    </circle>
                    {p.titleLines.map((l, i) => (
                      <text
                        key={`t${i}`}
                        x={layout.labelX}
                        y={firstBaseline + i * line}
                        fontWeight={700}
                        style={{ fontSize: `${labelPx}px` }}
                      >
                        {l}
                      </text>
                    ))}
                    {p.detailLines.map((l, i) => (
                      <text
                        key={`d${i}`}
                        x={layout.labelX}
                        y={firstBaseline + (p.titleLines.length + i) * line}
                        className="muted-text"
                        style={{ fontSize: `${labelPx}px` }}
                      >
                        {l}
                      </text>
                    ))}
                  </g>
                );
              })}
            </svg>
          );
        }}
      </Figure>
    </div>
  );
}

export default HistoryPanel;
