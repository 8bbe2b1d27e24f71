// The PK model against published human data that were NOT used to fit it (the fit used only the
// label half-lives, the ≈185 ng/mL trial peak, and Kamp 2020's clearance and volume). Each
// tolerance is justified beside it; where the model misses a datum the gap is pinned, not refitted. Doses are mg of ketamine base (model/pharmacokinetics.ts).
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

  it('half-life of the main decline vs ≈120 min after 20 mg IV (Biopharm Drug Dispos 2003, n = 3)', () => {
    // Source: Biopharm Drug Dispos 2003;24:37–43, doi:10.1002/bdd.336, PMID 12516077 (abstract:
    // biexponential decline, "T1/2β approximately 120 min", sampled up to 8 h). Not used in the fit.
    // Half-life read off the model curve by its log-linear slope from 4 h to 8 h (their window).
    // Tolerance 1.0–1.5×: the other published β values (2.5 h label, 3 h Clements 1982 via Yang
    // 2018) are 1.25–1.5× this one, so published values span 120–180 min; three subjects only.
    const bolus: Regimen = { kind: 'bolus', doseMgPerKg: 20 / 70, weightKg: 70 };
    const c4 = plasmaConcentrationNgPerMl(bolus, 240);
    const c8 = plasmaConcentrationNgPerMl(bolus, 480);
    const halfLifeMin = (240 * Math.LN2) / Math.log(c4 / c8);
    expect(halfLifeMin / 120).toBeGreaterThanOrEqual(1);
    expect(halfLifeMin / 120).toBeLessThanOrEqual(1.5);
  });

  it('clearance vs 1530–1620 mL/min after 5 mg IV (Hasan 2021, n = 15)', () => {
    // Source: Hasan et al. 2021, Anesthesiology 135:326 (abstract: metabolic clearance 1,620 ± 380
    // mL/min for S- and 1,530 ± 380 for R-ketamine, serum, noncompartmental). Not used in the fit
    // (Kamp 2020's clearance predates it). Model clearance = dose / AUC of a bolus to 72 h.
    // Tolerance ±25 %: the abstract gives no body weights (70 kg assumed here; clearance scales
    // with weight) and the between-subject SD is ±24 % of the mean.
    const fiveMg: Regimen = { kind: 'bolus', doseMgPerKg: 5 / 70, weightKg: 70 };
    const aucNgMinPerMl = auc(fiveMg, 72 * 60, 0.5);
    const clearanceMlPerMin = 5e6 / aucNgMinPerMl; // 5 mg = 5e6 ng; ng / (ng·min/mL) = mL/min
    const measured = (1620 + 1530) / 2;
    expect(clearanceMlPerMin / measured).toBeGreaterThan(0.75);
    expect(clearanceMlPerMin / measured).toBeLessThan(1.25);
  });

  it('clearance per kg vs 17.0 mL/min/kg after racemic 1 mg/kg IV (Wang 2019, n = 16)', () => {
    // Source: Wang et al. 2019, Drug Des Devel Ther 13:4135, doi:10.2147/DDDT.S224553, PMID 31827320
    // (abstract): ketamine 1 mg/kg injected over 10 s in adults having gastroscopy; clearance
    // 18.4 ± 3.4 (S) and 15.8 ± 3.1 (R) mL/min/kg. Not used in the fit. Each enantiomer is half the
    // dose, so AUC = (D/2)(1/CL_S + 1/CL_R) and the racemate's clearance is their harmonic mean.
    // Per kg, so no body weight is assumed (the model scales volumes and clearance with weight).
    // Tolerance ±25 %: between-subject SD is 18–20 % of the mean; 16 per arm (32 randomised to two
    // arms; the abstract's adverse-event rates 75.0 % and 87.5 % are 12/16 and 14/16).
    const bolus: Regimen = { kind: 'bolus', doseMgPerKg: 1, weightKg: 70 };
    const aucNgMinPerMl = auc(bolus, 72 * 60, 0.5);
    const modelMlPerMinPerKg = 1e6 / aucNgMinPerMl; // 1 mg/kg = 1e6 ng/kg; ng / (ng·min/mL) = mL
    const measured = 2 / (1 / 18.4 + 1 / 15.8); // 17.0 mL/min/kg
    expect(modelMlPerMinPerKg / measured).toBeGreaterThan(0.75);
    expect(modelMlPerMinPerKg / measured).toBeLessThan(1.25);
  });

  it('arterial levels in a short infusion are NOT described: the model is about half of 260–273 ng/mL', () => {
    // Source: Simons et al. 2022, Front Pain Res 3:946486, doi:10.3389/fpain.2022.946486, PMID
    // 35899184 (values read in the first author's thesis chapter reprinting it): 20 mg S-ketamine
    // IV over 20 min, arterial samples, peak 273 (95 % CI 259–287) and 260 (251–269) ng/mL in two
    // sessions; 20 volunteers enrolled (abstract). Not used in the fit.
    // The model (one mixed pool, V1 = 102 L) gives about 140 ng/mL for 20 mg of racemate in 70 kg:
    // the same early bias as the 2-min peak above (Kamp 2020: arterial central compartment). The
    // caveats do not close the gap: S-ketamine alone clears slightly faster than the racemate (Wang
    // 2019), which would lower the measured value, not raise it; S-ketamine left from an oral film
    // 6 h earlier adds a little to the measured peak; weights were not read (70 kg assumed).
    // Pinned, not fitted: if the model gains an arterial compartment, rewrite this test.
    const infusion: Regimen = {
      kind: 'infusion',
      doseMgPerKg: 20 / 70,
      durationMin: 20,
      weightKg: 70,
    };
    const modelPeak = plasmaConcentrationNgPerMl(infusion, 20); // a linear model peaks at the end
    expect(modelPeak).toBeGreaterThan(plasmaConcentrationNgPerMl(infusion, 19));
    expect(modelPeak).toBeGreaterThan(plasmaConcentrationNgPerMl(infusion, 21));
    for (const measured of [260, 273]) {
      expect(measured / modelPeak).toBeGreaterThan(1.5);
      expect(measured / modelPeak).toBeLessThan(2.5);
    }
  });

  it("the slow terminal phase is NOT described: the model's tail is about half of 5.2–6.1 h", () => {
    // Same source (Hasan 2021): with a sensitive assay the terminal half-lives were 5.2 ± 3.4 h (S)
    // and 6.1 ± 3.1 h (R), volumes at steady state 6.6 and 5.6 L/kg. A two-compartment model has no
    // deep compartment, so its slowest half-life stays at β (≈2.6 h). This pins the known bias so
    // the docs stay true; if the model gains a third compartment, rewrite this test.
    const bolus: Regimen = { kind: 'bolus', doseMgPerKg: 0.5, weightKg: 70 };
    const c12 = plasmaConcentrationNgPerMl(bolus, 12 * 60);
    const c24 = plasmaConcentrationNgPerMl(bolus, 24 * 60);
    const tailHalfLifeH = (12 * Math.LN2) / Math.log(c12 / c24);
    // The model is the racemate: compare with the mean of the two enantiomers, (5.2 + 6.1) / 2.
    expect(tailHalfLifeH).toBeLessThan(0.5 * ((5.2 + 6.1) / 2));
    expect(tailHalfLifeH).toBeGreaterThan(2);
  });
});
