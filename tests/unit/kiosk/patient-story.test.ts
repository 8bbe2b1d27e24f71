// The patients' story: valid, every statement backed by a shown fact, no dosing units or
// model figures anywhere in it, rodent findings said as such, and its ids known to the boot.
import { describe, expect, it } from 'vitest';
import patientJson from '../../../scenes/patient.json';
import { parseStory } from '../../../src/story/load-story';
import { checkStoryEvidence } from '../../../src/content/check-story-evidence';
import {
  AFTER_SESSION_STAGE_ID,
  PATIENT_STAGE_IDS,
} from '../../../src/modes/kiosk/clinic/patient-stage-ids';
import { FACT_LIST as FACTS } from '../../../src/content';

/** Units of dose, concentration and the model, which patients are not shown. */
const DOSING_UNITS =
  /mg\s*\/\s*kg|\bmg\b|µ\s*M|\bu[Mm]\b|micromol|ng\s*\/\s*m[lL]|nanogram|\bmmHg\b|\bmL\b|\bIV\b|half-life|semivida/i;

describe('the patient story', () => {
  const parsed = parseStory(patientJson, checkStoryEvidence);

  it('passes the story checks (schema and evidence ids that name shown facts)', () => {
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(patientJson.audience).toBe('patients');
  });

  it('has no dosing units or model figures in any field, either language', () => {
    const found: string[] = [];
    const walk = (value: unknown, where: string) => {
      if (typeof value === 'string') {
        if (DOSING_UNITS.test(value)) found.push(`${where}: ${value.match(DOSING_UNITS)?.[0]}`);
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
      }
    };
    walk(patientJson, 'story');
    expect(found).toEqual([]);
  });

  it('a unit slipped into a caption would be caught', () => {
    expect(DOSING_UNITS.test('0.5 mg/kg over 40 minutes')).toBe(true);
    expect(DOSING_UNITS.test('about 185 ng/mL')).toBe(true);
    expect(DOSING_UNITS.test('0,78 µM')).toBe(true);
  });

  it('says where a finding comes from animals', () => {
    for (const stage of patientJson.stages) {
      const animal = stage.evidence.some((id) => {
        const fact = FACTS.find((f) => f.id === id);
        return fact && fact.species !== 'human' && fact.species !== 'n/a';
      });
      if (!animal) continue;
      expect(stage.caption.en + stage.explanation.en, stage.id).toMatch(/\b(mice|rats|animal)/i);
      expect(stage.caption.es + stage.explanation.es, stage.id).toMatch(
        /\b(ratones|ratas|animal)/i,
      );
    }
  });

  it('goes from how it may work to before, during, after, the course and when to call', () => {
    expect(patientJson.stages.map((s) => s.id)).toEqual([...PATIENT_STAGE_IDS]);
    expect(PATIENT_STAGE_IDS).toContain(AFTER_SESSION_STAGE_ID);
    const order = ['before', 'during', 'after', 'course', 'call'];
    const ids = patientJson.stages.map((s) => s.id);
    expect(order.map((id) => ids.indexOf(id))).toEqual([...order.keys()].map((i) => i + 4));
  });

  it('cites its regulatory facts with an "as of" date', () => {
    const ids = new Set(patientJson.stages.flatMap((s) => s.evidence));
    for (const id of ids) {
      const fact = FACTS.find((f) => f.id === id);
      if (fact && (fact.id.startsWith('esk.') || fact.section === 'regulatory')) {
        expect(fact.asOf, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});
