// The bundled data files reach the app checked at build time (src/app/vite-checked-data-plugin.ts,
// src/story/vite-story-plugin.ts): each module the app imports is its file as the schema parses
// it, and a file that fails stops the build with the file and the bad field named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import facts from 'virtual:checked/facts';
import sources from 'virtual:checked/sources';
import grades from 'virtual:checked/grades';
import matrix from 'virtual:checked/matrix';
import history from 'virtual:checked/history';
import hypotheses from 'virtual:checked/hypotheses';
import claims from 'virtual:checked/claims';
import outcomes from 'virtual:checked/outcomes';
import review from 'virtual:checked/review';
import sideEffects from 'virtual:checked/side-effects';
import glossary from 'virtual:checked/glossary';
import questions from 'virtual:checked/questions';
import bundledStory from 'virtual:bundled-story';
import {
  CHECKED_FILES,
  checkedModule,
  type ReadFile,
} from '../../../src/app/vite-checked-data-plugin';
import { bundledStoryModules, splitStoryNotes } from '../../../src/story/vite-story-plugin';
import { parseStory } from '../../../src/story/load-story';

const fromDisk: ReadFile = (path) => readFileSync(path, 'utf8');
/** The files as on disk, with one changed by `change` (its parsed JSON, edited in place). */
function withChange(file: string, change: (json: never) => void): ReadFile {
  return (path) => {
    const text = fromDisk(path);
    if (path !== file) return text;
    const json = JSON.parse(text) as never;
    change(json);
    return JSON.stringify(json);
  };
}

const IMPORTED: Record<string, unknown> = {
  facts,
  sources,
  grades,
  matrix,
  history,
  hypotheses,
  claims,
  outcomes,
  review,
  'side-effects': sideEffects,
  glossary,
  questions,
};

describe('data checked when the app is built', () => {
  it('each module the app imports is its file as the schema parses it', () => {
    expect(Object.keys(IMPORTED).sort()).toEqual(Object.keys(CHECKED_FILES).sort());
    for (const [name, entry] of Object.entries(CHECKED_FILES)) {
      expect(IMPORTED[name], name).toEqual(entry.check(fromDisk));
      // (the module is the same data as JSON text)
      const code = checkedModule(name, fromDisk);
      const literal = /^export default JSON\.parse\((.*)\);$/.exec(code)?.[1];
      expect(JSON.parse(JSON.parse(literal ?? '""') as string), name).toEqual(IMPORTED[name]);
    }
    expect((facts as unknown[]).length).toBeGreaterThan(50);
  });

  it('a broken file stops the build, naming the file and the field', () => {
    const badFact = withChange('src/content/data/facts.json', (rows: { status: string }[]) => {
      rows[2]!.status = 'rumour';
    });
    expect(() => checkedModule('facts', badFact)).toThrow(/facts\.json: 2\.status/);
    const badTerm = withChange(
      'scenes/glossary.json',
      (g: { terms: { definition: { es: string } }[] }) => {
        g.terms[1]!.definition.es = '  ';
      },
    );
    expect(() => checkedModule('glossary', badTerm)).toThrow(
      /scenes\/glossary\.json is not valid:\n {2}terms\[1\]\.definition\.es: must not be empty/,
    );
    const strayQuestion = withChange(
      'scenes/questions.json',
      (q: { questions: { stage: string }[] }) => {
        q.questions[0]!.stage = 'no-such-stage';
      },
    );
    expect(() => checkedModule('questions', strayQuestion)).toThrow(
      /questions\[0\]\.stage: "no-such-stage" is not a stage of the story/,
    );
    expect(() => checkedModule('nothing', fromDisk)).toThrow(/no checked data file/);
  });

  it('the bundled story is the schema’s parse of the file without its notes; a bad one is refused by stage and field', () => {
    const text = fromDisk('scenes/ketamine.json');
    const parsed = parseStory(splitStoryNotes(text).story);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(bundledStory).toEqual(parsed.story);
    const broken = JSON.parse(text) as { stages: { id: string; caption: { en: string } }[] };
    broken.stages[2]!.caption.en = '';
    expect(() => bundledStoryModules(JSON.stringify(broken))).toThrow(
      new RegExp(`stage 3 \\("${broken.stages[2]!.id}"\\), field caption\\.en: must not be empty`),
    );
  });
});
