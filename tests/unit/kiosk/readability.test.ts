// Patients read the kiosk from a waiting-room chair: every text of the patient story and of the
// kiosk's own patient-facing strings is at or below US grade 8 in English (Flesch-Kincaid) and
// 70 or more in Spanish (Fernandez-Huerta). Short strings (under 8 words) are read together
// with the rest of their stage or table, as a patient reads them.
import { describe, expect, it } from 'vitest';
import patientJson from '../../../scenes/patient.json';
import { KIOSK_STRINGS as K } from '../../../src/i18n/strings/kiosk';
import { MODES_STRINGS as M } from '../../../src/i18n/strings/modes';
import type { LocalizedText } from '../../../src/i18n/localize';
import { fernandezHuerta, fleschKincaidGrade, syllablesEs, wordCount } from './readability';

const MAX_GRADE_EN = 8;
const MIN_EASE_ES = 70;
const FIELDS = ['title', 'caption', 'narration', 'explanation'] as const;

const kioskPatientStrings: [string, LocalizedText][] = [
  ['kioskPause', M.kioskPause],
  ['kioskResume', M.kioskResume],
  ['kioskPausedHint', M.kioskPausedHint],
  ['kioskSafety', M.kioskSafety],
  ['clinicCard', K.clinicCard],
  ['callUs', K.callUs],
  ['scanToRead', K.scanToRead],
];

const asSentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s : `${s}.`);

describe('readability formulas', () => {
  it('count Spanish syllables, diphthongs and hiatus included', () => {
    expect(syllablesEs('ketamina')).toBe(4);
    expect(syllablesEs('puede')).toBe(2); // ue: one syllable
    expect(syllablesEs('cerebro')).toBe(3);
    expect(syllablesEs('día')).toBe(2); // accented í: hiatus
    expect(syllablesEs('que')).toBe(1);
    expect(syllablesEs('leer')).toBe(2);
  });

  it('tell hard text from easy text', () => {
    const hard =
      'Pharmacological antagonism of ionotropic glutamatergic receptors precipitates dissociative phenomenology.';
    expect(fleschKincaidGrade(hard)).toBeGreaterThan(MAX_GRADE_EN);
    expect(fleschKincaidGrade('The cat sat on the mat. It was warm.')).toBeLessThan(3);
    expect(
      fernandezHuerta(
        'La administración farmacológica intravenosa desencadena manifestaciones disociativas características.',
      ),
    ).toBeLessThan(MIN_EASE_ES);
    expect(fernandezHuerta('El gato está en la casa. Hace sol.')).toBeGreaterThan(90);
  });
});

describe('the patient story reads easily', () => {
  for (const stage of patientJson.stages) {
    it(`stage "${stage.id}" in English and Spanish`, () => {
      for (const lang of ['en', 'es'] as const) {
        const texts = FIELDS.map((f) => stage[f][lang]);
        const check = (text: string, where: string) => {
          if (lang === 'en') {
            expect(fleschKincaidGrade(text), `${where} (en): ${text}`).toBeLessThanOrEqual(
              MAX_GRADE_EN,
            );
          } else {
            expect(fernandezHuerta(text), `${where} (es): ${text}`).toBeGreaterThanOrEqual(
              MIN_EASE_ES,
            );
          }
        };
        for (const [i, text] of texts.entries()) {
          if (wordCount(text) >= 8) check(text, `${stage.id}.${FIELDS[i]}`);
        }
        check(texts.map(asSentence).join(' '), `${stage.id} (all fields)`);
      }
    });
  }

  it('the story title and the kiosk strings a patient sees', () => {
    for (const lang of ['en', 'es'] as const) {
      const all = [patientJson.title[lang], ...kioskPatientStrings.map(([, t]) => t[lang])]
        .map(asSentence)
        .join(' ');
      if (lang === 'en') expect(fleschKincaidGrade(all)).toBeLessThanOrEqual(MAX_GRADE_EN);
      else expect(fernandezHuerta(all)).toBeGreaterThanOrEqual(MIN_EASE_ES);
      for (const [name, text] of kioskPatientStrings) {
        if (wordCount(text[lang]) < 8) continue;
        if (lang === 'en') expect(fleschKincaidGrade(text.en), name).toBeLessThanOrEqual(8);
        else expect(fernandezHuerta(text.es), name).toBeGreaterThanOrEqual(MIN_EASE_ES);
      }
    }
  });
});
