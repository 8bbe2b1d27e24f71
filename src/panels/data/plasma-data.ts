// Data for the plasma panel: the model's concentration curve for a regimen and the published
// concentration ranges. Pure.
import {
  ANAESTHETIC_BOLUS,
  ngPerMlToMicroM,
  plasmaConcentrationNgPerMl,
  STANDARD_INFUSION,
  type Regimen,
} from '../../model';
import { DOSE_RANGE_MG_PER_KG } from '../../state/regimens';

export type BandId = 'analgesia' | 'dissociation' | 'anesthesia';

export interface ConcentrationBand {
  id: BandId;
  /** ng/mL */
  low: number;
  high: number;
  factId: string;
}

/** Published plasma ranges, ng/mL (Zanos et al. 2018, Table 1). */
export const PLASMA_BANDS: readonly ConcentrationBand[] = [
  { id: 'analgesia', low: 70, high: 160, factId: 'pk.conc.analgesia' },
  { id: 'dissociation', low: 100, high: 250, factId: 'pk.conc.dissociation' },
  { id: 'anesthesia', low: 1200, high: 2400, factId: 'pk.conc.anesthesia' },
];

/** Facts behind the plasma figure: the ranges, the dose and the model's PK parameters. */
export const PLASMA_FACT_IDS = [
  'pk.dose.standard',
  'pk.cmax.antidep',
  'pk.conc.analgesia',
  'pk.conc.dissociation',
  'pk.conc.anesthesia',
  'pk.halfLife.alpha',
  'pk.halfLife.beta',
  'pk.vd',
  'pk.clearance',
] as const;

/** Time shown by the plasma chart, minutes after the start of dosing. */
export const PLASMA_DOMAIN_MIN: readonly [number, number] = [0, 240];

/** Times listed in the table (and marked on the curve), minutes. */
export const PLASMA_TABLE_TIMES_MIN = [0, 10, 20, 30, 40, 60, 90, 120, 180, 240] as const;

/** Dose control limits for the 40-minute infusion, mg/kg (state/regimens.ts). */
export const DOSE_MIN_MG_PER_KG = DOSE_RANGE_MG_PER_KG.min;
export const DOSE_MAX_MG_PER_KG = DOSE_RANGE_MG_PER_KG.max;
export const DOSE_STEP_MG_PER_KG = DOSE_RANGE_MG_PER_KG.step;

export interface PlasmaPoint {
  tMin: number;
  ngPerMl: number;
}

/** The concentration curve every `stepMin` minutes across the domain. */
export function plasmaCurve(
  regimen: Regimen,
  domain: readonly [number, number] = PLASMA_DOMAIN_MIN,
  stepMin = 1,
): PlasmaPoint[] {
  const out: PlasmaPoint[] = [];
  for (let t = domain[0]; t <= domain[1] + 1e-9; t += stepMin) {
    out.push({ tMin: t, ngPerMl: plasmaConcentrationNgPerMl(regimen, t) });
  }
  return out;
}

export interface PlasmaRow {
  tMin: number;
  ngPerMl: number;
  microM: number;
}

export function plasmaTableRows(regimen: Regimen): PlasmaRow[] {
  return PLASMA_TABLE_TIMES_MIN.map((t) => {
    const c = plasmaConcentrationNgPerMl(regimen, t);
    return { tMin: t, ngPerMl: c, microM: ngPerMlToMicroM(c) };
  });
}

export interface PlasmaSummary {
  peakNgPerMl: number;
  peakMicroM: number;
  peakTMin: number;
  /** bands that contain the peak */
  peakBands: BandId[];
  /** first time after the peak when the level falls below the analgesic range, min (or null) */
  belowAnalgesiaMin: number | null;
}

export function plasmaSummary(regimen: Regimen, domain = PLASMA_DOMAIN_MIN): PlasmaSummary {
  const curve = plasmaCurve(regimen, domain, 0.5);
  let peak = curve[0] ?? { tMin: 0, ngPerMl: 0 };
  for (const p of curve) if (p.ngPerMl > peak.ngPerMl) peak = p;
  const analgesiaLow = PLASMA_BANDS[0]!.low;
  let below: number | null = null;
  for (const p of curve) {
    if (p.tMin > peak.tMin && p.ngPerMl < analgesiaLow) {
      below = p.tMin;
      break;
    }
  }
  return {
    peakNgPerMl: peak.ngPerMl,
    peakMicroM: ngPerMlToMicroM(peak.ngPerMl),
    peakTMin: peak.tMin,
    peakBands: PLASMA_BANDS.filter((b) => peak.ngPerMl >= b.low && peak.ngPerMl <= b.high).map(
      (b) => b.id,
    ),
    belowAnalgesiaMin: below,
  };
}

/** Upper end of the value axis: room for the curve and the low ranges, ng/mL. */
export function plasmaAxisMax(regimen: Regimen): number {
  const s = plasmaSummary(regimen);
  return Math.max(300, s.peakNgPerMl * 1.12);
}

export function isStandardInfusion(r: Regimen): boolean {
  return (
    r.kind === 'infusion' &&
    r.doseMgPerKg === STANDARD_INFUSION.doseMgPerKg &&
    r.durationMin === 40 &&
    r.weightKg === STANDARD_INFUSION.weightKg
  );
}

export function isAnaestheticBolus(r: Regimen): boolean {
  return r.kind === 'bolus' && r.doseMgPerKg === ANAESTHETIC_BOLUS.doseMgPerKg;
}

/** A 40-minute infusion of `dose` mg/kg (70 kg), clamped to the control's range and step. */
export function infusionOf(doseMgPerKg: number): Regimen {
  const steps = Math.round((doseMgPerKg - DOSE_MIN_MG_PER_KG) / DOSE_STEP_MG_PER_KG);
  const d = DOSE_MIN_MG_PER_KG + steps * DOSE_STEP_MG_PER_KG;
  const clamped = Math.min(DOSE_MAX_MG_PER_KG, Math.max(DOSE_MIN_MG_PER_KG, d));
  return {
    kind: 'infusion',
    doseMgPerKg: Math.round(clamped * 100) / 100,
    durationMin: 40,
    weightKg: STANDARD_INFUSION.weightKg,
  };
}
