// Outcome, side-effect, history and claims data: every number traces to a shown fact and matches it.
import { describe, expect, it } from 'vitest';
import {
  ANXIETY_OUTCOMES,
  DEPRESSION_OUTCOMES,
  HISTORY_EVENTS,
  INFLAMMATION,
  OCD_OUTCOMES,
  OUTCOMES_BY_CONDITION,
  PAIN_GUIDELINE,
  PAIN_OUTCOMES,
  SAFETY_NOTES,
  SIDE_EFFECT_SERIES,
  SIDE_EFFECT_WINDOWS,
  type Measure,
  type OutcomeSeries,
} from '../../../src/content/outcomes';
import { MARKETING_CLAIMS } from '../../../src/content/marketing-claims';
import { EVIDENCE_MATRIX } from '../../../src/content/evidence-matrix';
import { FROM_MEMORY_IDS, getFact, shownFact } from '../../../src/content/facts';

const ALL_SERIES: OutcomeSeries[] = [
  ...DEPRESSION_OUTCOMES,
  ...OCD_OUTCOMES,
  ...ANXIETY_OUTCOMES,
  ...PAIN_OUTCOMES,
  ...SIDE_EFFECT_SERIES,
  ...INFLAMMATION.series,
];
const ALL_MEASURES: Measure[] = ALL_SERIES.flatMap((s) => [...s.measures]);

/** Every fact id the display data refers to. */
function displayedFactIds(): string[] {
  return [
    ...ALL_SERIES.flatMap((s) => [
      ...s.factIds,
      ...s.measures.map((m) => m.factId),
      ...(s.milestones ?? []).map((m) => m.factId),
      ...(s.bands ?? []).map((b) => b.factId),
    ]),
    ...SIDE_EFFECT_WINDOWS.map((w) => w.factId),
    ...SAFETY_NOTES.map((n) => n.factId),
    ...PAIN_GUIDELINE.map((g) => g.factId),
    ...INFLAMMATION.depression.map((g) => g.factId),
    ...HISTORY_EVENTS.map((e) => e.factId),
    ...MARKETING_CLAIMS.flatMap((c) => c.factIds),
    ...[...EVIDENCE_MATRIX.values()].flatMap((row) => Object.values(row).flatMap((c) => c.factIds)),
  ];
}

/** The ways a number can be printed on the fact sheet. */
function printed(v: number): string[] {
  const a = Math.abs(v);
  return [String(a), a.toFixed(1), a.toFixed(2)];
}
const sheetText = (id: string) => {
  const f = getFact(id)!;
  return `${f.claim} ${f.value} ${f.timing}`.replace(/−/g, '-');
};

describe('display data never uses a FROM MEMORY row', () => {
  it('every referenced fact id is a shown fact', () => {
    const ids = displayedFactIds();
    expect(ids.length).toBeGreaterThan(100);
    for (const id of ids) expect(() => shownFact(id), id).not.toThrow();
  });

  it('no FROM MEMORY id or figure appears anywhere in the data', () => {
    const blob = JSON.stringify({
      ALL_SERIES,
      SIDE_EFFECT_WINDOWS,
      SAFETY_NOTES,
      PAIN_GUIDELINE,
      INFLAMMATION,
      HISTORY_EVENTS,
      MARKETING_CLAIMS,
      EVIDENCE_MATRIX: Object.fromEntries(EVIDENCE_MATRIX),
    });
    for (const id of FROM_MEMORY_IDS) expect(blob.includes(id), id).toBe(false);
    // figures that exist only in FROM MEMORY rows
    for (const figure of ['71%', '71 %', 'd = 1.46', '86%', '110 min', '≈30 min']) {
      expect(blob.includes(figure), figure).toBe(false);
    }
  });
});

