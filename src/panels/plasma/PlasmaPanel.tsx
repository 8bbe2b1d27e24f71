// Panel "plasma": the model's plasma concentration over time with the published analgesia,
// dissociation and anaesthesia ranges, a "now" cursor, and (explore mode) a dose control.
import { useMemo } from 'react';
import { formatDuration } from '../../i18n/format-time';
import type { LocalizedText } from '../../i18n/localize';
import { PANEL_STRINGS as S } from '../../i18n/strings/panels';
import { useLang, useText } from '../../i18n/use-text';
import { useApp } from '../../state/app-store';
import { ACTOR_COLORS } from '../../theme/actor-colors';
import { Figure } from '../chart/Figure';
import { Legend, type LegendItem } from '../chart/Legend';
import { LineChart } from '../chart/LineChart';
import { timeTicks } from '../chart/time-ticks';
import { regimenText } from '../data/regimen-text';
import { sourcesForFacts } from '../data/sources';
import {
  PLASMA_BANDS,
  PLASMA_DOMAIN_MIN,
  PLASMA_FACT_IDS,
  plasmaAxisMax,
  plasmaCurve,
  plasmaSummary,
  plasmaTableRows,
  type BandId,
} from '../data/plasma-data';
import { formatNumber, formatRange } from '../lib/format';
import { DoseControl } from './DoseControl';
import { useDraftRegimen } from './use-draft-regimen';
import { modePolicy } from '../../state/mode-policy';

/** One colour per range; the ranges are also named in the legend and the table. */
export const BAND_COLORS: Readonly<Record<BandId, string>> = {
  analgesia: ACTOR_COLORS.pain,
  dissociation: ACTOR_COLORS.nmda,
  anesthesia: ACTOR_COLORS.magnesium,
};

const BAND_NAMES: Readonly<Record<BandId, LocalizedText>> = {
  analgesia: S.bandAnalgesia,
  dissociation: S.bandDissociation,
  anesthesia: S.bandAnesthesia,
};

const TICKS_MIN = [0, 60, 120, 180, 240];

export function PlasmaPanel() {
  const tr = useText();
  const lang = useLang();
  const mode = useApp((s) => s.mode);
  const [regimen, change] = useDraftRegimen();

  // Fails loudly (error boundary) if a fact behind this figure were ever FROM MEMORY.
  const sources = useMemo(() => sourcesForFacts(PLASMA_FACT_IDS), []);
  const curve = useMemo(
    () => plasmaCurve(regimen).map((p) => [p.tMin, p.ngPerMl] as const),
    [regimen],
  );
  const rows = useMemo(() => plasmaTableRows(regimen), [regimen]);
  const summary = useMemo(() => plasmaSummary(regimen), [regimen]);
  const yMax = plasmaAxisMax(regimen);
  const regimenLabel = regimenText(regimen, lang);

  const bandNames = summary.peakBands.map((b) => tr(BAND_NAMES[b]));
  const summaryText = tr(S.plasmaSummary, {
    regimen: regimenLabel,
    peak: formatNumber(summary.peakNgPerMl, lang, 0),
    peakUm: formatNumber(summary.peakMicroM, lang, 2),
    peakWhen:
      summary.peakTMin < 0.5
        ? tr(S.peakAtStart)
        : tr(S.peakAt, { time: formatDuration(summary.peakTMin, lang) }),
    inBands: bandNames.length
      ? tr(S.plasmaInBands, { bands: bandNames.join(` ${tr(S.and)} `) })
      : '',
    below:
      summary.belowAnalgesiaMin !== null
        ? tr(S.plasmaBelow, { time: formatDuration(summary.belowAnalgesiaMin, lang) })
        : '',
  });

  const legend: LegendItem[] = [
    { id: 'curve', label: tr(S.plasmaCurve), color: ACTOR_COLORS.ketamine, kind: 'line' },
    ...PLASMA_BANDS.map((b) => ({
      id: b.id,
      label:
        tr(S.bandLegend, { band: tr(BAND_NAMES[b.id]), range: formatRange(b.low, b.high, lang) }) +
        (b.low >= yMax ? ` ${tr(S.bandOffScale)}` : ''),
      color: BAND_COLORS[b.id],
      kind: 'area' as const,
    })),
  ];

  return (
    <div className="panel panel-plasma" data-testid="panel-plasma">
      <Figure
        id="plasma"
        title={tr(S.plasmaFigTitle)}
        summary={summaryText}
        sources={sources}
        note={tr(S.plasmaNote)}
        controls={
          // Only people exploring on their own change the dose (state/mode-policy.ts).
          modePolicy(mode).doseControl ? <DoseControl regimen={regimen} onChange={change} /> : null
        }
        legend={
          <>
            <p className="pfig-muted">{tr(S.plasmaAxes)}</p>
            <Legend items={legend} />
          </>
        }
        table={{
          caption: tr(S.plasmaTableCaption, { regimen: regimenLabel }),
          columns: [
            { key: 't', label: tr(S.colTime) },
            { key: 'ng', label: tr(S.colNgPerMl), numeric: true },
            { key: 'um', label: tr(S.colMicroM), numeric: true },
          ],
          rows: rows.map((r) => ({
            key: `t${r.tMin}`,
            cells: [
              formatDuration(r.tMin, lang),
              formatNumber(r.ngPerMl, lang, 0),
              formatNumber(r.microM, lang, 2, 2),
            ],
          })),
          csv: {
            header: [tr(S.csvTimeMin), tr(S.csvPlasmaNg), tr(S.csvPlasmaMicroM)],
            rows: rows.map((r) => [r.tMin, r.ngPerMl, r.microM]),
          },
        }}
      >
        {(size) => (
          <LineChart
            size={size}
            xKind="linear"
            xDomain={PLASMA_DOMAIN_MIN}
            xTicks={timeTicks(TICKS_MIN, lang)}
            yDomain={[0, yMax]}
            yFormat={(v) => formatNumber(v, lang, 0)}
            series={[{ id: 'plasma', color: ACTOR_COLORS.ketamine, points: curve }]}
            bands={PLASMA_BANDS.map((b) => ({
              id: b.id,
              low: b.low,
              high: b.high,
              color: BAND_COLORS[b.id],
              opacity: 0.22,
            }))}
            markers={rows.map((r) => ({
              key: `t${r.tMin}`,
              x: r.tMin,
              y: r.ngPerMl,
              color: ACTOR_COLORS.ketamine,
              value: formatNumber(r.ngPerMl, lang, 0),
              r: 2.5,
            }))}
            cursor={{ label: tr(S.now), dotValue: (c) => c.state.plasmaNgPerMl }}
            ariaLabel={summaryText}
            testId="plasma-chart"
          />
        )}
      </Figure>
    </div>
  );
}

export default PlasmaPanel;
