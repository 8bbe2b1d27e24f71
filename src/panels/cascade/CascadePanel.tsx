// Panel "cascade": glutamate, BDNF, mTOR and spine density on a log time axis from minutes to
// two weeks (illustrative model with a rodent time course), with the mouse findings marked as
// rodent data, and the "now" cursor. Its table is labelled illustrative and rounded to 5 %.
import { useMemo } from 'react';
import { formatDuration } from '../../i18n/format-time';
import type { LocalizedText } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useLang, useText } from '../../i18n/use-text';
import { useApp } from '../../state/app-store';
import { useTrajectoryReady } from '../../state/use-trajectory-ready';
import { PANEL_SHELL_STRINGS as SHELL } from '../../i18n/strings/panel-shell';
import { ACTOR_COLORS, SURFACE } from '../../theme/actor-colors';
import { Figure } from '../chart/Figure';
import { Legend, type LegendItem } from '../chart/Legend';
import { LineChart, type ChartContext } from '../chart/LineChart';
import { TICK_EM } from '../chart/Axes';
import { logTimeAxisTicks } from '../chart/time-ticks';
import {
  CASCADE_DOMAIN_MIN,
  CASCADE_FACT_IDS,
  CASCADE_RODENT_SPANS,
  CASCADE_TABLE_TIMES_MIN,
  CASCADE_VARIABLES,
  modelSeries,
  peakOf,
  sampleTimes,
  toPercentChange,
  type CascadeVariable,
  type Point,
} from '../data/model-series';
import { regimenText } from '../data/regimen-text';
import { sourcesForFacts } from '../data/sources';
import { formatNumber, formatPercent, formatSigned } from '../lib/format';
import { measureText } from '../lib/text-measure';

export const CASCADE_STYLE: Readonly<
  Record<CascadeVariable, { color: string; dash?: string; width?: number; label: LocalizedText }>
> = {
  glutamate: { color: ACTOR_COLORS.glutamate, label: S.glutamate },
  bdnf: { color: ACTOR_COLORS.bdnf, dash: '7 4', label: S.bdnf },
  mtor: { color: ACTOR_COLORS.mtor, dash: '2 4', label: S.mtor },
  spineDensity: { color: ACTOR_COLORS.spine, width: 3.5, label: S.spineDensity },
};

const SPAN_TEXT: Readonly<Record<string, LocalizedText>> = {
  'spines-unchanged': S.spanSpinesUnchanged,
  'spines-raised': S.spanSpinesRaised,
  'spines-lasting': S.spanSpinesLasting,
};

/** Illustrative values are shown coarsely (nearest 5 %) so they do not read as measurements. */
function roundIllustrative(v: number): number {
  const r = Math.round(v / 5) * 5;
  return r === 0 ? 0 : r; // no "−0"
}

/** First time a %-change series reaches `threshold` percent, minutes. */
export function firstTimeAbove(points: readonly Point[], threshold: number): number | null {
  for (const [t, v] of points) if (v >= threshold) return t;
  return null;
}

/** The cascade chart once the model's trajectory is at hand (simulated by the worker). */
export function CascadePanel() {
  const tr = useText();
  const ready = useTrajectoryReady(useApp((s) => s.regimen));
  if (!ready) return <p className="panel-loading">{tr(SHELL.loading)}</p>;
  return <CascadeFigure />;
}

