// Model series for the block and cascade panels, from the cached trajectory. Pure.
import {
  BLOCK_SCENARIOS,
  CASCADE_METADATA,
  blockSeries,
  getTrajectory,
  type CellType,
  type ModelVariable,
  type Regimen,
} from '../../model';

export type Point = readonly [number, number];

/** Evenly spaced times (linear) or log-spaced times between a and b, minutes. */
export function sampleTimes(a: number, b: number, count: number, log = false): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const f = count === 1 ? 0 : i / (count - 1);
    out.push(log ? Math.exp(Math.log(a) + (Math.log(b) - Math.log(a)) * f) : a + (b - a) * f);
  }
  return out;
}

/** A model variable at the given times, mapped by `map` (e.g. fraction → percent). */
export function modelSeries(
  regimen: Regimen,
  variable: ModelVariable,
  times: readonly number[],
  map: (v: number) => number = (v) => v,
): Point[] {
  const values = getTrajectory(regimen).series(variable, times);
  return times.map((t, i) => [t, map(values[i] ?? NaN)] as const);
}

export const toPercent = (fraction: number) => fraction * 100;
/** Level relative to baseline (1 = baseline) → % change from baseline. */
export const toPercentChange = (relative: number) => (relative - 1) * 100;

// --- NMDA block --------------------------------------------------------------------------------

export const BLOCK_DOMAIN_MIN: readonly [number, number] = [0, 240];
export const BLOCK_TABLE_TIMES_MIN = [0, 5, 10, 20, 30, 40, 60, 120, 240] as const;
export const BLOCK_VARIABLES = ['blockInterneuron', 'blockPyramidal'] as const;
/** The block model rests on these facts (Ki values, use dependence, disinhibition order). */
export const BLOCK_FACT_IDS = [
  'pd.enantiomers.affinity',
  'pd.nmda.singleChannel',
  'pd.nmda.bindingSite',
  'pd.disinhibition',
  'pk.dose.standard',
  'pk.proteinBinding',
  'pd.nmda.mgCompetition',
  'pd.nmda.noHumanPet',
] as const;

/** A model range at each time: [t, low %, high %]. */
export type RangePoint = readonly [number, number, number];

/**
 * Block on one cell type as a range (percent): the lower scenario (free drug, Mg2+ competition)
 * to the upper one (total plasma, no Mg2+). Not a measured occupancy (see model/blockRange.ts).
 */
export function blockRangeSeries(
  regimen: Regimen,
  cell: CellType,
  times: readonly number[],
): RangePoint[] {
  const lo = blockSeries(regimen, cell, BLOCK_SCENARIOS.lower, times);
  const hi = blockSeries(regimen, cell, BLOCK_SCENARIOS.upper, times);
  return times.map((t, i) => [t, (lo[i] ?? NaN) * 100, (hi[i] ?? NaN) * 100] as const);
}

/**
 * The rows of `points` at the times `at` (each within 1e-6 min of a row's time, which it then
 * carries), or null when one is missing: a table read off its chart's series, not simulated twice.
 */
export function rowsAt<P extends readonly [number, ...number[]]>(
  points: readonly P[],
  at: readonly number[],
): P[] | null {
  const rows: P[] = [];
  let j = 0;
  for (const t of at) {
    while (j < points.length && (points[j]?.[0] ?? Infinity) < t - 1e-6) j++;
    const row = points[j];
    if (!row || Math.abs(row[0] - t) > 1e-6) return null;
    rows.push([t, ...row.slice(1)] as unknown as P);
  }
  return rows;
}

export interface PeakInfo {
  value: number;
  tMin: number;
}

export function peakOf(points: readonly Point[]): PeakInfo {
  let best: PeakInfo = { value: -Infinity, tMin: 0 };
  for (const [t, v] of points) if (v > best.value) best = { value: v, tMin: t };
  return best;
}

/** First time a series reaches `fraction` of its peak (e.g. half-maximal block), minutes. */
export function timeToFractionOfPeak(points: readonly Point[], fraction: number): number | null {
  const peak = peakOf(points);
  if (!(peak.value > 0)) return null;
  for (const [t, v] of points) if (v >= peak.value * fraction) return t;
  return null;
}

// --- Cascade -----------------------------------------------------------------------------------

export const CASCADE_DOMAIN_MIN: readonly [number, number] = [1, 20160];
export const CASCADE_VARIABLES = ['glutamate', 'bdnf', 'mtor', 'spineDensity'] as const;
export type CascadeVariable = (typeof CASCADE_VARIABLES)[number];
export const CASCADE_TABLE_TIMES_MIN = [
  1, 10, 30, 60, 120, 360, 720, 1440, 4320, 10080, 20160,
] as const;
/**
 * The model's own provenance list (pd.* rodent facts), plus the human SV2A PET result the
 * cascade summary cites (Holmes 2022).
 */
export const CASCADE_FACT_IDS: readonly string[] = [
  ...CASCADE_METADATA.factIds,
  'pd.synapse.sv2aKetamine',
];

/** Rodent findings drawn as spans on the cascade's time axis, minutes. */
export interface RodentSpan {
  id: string;
  from: number;
  to: number;
  species: 'mouse' | 'rat';
  factId: string;
}

export const CASCADE_RODENT_SPANS: readonly RodentSpan[] = [
  // pd.spines.modaSava: formation unchanged at 3–6 h, raised at 12–24 h (mouse)
  { id: 'spines-unchanged', from: 180, to: 360, species: 'mouse', factId: 'pd.spines.modaSava' },
  { id: 'spines-raised', from: 720, to: 1440, species: 'mouse', factId: 'pd.spines.modaSava' },
  // pd.spines.duration: density raised up to 2 weeks (mouse)
  {
    id: 'spines-lasting',
    from: 1440,
    to: 20160,
    species: 'mouse',
    factId: 'pd.spines.duration',
  },
];
