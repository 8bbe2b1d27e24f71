// Evidence grades, the marketing-claims table and the stage x condition matrix.
import { describe, expect, it } from 'vitest';
import { EVIDENCE_GRADES, GRADES } from '../../../src/content/evidence-grades';
import { MARKETING_CLAIMS } from '../../../src/content/marketing-claims';
import {
  MATRIX_STAGE_IDS,
  matrixRow,
  conditionsForStage,
  stagesForCondition,
} from '../../../src/content/evidence-matrix';
import { getSource } from '../../../src/content/bibliography';
import { getFact, shownFact } from '../../../src/content/facts';
import { CONDITION_IDS } from '../../../src/story/structures';

describe('grade scale', () => {
  it('has the eight grades, each with real labels and meanings in both languages', () => {
    expect(Object.keys(GRADES)).toEqual([...EVIDENCE_GRADES]);
    expect(EVIDENCE_GRADES).toEqual([
      'strong',
      'moderate',
      'preliminary',
      'weak',
      'unsupported',
      'overstated',
      'misleading',
      'contradicted',
    ]);
    for (const g of EVIDENCE_GRADES) {
      const info = GRADES[g];
      expect(info.id).toBe(g);
      expect(info.label.es).not.toBe(info.label.en);
      expect(info.meaning.es).not.toBe(info.meaning.en);
      expect(info.meaning.en.length).toBeLessThan(120);
    }
  });
});

describe('marketing claims', () => {
  it('carries all 16 rows of the sheet, in both languages, with shown facts', () => {
    expect(MARKETING_CLAIMS).toHaveLength(16);
    expect(new Set(MARKETING_CLAIMS.map((c) => c.id)).size).toBe(16);
    for (const c of MARKETING_CLAIMS) {
      expect(EVIDENCE_GRADES).toContain(c.grade);
      expect(c.claim.es).not.toBe(c.claim.en);
      expect(c.reason.es).not.toBe(c.reason.en);
      expect(c.factIds.length, c.id).toBeGreaterThan(0);
      for (const id of c.factIds) expect(() => shownFact(id), `${c.id}: ${id}`).not.toThrow();
      for (const s of c.extraSourceIds ?? []) expect(getSource(s), `${c.id}: ${s}`).toBeDefined();
    }
  });

  it('grades the claims as the sheet does', () => {
    const grade = (id: string) => MARKETING_CLAIMS.find((c) => c.id === id)!.grade;
    // Not strong: very low certainty vs midazolam, null when masked (Lii 2023) and vs
    // midazolam in repeated infusions (KARMA-Dep 2).
    expect(grade('hours-not-weeks')).toBe('moderate');
    expect(grade('seventy-percent-respond')).toBe('overstated');
    expect(grade('lasting-cure')).toBe('unsupported');
    expect(grade('fda-approved')).toBe('misleading');
    expect(grade('anti-inflammatory-pain')).toBe('unsupported');
    expect(grade('completely-safe')).toBe('contradicted');
    expect(grade('works-for-ocd')).toBe('preliminary');
    expect(grade('works-for-anxiety')).toBe('preliminary');
    const regrow = MARKETING_CLAIMS.find((c) => c.id === 'regrows-connections')!;
    expect(regrow.grade).toBe('preliminary');
    expect(regrow.qualifier?.en).toMatch(/strong in rodents/);
  });
});

describe('evidence matrix', () => {
  it('fills every mechanism stage x condition cell with shown facts', () => {
    for (const stage of MATRIX_STAGE_IDS) {
      for (const condition of CONDITION_IDS) {
        const cell = matrixRow(stage)[condition];
        expect(EVIDENCE_GRADES).toContain(cell.grade);
        expect(cell.reason.en.length).toBeGreaterThan(10);
        expect(cell.reason.es).not.toBe(cell.reason.en);
        for (const id of cell.factIds) expect(() => shownFact(id)).not.toThrow();
        if (['strong', 'moderate', 'preliminary', 'weak'].includes(cell.grade)) {
          expect(cell.factIds.length, `${stage}/${condition}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('states the basis that the cited facts really have', () => {
    for (const stage of MATRIX_STAGE_IDS) {
      for (const condition of CONDITION_IDS) {
        const cell = matrixRow(stage)[condition];
        const species = new Set(
          cell.factIds.map((id) => getFact(id)!.species).filter((s) => s !== 'n/a'),
        );
        const rodent = [...species].every((s) => s === 'rat' || s === 'mouse');
        let expected: string;
        if (species.size === 0) expected = 'none';
        else if ([...species].every((s) => s === 'human')) expected = 'human';
        else if (rodent) expected = 'animal';
        else if ([...species].every((s) => s === 'in-vitro')) expected = 'lab';
        else expected = 'mixed';
        expect(cell.basis, `${stage}/${condition}`).toBe(expected);
        // rodent data alone never makes a strong grade for people
        if (cell.basis === 'animal') expect(cell.grade).not.toBe('strong');
      }
    }
  });

  it('is honest about spines and depression: strong in rodents, preliminary in people', () => {
    const cell = matrixRow('spines').depression;
    expect(cell.grade).toBe('preliminary');
    expect(cell.animalGrade).toBe('strong');
  });

  it('links stages and conditions both ways', () => {
    expect(conditionsForStage('spines')).toEqual(['depression']);
    expect(conditionsForStage('channel-block')).toEqual(['depression', 'pain']);
    expect(conditionsForStage('safety')).toEqual([]);
    expect(stagesForCondition('pain').map((s) => s.stageId)).toEqual(['infusion', 'channel-block']);
    expect(stagesForCondition('depression').map((s) => s.stageId)).toEqual([...MATRIX_STAGE_IDS]);
  });
});
