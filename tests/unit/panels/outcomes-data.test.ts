// The outcome figures carry the fact sheet's numbers, with their uncertainty and n.
import { describe, expect, it } from 'vitest';
import {
  anxietyFigure,
  depressionOdds,
  depressionRates,
  depressionTimeline,
  ocdFigure,
  outcomesFor,
  painMeta,
} from '../../../src/panels/data/outcomes-figures';
import {
  adverseEventFigure,
  sideEffectTimeline,
} from '../../../src/panels/data/side-effects-figures';
import { inflammationFigure, claimViews } from '../../../src/panels/data/claims-data';
import { CONDITION_IDS } from '../../../src/story/structures';

const cells = (f: { table: { rows: readonly { cells: readonly string[] }[] } }) =>
  f.table.rows.map((r) => r.cells.join(' | '));

describe('depression', () => {
  it('runs the one-infusion time course from 40 min to days 10–12', () => {
    const f = depressionTimeline('en');
    const spans = f.rows.flatMap((r) => r.marks ?? []);
    expect(Math.min(...spans.map((m) => m.low!))).toBe(40);
    expect(spans.some((m) => m.low === 14400 && m.high === 17280 && m.hollow)).toBe(true);
    expect(cells(f).join('\n')).toContain('g = −1.00 (95% CI −1.28 to −0.73)');
    expect(cells(f).join('\n')).toContain('d = 0.48–0.85');
    expect(f.cursor).toBe(true);
  });

  it('shows pooled response and remission at 24 h, 72 h and day 7, never with the trial total as the arm n', () => {
    const f = depressionRates('en');
    const values = f.rows.flatMap((r) => r.marks ?? []).map((m) => m.value);
    expect(values).toEqual([52.2, 20.6, 47.9, 23.8, 39.8, 26.2]);
    // 368 is everyone in the 9 trials, placebo arms included: not the ketamine arm's size
    expect(cells(f).some((c) => c.includes('n = 368'))).toBe(false);
  });

  it('puts odds ratios on a log axis around 1, with the very-low-certainty caveat', () => {
    const f = depressionOdds('es');
    expect(f.xKind).toBe('log');
    expect(f.reference).toBe(1);
    expect(f.rows.map((r) => r.label).join(' ')).toContain('certeza muy baja');
    expect(cells(f).join('\n')).toContain('OR 9,87');
  });
});

describe('OCD, anxiety, pain', () => {
  it('shows both OCD trials: 4 of 8 vs 0 of 7, and 0 of 10 open-label', () => {
    const f = ocdFigure('en');
    const labels = f.rows.flatMap((r) => r.marks ?? []).map((m) => m.valueLabel);
    expect(labels).toContain('50% (4 of 8)');
    expect(labels).toContain('0% (0 of 7)');
    expect(labels).toContain('0% (0 of 10)');
    // 4 of 8 gets a real interval computed from the counts.
    const k = f.rows.flatMap((r) => r.marks ?? []).find((m) => m.valueLabel === '50% (4 of 8)')!;
    expect(k.low!).toBeCloseTo(21.5, 0);
    expect(k.high!).toBeCloseTo(78.5, 0);
    expect(f.note).toMatch(/Wilson/);
  });

  it('labels every anxiety study as small and keeps a rating change off the share axis', () => {
    const f = anxietyFigure('en');
    const heads = f.rows.filter((r) => r.header).map((r) => r.label);
    expect(heads.length).toBe(3);
    for (const h of heads) expect(h).toContain('small study');
    expect(f.rows.map((r) => r.label).join(' ')).not.toMatch(/Fall in anxiety ratings/);
    const notes = outcomesFor('anxiety', 'en')
      .notes.flatMap((n) => n.lines)
      .join(' ');
    expect(notes).toMatch(/Fall in anxiety ratings/);
  });

  it('shows the pooled −1.83 on the 0–10 pain scale with its CI and the guideline grades', () => {
    const f = painMeta('en');
    const m = f.rows.flatMap((r) => r.marks ?? [])[0]!;
    expect([m.value, m.low, m.high]).toEqual([-1.83, -2.35, -1.31]);
    expect(f.reference).toBe(0);
    const [graded, acute] = outcomesFor('pain', 'en').graded!;
    expect(acute!.uses.some((u) => u.use.en.includes('opioid'))).toBe(true);
    expect(graded!.uses.find((u) => u.use.en.includes('CRPS'))?.grade).toBe('moderate');
    expect(graded!.uses.filter((u) => u.grade === 'weak').length).toBeGreaterThan(3);
  });

  it('builds every condition in both languages', () => {
    for (const c of CONDITION_IDS) {
      for (const lang of ['en', 'es'] as const) {
        expect(outcomesFor(c, lang).figures.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('side effects, claims and inflammation', () => {
  it("draws the dissociation window, the IV peak at 30 min and the label's 4-hour rise", () => {
    const f = sideEffectTimeline('en');
    const marks = f.rows.flatMap((r) => r.marks ?? []);
    expect(marks.some((m) => m.low === 0 && m.high === 60)).toBe(true);
    expect(marks.some((m) => m.low === 0 && m.high === 240)).toBe(true);
    expect(cells(f).join('\n')).toContain('+3.28 mmHg / +3.17 mmHg');
    expect(f.summary).toMatch(/about 40 minutes.*about 4 hours/);
  });

  it('pairs each adverse event with its placebo rate', () => {
    const f = adverseEventFigure('en');
    const diss = f.rows.find((r) => r.label.startsWith('Dissociation'))!;
    expect(diss.marks!.map((m) => m.value)).toEqual([41, 9]);
  });

  it('shows the anti-inflammatory pain claim as unsupported and the IL-6 data as perioperative', () => {
    const claim = claimViews().find((v) => /anti-inflammatory/i.test(v.claim.claim.en))!;
    expect(claim.claim.grade).toBe('unsupported');
    const f = inflammationFigure('en');
    expect(f.rows.map((r) => r.label).join(' ')).toMatch(/around surgery/);
    const seventy = claimViews().find((v) => /70%/.test(v.claim.claim.en))!;
    expect(seventy.claim.grade).toBe('overstated');
    const cure = claimViews().find((v) => /cure/.test(v.claim.claim.en))!;
    expect(cure.claim.grade).toBe('unsupported');
  });
});
