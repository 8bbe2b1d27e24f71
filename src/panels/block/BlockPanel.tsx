// Panel "block": the model's NMDA receptor block over time on the tonically active GABA
// interneuron and on the pyramidal cell, with the "now" cursor.
import { useMemo } from 'react';
import { formatDuration } from '../../i18n/format-time';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useLang, useText } from '../../i18n/use-text';
import { useApp } from '../../state/app-store';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { Figure } from '../chart/Figure';
import { Legend } from '../chart/Legend';
import { LineChart } from '../chart/LineChart';
import { timeTicks } from '../chart/time-ticks';
import {
  BLOCK_DOMAIN_MIN,
  BLOCK_FACT_IDS,
  BLOCK_TABLE_TIMES_MIN,
  modelSeries,
  peakOf,
  sampleTimes,
  timeToFractionOfPeak,
  toPercent,
} from '../data/model-series';
import { sourcesForFacts } from '../data/sources';
import { formatNumber, formatPercent } from '../lib/format';
import { regimenText } from '../data/regimen-text';

export const BLOCK_COLORS = {
  blockInterneuron: ACTOR_COLORS.interneuron,
  blockPyramidal: ACTOR_COLORS.spine,
} as const;

const TICKS_MIN = [0, 60, 120, 180, 240];

export function BlockPanel() {
  const tr = useText();
  const lang = useLang();
  const regimen = useApp((s) => s.regimen);
  const sources = useMemo(() => sourcesForFacts(BLOCK_FACT_IDS), []);

  const data = useMemo(() => {
    const times = sampleTimes(BLOCK_DOMAIN_MIN[0], BLOCK_DOMAIN_MIN[1], 481);
    const inter = modelSeries(regimen, 'blockInterneuron', times, toPercent);
    const pyr = modelSeries(regimen, 'blockPyramidal', times, toPercent);
    const tableInter = modelSeries(
      regimen,
      'blockInterneuron',
      [...BLOCK_TABLE_TIMES_MIN],
      toPercent,
    );
    const tablePyr = modelSeries(regimen, 'blockPyramidal', [...BLOCK_TABLE_TIMES_MIN], toPercent);
    return { inter, pyr, tableInter, tablePyr };
  }, [regimen]);

  const regimenLabel = regimenText(regimen, lang);
  const interPeak = peakOf(data.inter);
  const pyrPeak = peakOf(data.pyr);
  const half = (t: number | null) => (t === null ? '–' : formatDuration(t, lang));
  const summary = tr(S.blockSummary, {
    regimen: regimenLabel,
    interPeak: formatPercent(interPeak.value, lang, 0),
    pyrPeak: formatPercent(pyrPeak.value, lang, 0),
    interHalf: half(timeToFractionOfPeak(data.inter, 0.5)),
    pyrHalf: half(timeToFractionOfPeak(data.pyr, 0.5)),
  });

  return (
    <div className="panel panel-block" data-testid="panel-block">
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
              formatNumber(data.tableInter[i]?.[1] ?? NaN, lang, 0),
              formatNumber(data.tablePyr[i]?.[1] ?? NaN, lang, 0),
            ],
          })),
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
            series={[
              { id: 'blockInterneuron', color: BLOCK_COLORS.blockInterneuron, points: data.inter },
              {
                id: 'blockPyramidal',
                color: BLOCK_COLORS.blockPyramidal,
                points: data.pyr,
                dash: '7 4',
              },
            ]}
            markers={BLOCK_TABLE_TIMES_MIN.flatMap((t, i) => [
              {
                key: `inter-t${t}`,
                rowKey: `t${t}`,
                x: t,
                y: data.tableInter[i]?.[1] ?? NaN,
                color: BLOCK_COLORS.blockInterneuron,
                value: formatNumber(data.tableInter[i]?.[1] ?? NaN, lang, 0),
                r: 2.5,
              },
              {
                key: `pyr-t${t}`,
                rowKey: `t${t}`,
                x: t,
                y: data.tablePyr[i]?.[1] ?? NaN,
                color: BLOCK_COLORS.blockPyramidal,
                value: formatNumber(data.tablePyr[i]?.[1] ?? NaN, lang, 0),
                r: 2.5,
              },
            ])}
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
