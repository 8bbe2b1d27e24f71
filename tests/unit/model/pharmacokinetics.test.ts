import { describe, expect, it } from 'vitest';
import {
  ALPHA_HALF_LIFE_MIN,
  ANAESTHETIC_BOLUS,
  BETA_HALF_LIFE_MIN,
  STANDARD_INFUSION,
  halfLivesMin,
  ngPerMlToMicroM,
  pkParameters,
  plasmaConcentrationNgPerMl,
  type Regimen,
} from '../../../src/model';

/** Time and value of the maximum on a grid. */
function peak(regimen: Regimen, fromMin: number, toMin: number, stepMin: number) {
  let best = { t: fromMin, c: -Infinity };
  for (let t = fromMin; t <= toMin + 1e-9; t += stepMin) {
    const c = plasmaConcentrationNgPerMl(regimen, t);
    if (c > best.c) best = { t, c };
  }
  return best;
}

describe('pharmacokinetics (two-compartment, analytic)', () => {
  it('0.5 mg/kg over 40 min in 70 kg peaks at the end of the infusion at 150–230 ng/mL (pk.cmax.antidep ≈185)', () => {
    // tolerance: peak time within one 0.05-min grid step of 40 min; value within 150–230 ng/mL
    const p = peak(STANDARD_INFUSION, 0, 240, 0.05);
    expect(Math.abs(p.t - 40)).toBeLessThanOrEqual(0.05);
    expect(p.c).toBeGreaterThanOrEqual(150);
    expect(p.c).toBeLessThanOrEqual(230);
    // it falls after the infusion stops
    expect(plasmaConcentrationNgPerMl(STANDARD_INFUSION, 60)).toBeLessThan(p.c * 0.8);
  });

  it('is zero before dosing and rises during the infusion', () => {
    expect(plasmaConcentrationNgPerMl(STANDARD_INFUSION, -1)).toBe(0);
    expect(plasmaConcentrationNgPerMl(STANDARD_INFUSION, 0)).toBe(0);
    let last = 0;
    for (let t = 1; t <= 40; t += 1) {
      const c = plasmaConcentrationNgPerMl(STANDARD_INFUSION, t);
      expect(c).toBeGreaterThan(last);
      last = c;
    }
  });

  it('alpha half-life is 10–15 min and beta half-life 2.5–3 h (pk.halfLife.alpha, pk.halfLife.beta)', () => {
    // tolerance: the fact-sheet ranges themselves
    expect(ALPHA_HALF_LIFE_MIN).toBeGreaterThanOrEqual(10);
    expect(ALPHA_HALF_LIFE_MIN).toBeLessThanOrEqual(15);
    expect(BETA_HALF_LIFE_MIN).toBeGreaterThanOrEqual(150);
    expect(BETA_HALF_LIFE_MIN).toBeLessThanOrEqual(180);
    // weight-independent, since volumes and clearance scale together
    const h = halfLivesMin(50);
    expect(h.alpha).toBeCloseTo(ALPHA_HALF_LIFE_MIN, 10);
    expect(h.beta).toBeCloseTo(BETA_HALF_LIFE_MIN, 10);
  });

  it('the curve itself shows the terminal half-life (log-linear slope from 10 h to 14 h)', () => {
    // tolerance: 0.5 % of the beta half-life (the alpha term is < 1e-12 of the beta term by 10 h)
    const c1 = plasmaConcentrationNgPerMl(ANAESTHETIC_BOLUS, 600);
    const c2 = plasmaConcentrationNgPerMl(ANAESTHETIC_BOLUS, 840);
    const halfLife = (240 * Math.LN2) / Math.log(c1 / c2);
    expect(Math.abs(halfLife / BETA_HALF_LIFE_MIN - 1)).toBeLessThan(0.005);
  });

  it('doubling the dose doubles the curve (linear kinetics)', () => {
    // tolerance: relative 1e-12 (floating point only)
    const double: Regimen = { ...STANDARD_INFUSION, doseMgPerKg: 1 };
    for (const t of [1, 10, 39.9, 40, 41, 90, 600, 3000]) {
      const a = plasmaConcentrationNgPerMl(STANDARD_INFUSION, t);
      const b = plasmaConcentrationNgPerMl(double, t);
      expect(Math.abs(b / (2 * a) - 1)).toBeLessThan(1e-12);
    }
  });

  it('a 2 mg/kg bolus peaks within 1200–2400 ng/mL in the first minutes (pk.conc.anesthesia)', () => {
    // tolerance: the fact-sheet range; peak within the first 5 min
    const p = peak(ANAESTHETIC_BOLUS, 0, 60, 0.05);
    expect(p.t).toBeLessThanOrEqual(5);
    expect(p.c).toBeGreaterThanOrEqual(1200);
    expect(p.c).toBeLessThanOrEqual(2400);
  });

  it('the same mg/kg gives the same curve at any weight; clearance scales with weight', () => {
    // tolerance: relative 1e-12
    const light: Regimen = { ...STANDARD_INFUSION, weightKg: 35 };
    for (const t of [5, 40, 200]) {
      const a = plasmaConcentrationNgPerMl(STANDARD_INFUSION, t);
      const b = plasmaConcentrationNgPerMl(light, t);
      expect(Math.abs(b / a - 1)).toBeLessThan(1e-12);
    }
    expect(pkParameters(35).clLPerMin / pkParameters(70).clLPerMin).toBeCloseTo(0.5, 12);
    expect(pkParameters(70).clLPerMin * 60).toBeCloseTo(79, 10); // pk.clearance
    expect(pkParameters(70).v1L + pkParameters(70).v2L).toBeCloseTo(252, 10); // pk.vd
  });

  it('area under the bolus curve equals dose / clearance (mass balance)', () => {
    // tolerance: 0.2 % (trapezoid rule, 0.02-min steps to 3 days, where < 1e-5 of the dose remains)
    const dt = 0.02;
    let auc = 0;
    let prev = plasmaConcentrationNgPerMl(ANAESTHETIC_BOLUS, 0);
    for (let t = dt; t <= 3 * 1440; t += dt) {
      const c = plasmaConcentrationNgPerMl(ANAESTHETIC_BOLUS, t);
      auc += ((prev + c) / 2) * dt;
      prev = c;
    }
    const doseUg = 2 * 70 * 1000;
    const expected = doseUg / pkParameters(70).clLPerMin; // (µg/L)·min
    expect(Math.abs(auc / expected - 1)).toBeLessThan(0.002);
  });

  it('converts ng/mL to µM with MW 237.73 (pk.mw)', () => {
    // tolerance: 1e-12 exact; 0.005 µM for the fact sheet's rounded "185 ng/mL ≈ 0.78 µM"
    expect(ngPerMlToMicroM(237.73)).toBeCloseTo(1, 12);
    expect(Math.abs(ngPerMlToMicroM(185) - 0.78)).toBeLessThan(0.005);
  });
});