describe('outcome numbers', () => {
  it('each measure belongs to its series and is clinical (human) data', () => {
    for (const s of ALL_SERIES) {
      for (const m of s.measures) {
        expect(s.factIds, `${s.id}`).toContain(m.factId);
        expect(getFact(m.factId)!.species, m.factId).toBe('human');
      }
    }
  });

  it('matches the fact sheet: values, CIs and counts are the printed ones', () => {
    for (const m of ALL_MEASURES) {
      const text = sheetText(m.factId);
      const where = `${m.factId} ${m.label.en} ${m.arm}`;
      if (m.range) {
        expect(text, where).toContain(`${m.range[0]}–${m.range[1]}`);
        expect((m.range[0] + m.range[1]) / 2, where).toBeCloseTo(m.value, 6);
      } else if (m.count) {
        expect(
          text.includes(`${m.count.events}/${m.count.total}`) ||
            text.includes(`${m.count.events} of ${m.count.total}`),
          where,
        ).toBe(true);
        expect((m.count.events / m.count.total) * 100, where).toBeCloseTo(m.value, 6);
      } else {
        expect(
          printed(m.value).some((p) => text.includes(p)),
          where,
        ).toBe(true);
      }
      if (m.ci) {
        expect(m.ci[0], where).toBeLessThanOrEqual(m.value);
        expect(m.ci[1], where).toBeGreaterThanOrEqual(m.value);
        for (const end of m.ci)
          expect(
            printed(end).some((p) => text.includes(p)),
            where,
          ).toBe(true);
      }
      if (m.spread)
        expect(
          printed(m.spread.value).some((p) => text.includes(p)),
          where,
        ).toBe(true);
    }
  });

  it('gives the headline figures the brief names', () => {
    const kish = DEPRESSION_OUTCOMES.find((s) => s.id === 'kishimoto2016')!;
    expect(kish.measures[0]).toMatchObject({ value: -1, ci: [-1.28, -0.73], unit: 'hedgesG' });
    expect(kish.milestones!.map((m) => m.timepoint.min)).toContain(40);
    const lost = kish.milestones!.find((m) => m.label.en.includes('lost'))!;
    expect([lost.timepoint.min, lost.timepoint.endMin]).toEqual([14400, 17280]);

    const han = DEPRESSION_OUTCOMES.find((s) => s.id === 'han2016')!;
    expect(han.n).toBe(368);
    expect(han.measures.map((m) => [m.timepoint.min, m.value])).toEqual([
      [1440, 52.2],
      [1440, 20.6],
      [4320, 47.9],
      [4320, 23.8],
      [10080, 39.8],
      [10080, 26.2],
    ]);

    const pain = PAIN_OUTCOMES.find((s) => s.id === 'orhurhu2019')!;
    expect(pain.measures[0]).toMatchObject({ value: -1.83, ci: [-2.35, -1.31], n: 211 });
    expect(pain.caveats).toContain('highRiskOfBias');
  });

  it('shows both OCD studies, the negative one too', () => {
    expect(OCD_OUTCOMES.map((s) => s.id).sort()).toEqual(['bloch2012', 'rodriguez2013']);
    const bloch = OCD_OUTCOMES.find((s) => s.id === 'bloch2012')!;
    expect(bloch.measures[0]!.count).toEqual({ events: 0, total: 10 });
  });

  it('flags every anxiety and OCD study as small, and uncontrolled ones as open-label', () => {
    for (const s of [...ANXIETY_OUTCOMES, ...OCD_OUTCOMES]) {
      expect(s.caveats, s.id).toContain('small');
      const hasControl = s.measures.some((m) => m.arm === 'saline' || m.arm === 'placebo');
      if (!hasControl) expect(s.caveats, s.id).toContain('openLabel');
    }
  });

  it('covers every condition', () => {
    for (const series of Object.values(OUTCOMES_BY_CONDITION)) {
      expect(series.length).toBeGreaterThan(0);
    }
  });

  it('grades the pain guideline honestly: CRPS moderate, the rest weak', () => {
    expect(PAIN_GUIDELINE[0]!.grade).toBe('moderate');
    expect(PAIN_GUIDELINE[0]!.use.en).toMatch(/CRPS/);
    expect(PAIN_GUIDELINE.slice(1).every((g) => g.grade === 'weak')).toBe(true);
    expect(PAIN_GUIDELINE.length).toBe(9);
  });

  it('keeps inflammation honest: perioperative only, weak in people', () => {
    expect(INFLAMMATION.series[0]!.caveats).toContain('perioperative');
    const people = INFLAMMATION.depression.find((g) => /People/.test(g.use.en))!;
    expect(people.grade).toBe('weak');
    expect(INFLAMMATION.summary.en).toMatch(/no trial links/);
  });
});

describe('side effects and safety', () => {
  it('draws monitoring for at least 2 h after esketamine', () => {
    const w = SIDE_EFFECT_WINDOWS.find((x) => x.kind === 'monitoring')!;
    expect(w.factId).toBe('esk.rems');
    expect(w.endMin - w.startMin).toBeGreaterThanOrEqual(120);
  });

  it('has dissociation, blood pressure and nausea figures vs placebo', () => {
    const table = SIDE_EFFECT_SERIES.find((s) => s.id === 'esketamine-ae-table')!;
    const pick = (en: string, arm: string) =>
      table.measures.find((m) => m.label.en === en && m.arm === arm)!.value;
    expect([pick('Dissociation', 'esketamine'), pick('Dissociation', 'placebo')]).toEqual([41, 9]);
    expect([pick('Nausea', 'esketamine'), pick('Nausea', 'placebo')]).toEqual([28, 9]);
    expect([pick('Vomiting', 'esketamine'), pick('Vomiting', 'placebo')]).toEqual([9, 2]);
  });

  it('says abuse liability and unknown long-term safety', () => {
    const ids = SAFETY_NOTES.map((n) => n.factId);
    expect(ids).toEqual(expect.arrayContaining(['se.abuse.schedule', 'se.short2018', 'esk.rems']));
  });
});

describe('history', () => {
  it('runs from 1962 to 2019 in order, each year backed by its fact', () => {
    const years = HISTORY_EVENTS.map((e) => e.year);
    expect(years[0]).toBe(1962);
    expect(years.at(-1)).toBe(2019);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    for (const e of HISTORY_EVENTS) {
      if (e.approximate) continue;
      expect(sheetText(e.factId), e.factId).toContain(String(e.year));
    }
  });

  it('uses only hist.* rows', () => {
    for (const e of HISTORY_EVENTS) expect(e.factId.startsWith('hist.')).toBe(true);
    expect(HISTORY_EVENTS.some((e) => e.factId === 'hist.whoEML')).toBe(false);
  });
});