function CascadeFigure() {
  const tr = useText();
  const lang = useLang();
  const regimen = useApp((s) => s.regimen);
  const sources = useMemo(() => sourcesForFacts(CASCADE_FACT_IDS), []);

  const data = useMemo(() => {
    const times = sampleTimes(CASCADE_DOMAIN_MIN[0], CASCADE_DOMAIN_MIN[1], 400, true);
    const series = CASCADE_VARIABLES.map((v) => ({
      id: v,
      points: modelSeries(regimen, v, times, toPercentChange),
      table: modelSeries(regimen, v, [...CASCADE_TABLE_TIMES_MIN], toPercentChange),
    }));
    return series;
  }, [regimen]);

  let lo = 0;
  let hi = 10;
  for (const s of data) {
    for (const [, v] of s.points) {
      if (v < lo) lo = v;
      if (v * 1.12 > hi) hi = v * 1.12;
    }
  }

  const byId = (id: CascadeVariable) => data.find((d) => d.id === id)!;
  const glu = peakOf(byId('glutamate').points);
  const spine = byId('spineDensity').points;
  const spinePeak = peakOf(spine);
  const spineRise = firstTimeAbove(spine, 1);
  const summary = tr(S.cascadeSummary, {
    gluT: formatDuration(glu.tMin, lang),
    spineRise: spineRise === null ? '–' : formatDuration(spineRise, lang),
    spineT: formatDuration(spinePeak.tMin, lang),
    spinePeak: formatPercent(roundIllustrative(spinePeak.value), lang, 0),
  });
  const regimenLabel = regimenText(regimen, lang);

  const legend: LegendItem[] = [
    ...CASCADE_VARIABLES.map((v) => ({
      id: v,
      label: tr(CASCADE_STYLE[v].label),
      color: CASCADE_STYLE[v].color,
      kind: CASCADE_STYLE[v].dash ? ('dashed' as const) : ('line' as const),
    })),
  ];

  const spanBadges = (ctx: ChartContext) => {
    const px = ctx.fontPx * TICK_EM;
    const y = ctx.box.top - px * 0.35;
    const first = CASCADE_RODENT_SPANS[0]!;
    const last = CASCADE_RODENT_SPANS[CASCADE_RODENT_SPANS.length - 1]!;
    const x0 = ctx.x(first.from);
    const x1 = ctx.x(last.to);
    const label = tr(S.rodentData);
    const w = measureText(label, px, true);
    const fits = w <= ctx.width;
    const cx = Math.min(ctx.width - w / 2, Math.max(w / 2, (x0 + x1) / 2));
    return (
      <g className="rodent-label" data-testid="rodent-label">
        <path
          d={`M${x0},${y + px * 0.4}V${y}H${x1}V${y + px * 0.4}`}
          fill="none"
          stroke={SURFACE.mutedText}
        />
        {fits ? (
          <text
            x={cx}
            y={y - px * 0.3}
            textAnchor="middle"
            fontWeight={700}
            style={{ fontSize: `${px}px` }}
          >
            {label}
          </text>
        ) : null}
        {CASCADE_RODENT_SPANS.map((s, i) => {
          const sx = (ctx.x(s.from) + ctx.x(s.to)) / 2;
          return (
            <text
              key={s.id}
              x={sx}
              y={ctx.box.top + px * 1.1}
              textAnchor="middle"
              className="muted-text"
              style={{ fontSize: `${px}px` }}
            >
              {i + 1}
            </text>
          );
        })}
      </g>
    );
  };

  return (
    <div className="panel panel-cascade" data-testid="panel-cascade">
      <p className="callout" data-testid="cascade-rodent-banner">
        {tr(S.cascadeRodentBanner)}
      </p>
      <Figure
        id="cascade"
        title={tr(S.cascadeFigTitle)}
        summary={summary}
        sources={sources}
        note={tr(S.illustrativeNote)}
        legend={
          <>
            <p className="pfig-muted">{tr(S.cascadeAxes)}</p>
            <Legend items={legend} />
            <ol className="plain-list">
              {CASCADE_RODENT_SPANS.map((s) => (
                <li key={s.id} data-span-legend={s.id}>
                  {tr(S.rodentSpanLegend, { what: tr(SPAN_TEXT[s.id]!) })}
                </li>
              ))}
            </ol>
          </>
        }
        table={{
          caption: tr(S.cascadeTableCaption, { regimen: regimenLabel }),
          columns: [
            { key: 't', label: tr(S.colTime) },
            ...CASCADE_VARIABLES.map((v) => ({
              key: v,
              label: tr(CASCADE_STYLE[v].label),
              numeric: true,
            })),
          ],
          rows: CASCADE_TABLE_TIMES_MIN.map((t, i) => ({
            key: `t${t}`,
            cells: [
              formatDuration(t, lang),
              ...data.map((d) => formatSigned(roundIllustrative(d.table[i]?.[1] ?? NaN), lang, 0)),
            ],
          })),
          // illustrative: the CSV keeps the table's rounding to 5 (no false precision)
          csv: {
            header: [
              tr(S.csvTimeMin),
              ...CASCADE_VARIABLES.map((v) =>
                tr(S.csvChange, { what: tr(CASCADE_STYLE[v].label) }),
              ),
            ],
            rows: CASCADE_TABLE_TIMES_MIN.map((t, i) => [
              t,
              ...data.map((d) => roundIllustrative(d.table[i]?.[1] ?? NaN)),
            ]),
          },
        }}
      >
        {(size) => (
          <LineChart
            size={size}
            xKind="log"
            xDomain={CASCADE_DOMAIN_MIN}
            xTicks={logTimeAxisTicks(CASCADE_DOMAIN_MIN, lang)}
            yDomain={[lo, hi]}
            yFormat={(v) => (v === 0 ? formatNumber(0, lang) : formatSigned(v, lang, 0))}
            series={data.map((d) => ({
              id: d.id,
              color: CASCADE_STYLE[d.id].color,
              dash: CASCADE_STYLE[d.id].dash,
              width: CASCADE_STYLE[d.id].width,
              points: d.points,
            }))}
            spans={CASCADE_RODENT_SPANS.map((s, i) => ({
              id: s.id,
              from: s.from,
              to: s.to,
              color: SURFACE.mutedText,
              opacity: i === 1 ? 0.2 : 0.1,
            }))}
            markers={data.flatMap((d) =>
              CASCADE_TABLE_TIMES_MIN.map((t, i) => ({
                key: `${d.id}-t${t}`,
                rowKey: `t${t}`,
                x: t,
                y: d.table[i]?.[1] ?? NaN,
                color: CASCADE_STYLE[d.id].color,
                value: formatSigned(roundIllustrative(d.table[i]?.[1] ?? NaN), lang, 0),
                r: 2,
              })),
            )}
            cursor={{ label: tr(S.now) }}
            ariaLabel={summary}
            testId="cascade-chart"
            topEm={2.2}
            extra={spanBadges}
          />
        )}
      </Figure>
    </div>
  );
}

export default CascadePanel;
