// Panel "block": the model's range of NMDA receptor block over time on the tonically active GABA
// interneuron and on the pyramidal cell (lower to upper assumption, model/blockRange.ts), with
// the "now" cursor. A range with its assumptions named, never a measured occupancy.
import { useMemo } from 'react';
import { area } from 'd3-shape';
import { formatDuration } from '../../i18n/format-time';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useLang, useText } from '../../i18n/use-text';
import { useApp } from '../../state/app-store';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { Figure } from '../chart/Figure';
import { Legend } from '../chart/Legend';
import { LineChart, type ChartContext } from '../chart/LineChart';
import { timeTicks } from '../chart/time-ticks';
import {
  BLOCK_DOMAIN_MIN,
  BLOCK_FACT_IDS,
  BLOCK_TABLE_TIMES_MIN,
  blockRangeSeries,
  rowsAt,
  peakOf,
  sampleTimes,
  timeToFractionOfPeak,
  type Point,
  type RangePoint,
} from '../data/model-series';
import { sourcesForFacts } from '../data/sources';
import { formatNumber, formatPercent } from '../lib/format';
import { regimenText } from '../data/regimen-text';

export const BLOCK_COLORS = {
  blockInterneuron: ACTOR_COLORS.interneuron,
  blockPyramidal: ACTOR_COLORS.spine,
} as const;

const TICKS_MIN = [0, 60, 120, 180, 240];

const lowOf = (r: readonly RangePoint[]): Point[] => r.map(([t, lo]) => [t, lo] as const);
const highOf = (r: readonly RangePoint[]): Point[] => r.map(([t, , hi]) => [t, hi] as const);

function ribbon(ctx: ChartContext, id: string, points: readonly RangePoint[], color: string) {
  const d = area<RangePoint>()
    .x((p) => ctx.x(p[0]))
    .y0((p) => ctx.y(p[1]))
    .y1((p) => ctx.y(p[2]))(points);
  return <path key={id} data-band={id} d={d ?? ''} fill={color} opacity={0.18} stroke="none" />;
}

