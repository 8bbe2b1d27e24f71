// The PK model against published human data that were NOT used to fit it (the fit used only the
// label half-lives, the ≈185 ng/mL trial peak, and Kamp 2020's clearance and volume). Each
// tolerance is justified beside it. Doses are mg of ketamine base (model/pharmacokinetics.ts).
import { describe, expect, it } from 'vitest';
import {
  KETAMINE_MW_G_PER_MOL,
  STANDARD_INFUSION,
  baseFromHydrochlorideMg,
  ngPerMlToMicroM,
  plasmaConcentrationNgPerMl,
  type Regimen,
} from '../../../src/model';

/** Area under the curve by the trapezoid rule, (ng/mL)·min. */
function auc(regimen: Regimen, endMin: number, dt = 0.05): number {
  let sum = 0;
  let prev = plasmaConcentrationNgPerMl(regimen, 0);
  for (let t = dt; t <= endMin + 1e-9; t += dt) {
    const c = plasmaConcentrationNgPerMl(regimen, t);
    sum += ((prev + c) / 2) * dt;
    prev = c;
  }
  return sum;
}

// 10 mg IV in healthy volunteers (weight not used here: 70 kg assumed).
const TEN_MG_IV: Regimen = { kind: 'bolus', doseMgPerKg: 10 / 70, weightKg: 70 };

describe('PK validation against independent human data', () => {
  it('AUC after 10 mg IV: 113 µg·h/L measured (geometric mean, n = 9)', () => {
    // Source: Pharmacotherapy 2022;42(4):298–310, Table 6, doi:10.1002/phar.2669 (PMC9118341).
    // Tolerance ±25 %: Kamp 2020's clearance CI (69–90 L/h) alone moves the model AUC by
    // −12 %/+15 %, and the volunteers' weights are not used (70 kg assumed).
    const modelUgHPerL = auc(TEN_MG_IV, 3 * 1440) / 60; // (ng/mL)·min → µg·h/L
    expect(modelUgHPerL / 113).toBeGreaterThan(0.75);
    expect(modelUgHPerL / 113).toBeLessThan(1.25);
  });

  it('steady state under an anaesthetic infusion: 9.3 µmol/L at 41 µg/kg/min (n = 31)', () => {
    // Source: Idvall et al. 1979, Br J Anaesth 51:1167, doi:10.1093/bja/51.12.1167, PMID 526385:
    // 2 mg/kg induction, then 41 ± 21 µg/kg/min gave a stable 9.3 ± 0.8 µmol/L.
    // The rate was titrated down as anaesthesia went on, so only the steady state (rate / CL, set
    // by clearance alone) can be compared: the model's level after 24 h at 41 µg/kg/min.
    // Tolerance ±25 %: the dose varied by ±51 % between patients.
    const drip: Regimen = {
      kind: 'infusion',
      doseMgPerKg: 0.041 * 1440,
      durationMin: 1440,
      weightKg: 70,
    };
    const microM = ngPerMlToMicroM(plasmaConcentrationNgPerMl(drip, 1440));
    expect(microM / 9.3).toBeGreaterThan(0.75);
    expect(microM / 9.3).toBeLessThan(1.25);
  });

  it('the first minutes after a bolus are NOT described: the model is 2–5× below the measured peak', () => {
    // Same source as the AUC: Cmax 296 ng/mL at a median 2 min after 10 mg IV. A well-mixed
    // plasma pool cannot reproduce the early arterial mixing peak (Kamp 2020: arterial central
    // compartment). This test pins the known bias so that the docs and the plasma note stay true;
    // if the model gains an arterial compartment, this test must be rewritten, not loosened.
    const ratio = 296 / plasmaConcentrationNgPerMl(TEN_MG_IV, 2);
    expect(ratio).toBeGreaterThan(2);
    expect(ratio).toBeLessThan(5);
  });

  it('hydrochloride salt to base: ×237.73/274.19; a salt-weighed dose lowers the curve by 13.3 %', () => {
    // tolerance: 1e-12 (arithmetic; pk.mw, pk.mw.hcl)
    expect(baseFromHydrochlorideMg(274.19)).toBeCloseTo(KETAMINE_MW_G_PER_MOL, 9);
    const salt: Regimen = { ...STANDARD_INFUSION, doseMgPerKg: baseFromHydrochlorideMg(0.5) };
    const ratio =
      plasmaConcentrationNgPerMl(salt, 40) / plasmaConcentrationNgPerMl(STANDARD_INFUSION, 40);
    expect(ratio).toBeCloseTo(237.73 / 274.19, 12);
    expect(1 - ratio).toBeCloseTo(0.133, 3);
  });
});
