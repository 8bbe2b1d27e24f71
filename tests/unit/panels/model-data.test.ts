// Data transforms of the model panels (plasma, block, cascade) against the fact sheet.
import { describe, expect, it } from 'vitest';
import { ANAESTHETIC_BOLUS, STANDARD_INFUSION } from '../../../src/model';
import { shownFact } from '../../../src/content/facts';
import { sourcesForFacts } from '../../../src/panels/data/sources';
import {
  infusionOf,
  PLASMA_BANDS,
  plasmaAxisMax,
  plasmaCurve,
  plasmaSummary,
  plasmaTableRows,
  PLASMA_TABLE_TIMES_MIN,
} from '../../../src/panels/data/plasma-data';
import {
  BLOCK_FACT_IDS,
  CASCADE_FACT_IDS,
  CASCADE_RODENT_SPANS,
  modelSeries,
  peakOf,
  sampleTimes,
  rowsAt,
  blockRangeSeries,
  timeToFractionOfPeak,
  toPercent,
  toPercentChange,
} from '../../../src/panels/data/model-series';

describe('plasma data', () => {
  it('uses the fact sheet ranges, number for number', () => {
    for (const band of PLASMA_BANDS) {
      const fact = shownFact(band.factId);
      expect(fact.value).toContain(`${band.low}–${band.high} ng/mL`);
    }
  });

  it('peaks near the published ≈185 ng/mL at the end of the 40-min infusion', () => {
    const s = plasmaSummary(STANDARD_INFUSION);
    expect(s.peakTMin).toBe(40);
    expect(s.peakNgPerMl).toBeGreaterThan(175);
    expect(s.peakNgPerMl).toBeLessThan(195);
    expect(s.peakBands).toEqual(['dissociation']);
    expect(s.belowAnalgesiaMin).not.toBeNull();
    expect(s.belowAnalgesiaMin!).toBeGreaterThan(60);
  });

  it('puts the anaesthetic bolus in the anaesthetic range at once', () => {
    const s = plasmaSummary(ANAESTHETIC_BOLUS);
    expect(s.peakTMin).toBe(0);
    expect(s.peakBands).toContain('anesthesia');
    expect(plasmaAxisMax(ANAESTHETIC_BOLUS)).toBeGreaterThan(s.peakNgPerMl);
  });

  it('scales linearly with dose (linear pharmacokinetics)', () => {
    const a = plasmaSummary(infusionOf(0.2)).peakNgPerMl;
    const b = plasmaSummary(infusionOf(1.0)).peakNgPerMl;
    expect(b / a).toBeCloseTo(5, 6);
  });

  it('snaps dose-control values to 0.05 mg/kg within 0.1–1.0', () => {
    expect(infusionOf(0.52)).toMatchObject({ doseMgPerKg: 0.5, durationMin: 40 });
    expect(infusionOf(5).doseMgPerKg).toBe(1);
    expect(infusionOf(0).doseMgPerKg).toBe(0.1);
  });

  it('gives table rows that are points of the drawn curve', () => {
    const curve = plasmaCurve(STANDARD_INFUSION);
    const rows = plasmaTableRows(STANDARD_INFUSION);
    expect(rows.map((r) => r.tMin)).toEqual([...PLASMA_TABLE_TIMES_MIN]);
    for (const r of rows) {
      const p = curve.find((c) => c.tMin === r.tMin)!;
      expect(p.ngPerMl).toBeCloseTo(r.ngPerMl, 9);
      expect(r.microM).toBeCloseTo(r.ngPerMl / 237.73, 9);
    }
  });
});

describe('model series', () => {
  it('samples evenly or on a log grid', () => {
    expect(sampleTimes(0, 10, 3)).toEqual([0, 5, 10]);
    const log = sampleTimes(1, 100, 3, true);
    expect(log[1]).toBeCloseTo(10, 9);
  });

  it('reads a table off its chart series when the table times are on its grid', () => {
    const times = sampleTimes(0, 240, 241);
    const tableTimes = [0, 5, 10, 20, 30, 40, 60, 120, 240];
    const chart = blockRangeSeries(STANDARD_INFUSION, 'interneuron', times);
    const read = rowsAt(chart, tableTimes);
    const simulated = blockRangeSeries(STANDARD_INFUSION, 'interneuron', tableTimes);
    expect(read?.map((r) => r[0])).toEqual(tableTimes);
    read?.forEach((row, i) => {
      expect(row[1]).toBeCloseTo(simulated[i]![1], 6);
      expect(row[2]).toBeCloseTo(simulated[i]![2], 6);
    });
    // a time off the grid: no table from the series
    expect(rowsAt(chart, [0, 7.5])).toBeNull();
    expect(rowsAt(chart, [300])).toBeNull();
  });

  it('blocks the busy interneuron earlier than the pyramidal cell', () => {
    const times = sampleTimes(0, 240, 481);
    const inter = modelSeries(STANDARD_INFUSION, 'blockInterneuron', times, toPercent);
    const pyr = modelSeries(STANDARD_INFUSION, 'blockPyramidal', times, toPercent);
    expect(timeToFractionOfPeak(inter, 0.5)!).toBeLessThan(timeToFractionOfPeak(pyr, 0.5)!);
    expect(peakOf(inter).value).toBeGreaterThan(0);
    expect(peakOf(inter).value).toBeLessThanOrEqual(100);
  });

  it('shows spines unchanged at 3–6 h and raised at 12–24 h, as in mice', () => {
    const spine = modelSeries(
      STANDARD_INFUSION,
      'spineDensity',
      [180, 360, 720, 1440],
      toPercentChange,
    );
    expect(Math.abs(spine[0]![1])).toBeLessThan(1);
    expect(spine[3]![1]).toBeGreaterThan(5);
    const unchanged = CASCADE_RODENT_SPANS.find((s) => s.id === 'spines-unchanged')!;
    expect([unchanged.from, unchanged.to]).toEqual([180, 360]);
    for (const s of CASCADE_RODENT_SPANS) expect(shownFact(s.factId).species).toBe(s.species);
  });
});

describe('figure source lists', () => {
  it('names the block model assumptions: protein binding, Mg2+ competition, no human PET', () => {
    const ids = sourcesForFacts(BLOCK_FACT_IDS).map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(['dayton1983', 'kotermanski2009', 'vanderaart2018']),
    );
  });

  it('lists Holmes 2022 under the cascade, whose summary cites it', () => {
    expect(sourcesForFacts(CASCADE_FACT_IDS).map((s) => s.id)).toContain('holmes2022');
  });
});
