// The range of NMDA receptor block the model can defend, with its assumptions named.
//
// No human measurement gives the share of NMDA receptors ketamine blocks at antidepressant doses:
// the PET tracers tried so far did not yield a usable occupancy (van der Aart et al. 2018,
// "First in human evaluation of [18F]PK-209", EJNMMI Res 8:69, doi:10.1186/s13550-018-0424-2,
// PMID 30054846: no consistent change after 0.5 mg/kg S-ketamine).
// So the panel shows a range between two scenarios, never a measured occupancy:
//   upper: total plasma ketamine acts at the receptor, no Mg2+ competition, pore occupancy from
//          the rat-brain binding constants (the model's own state, used by the scene and cascade);
//   lower: only the unbound fraction acts (at most 47 % is bound to plasma proteins: Dayton et al.
//          1983, Eur J Clin Pharmacol 24:825, doi:10.1007/BF00607095), and physiological Mg2+ in
//          the pore lowers ketamine's apparent potency (Kotermanski & Johnson 2009, J Neurosci
//          29:2774; its figures were not checked here, so the tenfold factor is an assumption).
// Not modelled either way: ketamine also makes channels open less often (Orser et al. 1997,
// Anesthesiology 86:903, fact pd.nmda.singleChannel), so functional inhibition need
// not equal pore occupancy; receptor subtypes (GluN2A–D) differ; brain and plasma are taken to
// equilibrate at once.
import {
  OPEN_PROBABILITY,
  createBlockState,
  racemateR,
  racemateS,
  stepBlock,
  totalBlock,
  type CellType,
} from './nmdaBlock';
import { ngPerMlToMicroM, pkParameters, plasmaConcentrationWith } from './pharmacokinetics';
import type { Regimen } from './types';

/** Assumptions behind one end of the range. */
export interface BlockScenario {
  /** fraction of plasma ketamine that is free to reach the receptor, 0..1 */
  freeFraction: number;
  /** factor by which Mg2+ in the pore raises ketamine's apparent Ki (1 = no competition) */
  mgPotencyFactor: number;
}

/** Largest plasma protein binding reported, 47 % (Dayton et al. 1983): free fraction 0.53. */
export const FREE_FRACTION_MIN = 0.53;
/** Assumed loss of apparent potency to physiological Mg2+ (assumption; see the header). */
export const MG_POTENCY_FACTOR_MAX = 10;

export const BLOCK_SCENARIOS = Object.freeze({
  upper: Object.freeze({ freeFraction: 1, mgPotencyFactor: 1 }),
  lower: Object.freeze({ freeFraction: FREE_FRACTION_MIN, mgPotencyFactor: MG_POTENCY_FACTOR_MAX }),
}) satisfies Readonly<Record<'upper' | 'lower', BlockScenario>>;

/** Concentration that acts at the pore under a scenario, µM (Mg2+ scales Ki, i.e. c / factor). */
export function effectiveMicroM(plasmaMicroM: number, s: BlockScenario): number {
  return (Math.max(0, plasmaMicroM) * s.freeFraction) / Math.max(1, s.mgPotencyFactor);
}

/** Step for the range simulation, minutes (the block's fastest time constant is ≈ 1 min). */
const RANGE_DT_MIN = 0.1;

/**
 * Block (0..1) on one cell type under a scenario at each of `times` (minutes, increasing), from
 * the same mean-field kinetics as the model. Allocates the result; for charts and tables.
 */
export function blockSeries(
  regimen: Regimen,
  cell: CellType,
  scenario: BlockScenario,
  times: readonly number[],
): Float64Array {
  const out = new Float64Array(times.length);
  const pk = pkParameters(regimen.weightKg);
  const b = createBlockState();
  const po = OPEN_PROBABILITY[cell];
  let t = 0;
  let c0 = effectiveMicroM(ngPerMlToMicroM(plasmaConcentrationWith(pk, regimen, 0)), scenario);
  for (let i = 0; i < times.length; i++) {
    const target = times[i] ?? 0;
    while (t < target - 1e-9) {
      const h = Math.min(RANGE_DT_MIN, target - t);
      const c1 = effectiveMicroM(
        ngPerMlToMicroM(plasmaConcentrationWith(pk, regimen, t + h)),
        scenario,
      );
      const c = (c0 + c1) / 2;
      stepBlock(b, racemateS(c), racemateR(c), po, h);
      c0 = c1;
      t += h;
    }
    out[i] = totalBlock(b);
  }
  return out;
}