export function BlockPanel() {
  const tr = useText();
  const lang = useLang();
  const regimen = useApp((s) => s.regimen);
  const sources = useMemo(() => sourcesForFacts(BLOCK_FACT_IDS), []);

  const data = useMemo(() => {
    const times = sampleTimes(BLOCK_DOMAIN_MIN[0], BLOCK_DOMAIN_MIN[1], 241);
    const tableTimes = [...BLOCK_TABLE_TIMES_MIN];
    const inter = blockRangeSeries(regimen, 'interneuron', times);
    const pyr = blockRangeSeries(regimen, 'pyramidal', times);
    // the table's times are on the chart's minute grid: read off, not simulated again
    return {
      inter,
      pyr,
      tableInter: rowsAt(inter, tableTimes) ?? blockRangeSeries(regimen, 'interneuron', tableTimes),
      tablePyr: rowsAt(pyr, tableTimes) ?? blockRangeSeries(regimen, 'pyramidal', tableTimes),
    };
  }, [regimen]);

  const regimenLabel = regimenText(regimen, lang);
  const pct = (v: number) => formatPercent(v, lang, 0);
  const half = (t: number | null) => (t === null ? '–' : formatDuration(t, lang));
  const summary = tr(S.blockSummary, {
    regimen: regimenLabel,
    interLow: pct(peakOf(lowOf(data.inter)).value),
    interHigh: pct(peakOf(highOf(data.inter)).value),
    pyrLow: pct(peakOf(lowOf(data.pyr)).value),
    pyrHigh: pct(peakOf(highOf(data.pyr)).value),
    interHalf: half(timeToFractionOfPeak(highOf(data.inter), 0.5)),
    pyrHalf: half(timeToFractionOfPeak(highOf(data.pyr), 0.5)),
  });
  const num = (v: number | undefined) => formatNumber(v ?? NaN, lang, 0);
  const rangeCell = (r: RangePoint | undefined) => `${num(r?.[1])}–${num(r?.[2])}`;

  const cells = [
    {
      key: 'inter',
      color: BLOCK_COLORS.blockInterneuron,
      range: data.inter,
      table: data.tableInter,
    },
    { key: 'pyr', color: BLOCK_COLORS.blockPyramidal, range: data.pyr, table: data.tablePyr },
  ] as const;

  return (
    <div className="panel panel-block" data-testid="panel-block">
      <p className="callout" data-testid="block-not-measured">
        {tr(S.blockNotMeasured)}
      </p>
      <Figure
        id="block"
        title={tr(S.blockFigTitle)}
        summary={summary}
        sources={sources}
        note={tr(S.blockNote)}
        legend={
          <>
            <p className="pfig-muted">{tr(S.blockAxes)}</p>
            <Legend
              items={[
                {
                  id: 'interneuron',
                  label: tr(S.interneuron),
                  color: BLOCK_COLORS.blockInterneuron,
                  kind: 'line',
                },
                {
                  id: 'pyramidal',
                  label: tr(S.pyramidal),
                  color: BLOCK_COLORS.blockPyramidal,
                  kind: 'dashed',
                },
              ]}
            />
            <ul className="plain-list">
              <li>{tr(S.blockUpper)}</li>
              <li>{tr(S.blockLower)}</li>
            </ul>
          </>
        }
        table={{
          caption: tr(S.blockTableCaption, { regimen: regimenLabel }),
          columns: [
            { key: 't', label: tr(S.colTime) },
            { key: 'inter', label: `${tr(S.interneuron)} (%)`, numeric: true },
            { key: 'pyr', label: `${tr(S.pyramidal)} (%)`, numeric: true },
          ],
          rows: BLOCK_TABLE_TIMES_MIN.map((t, i) => ({
            key: `t${t}`,
            cells: [
              formatDuration(t, lang),
              rangeCell(data.tableInter[i]),
              rangeCell(data.tablePyr[i]),
            ],
          })),
          csv: {
            header: [
              tr(S.csvTimeMin),
              tr(S.csvLower, { what: tr(S.interneuron) }),
              tr(S.csvUpper, { what: tr(S.interneuron) }),
              tr(S.csvLower, { what: tr(S.pyramidal) }),
              tr(S.csvUpper, { what: tr(S.pyramidal) }),
            ],
            rows: BLOCK_TABLE_TIMES_MIN.map((t, i) => [
              t,
              data.tableInter[i]?.[1] ?? null,
              data.tableInter[i]?.[2] ?? null,
              data.tablePyr[i]?.[1] ?? null,
              data.tablePyr[i]?.[2] ?? null,
            ]),
          },
        }}
      >
        {(size) => (
          <LineChart
            size={size}
            xKind="linear"
            xDomain={BLOCK_DOMAIN_MIN}
            xTicks={timeTicks(TICKS_MIN, lang)}
            yDomain={[0, 100]}
            yFormat={(v) => formatPercent(v, lang, 0)}
            series={cells.flatMap((c) => [
              {
                id: `${c.key}-upper`,
                color: c.color,
                points: highOf(c.range),
                dash: c.key === 'pyr' ? '7 4' : undefined,
              },
              {
                id: `${c.key}-lower`,
                color: c.color,
                points: lowOf(c.range),
                dash: c.key === 'pyr' ? '7 4' : undefined,
                width: 1.5,
              },
            ])}
            extra={(ctx) => (
              <g>{cells.map((c) => ribbon(ctx, `${c.key}-range`, c.range, c.color))}</g>
            )}
            markers={BLOCK_TABLE_TIMES_MIN.flatMap((t, i) =>
              cells.flatMap((c) => {
                const r = c.table[i];
                return [1, 2].map((k) => ({
                  key: `${c.key}-${k === 1 ? 'lower' : 'upper'}-t${t}`,
                  rowKey: `t${t}`,
                  x: t,
                  y: r?.[k] ?? NaN,
                  color: c.color,
                  value: num(r?.[k]),
                  r: 2.5,
                }));
              }),
            )}
            cursor={{ label: tr(S.now) }}
            ariaLabel={summary}
            testId="block-chart"
          />
        )}
      </Figure>
    </div>
  );
}

export default BlockPanel;
