// The teaching data files: valid as bundled, and a broken file is refused with the bad field
// named; the glossary finds its words; questions belong to mechanism stages.
import { describe, expect, it } from 'vitest';
import glossaryJson from '../../../scenes/glossary.json';
import questionsJson from '../../../scenes/questions.json';
import storyJson from '../../../scenes/ketamine.json';
import {
  GLOSSARY,
  glueTerms,
  splitTerms,
  termsIn,
} from '../../../src/teach/glossary/glossary-data';
import { parseGlossary } from '../../../src/teach/glossary/glossary-schema';
import { parseQuestions } from '../../../src/teach/quiz/quiz-data';

const stageIds = storyJson.stages.map((s) => s.id);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('questions', () => {
  it('the bundled file is valid: 1 or 2 per mechanism stage, 3 or 4 choices, one right', () => {
    const parsed = parseQuestions(questionsJson, stageIds);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    const stages = new Set(questionsJson.questions.map((q) => q.stage));
    expect([...stages].sort()).toEqual(
      ['bdnf-trkb', 'channel-block', 'disinhibition', 'mtor', 'spines'].sort(),
    );
  });

  it('names the bad field', () => {
    const bad = clone(questionsJson);
    bad.questions[2]!.choices[0]!.feedback.es = '  ';
    bad.questions[3]!.choices.forEach((c) => (c.correct = false));
    bad.questions[4]!.stage = 'nowhere';
    const parsed = parseQuestions(bad, stageIds);
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems).toContain('questions[2].choices[0].feedback.es: must not be empty');
    expect(problems).toContain('questions[3].choices: needs exactly one right choice');
  });

  it('refuses an unknown stage and too few choices', () => {
    const bad = clone(questionsJson);
    bad.questions[4]!.stage = 'nowhere';
    expect(parseQuestions(bad, stageIds)).toEqual({
      ok: false,
      problems: ['questions[4].stage: "nowhere" is not a stage of the story'],
    });
    const few = clone(questionsJson);
    few.questions[0]!.choices.splice(1, 2);
    const parsed = parseQuestions(few, stageIds);
    expect(parsed.ok ? [] : parsed.problems).toContain(
      'questions[0].choices: needs 3 or 4 choices',
    );
  });
});

describe('glossary', () => {
  it('the bundled file is valid and has the key terms', () => {
    const parsed = parseGlossary(glossaryJson);
    expect(parsed.ok).toBe(true);
    const ids = glossaryJson.terms.map((t) => t.id);
    for (const id of [
      'nmda-receptor',
      'ampa-receptor',
      'glutamate',
      'gaba',
      'bdnf',
      'trkb',
      'mtor',
      'spine',
      'dissociation',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('names the bad field', () => {
    const bad = clone(glossaryJson);
    bad.terms[3]!.definition.en = '';
    const parsed = parseGlossary(bad);
    expect(parsed.ok ? [] : parsed.problems).toEqual(['terms[3].definition.en: must not be empty']);
  });

  it('marks each term once, on whole words, longest match first, in both languages', () => {
    const en = splitTerms('Ketamine blocks NMDA receptors; NMDA receptors and glutamate.', 'en');
    expect(en.filter((p) => p.term).map((p) => [p.text, p.term?.id])).toEqual([
      ['NMDA receptors', 'nmda-receptor'],
      ['glutamate', 'glutamate'],
    ]);
    expect(en.map((p) => p.text).join('')).toBe(
      'Ketamine blocks NMDA receptors; NMDA receptors and glutamate.',
    );
    const es = splitTerms('El glutamato abre los receptores AMPA.', 'es');
    expect(es.filter((p) => p.term).map((p) => p.term?.id)).toEqual(['glutamate', 'ampa-receptor']);
    // not inside another word
    expect(splitTerms('glutamatergic', 'en').some((p) => p.term)).toBe(false);
  });

  it('keeps each term on one line with the punctuation touching it, the text unchanged', () => {
    const text = 'A quick burst of BDNF. It binds (TrkB), then glutamate and AMPA receptors';
    const glued = glueTerms(splitTerms(text, 'en'));
    const shown = glued.map((p) =>
      typeof p === 'string' ? p : `[${p.before}<${p.text}>${p.after}]`,
    );
    expect(shown).toEqual([
      'A quick burst of ',
      '[<BDNF>.]',
      ' It binds ',
      '[(<TrkB>),]',
      ' then ',
      '[<glutamate>]',
      ' and ',
      '[<AMPA receptors>]',
    ]);
    const joined = glued.map((p) => (typeof p === 'string' ? p : p.before + p.text + p.after));
    expect(joined.join('')).toBe(text);
  });

  it("lists the terms a handout's texts use, once each, in the glossary's order", () => {
    const used = termsIn(
      ['Glutamate opens AMPA receptors.', 'Ketamine blocks NMDA receptors; glutamate again.'],
      'en',
    );
    const order = GLOSSARY.map((t) => t.id);
    expect(used.map((t) => t.id).sort()).toEqual(['ampa-receptor', 'glutamate', 'nmda-receptor']);
    expect(used.map((t) => order.indexOf(t.id))).toEqual(
      [...used.map((t) => order.indexOf(t.id))].sort((a, b) => a - b),
    );
    expect(termsIn(['El glutamato abre los receptores AMPA.'], 'es').map((t) => t.id)).toEqual(
      ['ampa-receptor', 'glutamate'].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    );
    expect(termsIn(['No terms here.'], 'en')).toEqual([]);
  });
});
