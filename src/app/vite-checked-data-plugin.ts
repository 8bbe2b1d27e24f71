// Serves the bundled data files to the app already checked: `virtual:checked/<name>` is the
// file as its schema parses it (defaults filled in, text trimmed). The checks run when the app
// is built or served, and a file that fails stops the build with each bad field named, so the
// app loads checked data and no zod for it (zod's set-up and the checks took about 25 ms of a
// phone's start-up, four times that on a mid-range phone). Files from outside (a lecturer's
// story, a clinic's setup, sync messages) are still checked in the browser when they arrive.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import * as z from 'zod/mini';
import * as content from '../content/schema.ts';
import { parseGlossary } from '../teach/glossary/glossary-schema.ts';
import { parseQuestions } from '../teach/quiz/quiz-data.ts';
import { jsonModule, splitStoryNotes } from '../story/vite-story-plugin.ts';

/** Reads a file's text by its path from the project's root. */
export type ReadFile = (path: string) => string;

interface CheckedFile {
  /** paths from the project's root: the file, and any other file its check reads */
  files: string[];
  /** the file as its schema parses it; throws, naming each bad field, when it fails */
  check: (read: ReadFile) => unknown;
}

function orThrow<T>(
  file: string,
  parsed: { ok: true; data: T } | { ok: false; problems: string[] },
) {
  if (parsed.ok) return parsed.data;
  throw new Error(`${file} is not valid:\n${parsed.problems.map((p) => `  ${p}`).join('\n')}`);
}

/** A science data file in src/content/data, with its schema from src/content/schema.ts. */
function contentFile(name: string, schema: z.ZodMiniType): CheckedFile {
  const path = `src/content/data/${name}.json`;
  return {
    files: [path],
    check: (read) => content.parseData(schema, JSON.parse(read(path)), `${name}.json`),
  };
}

export const CHECKED_FILES: Record<string, CheckedFile> = {
  facts: contentFile('facts', z.array(content.factSchema)),
  sources: contentFile('sources', z.array(content.sourceSchema)),
  grades: contentFile('grades', content.gradesSchema),
  matrix: contentFile('matrix', content.matrixSchema),
  history: contentFile('history', content.historySchema),
  hypotheses: contentFile('hypotheses', content.hypothesesSchema),
  claims: contentFile('claims', content.claimsSchema),
  outcomes: contentFile('outcomes', content.outcomesSchema),
  review: contentFile('review', content.reviewSchema),
  'side-effects': contentFile('side-effects', content.sideEffectsSchema),
  glossary: {
    files: ['scenes/glossary.json'],
    check: (read) => {
      const parsed = parseGlossary(JSON.parse(read('scenes/glossary.json')));
      return orThrow(
        'scenes/glossary.json',
        parsed.ok ? { ok: true, data: parsed.glossary } : parsed,
      );
    },
  },
  questions: {
    // each question names a stage of the bundled story
    files: ['scenes/questions.json', 'scenes/ketamine.json'],
    check: (read) => {
      const { story } = splitStoryNotes(read('scenes/ketamine.json'));
      const stages = (story as { stages?: { id?: unknown }[] }).stages ?? [];
      const parsed = parseQuestions(
        JSON.parse(read('scenes/questions.json')),
        stages.map((s) => String(s.id)),
      );
      return orThrow(
        'scenes/questions.json',
        parsed.ok ? { ok: true, data: parsed.questions } : parsed,
      );
    },
  },
};

const PREFIX = 'virtual:checked/';
const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const readFromDisk: ReadFile = (path) => readFileSync(fromRoot(path), 'utf8');

/** The module's code: the checked data. */
export function checkedModule(name: string, read: ReadFile = readFromDisk): string {
  const entry = CHECKED_FILES[name];
  if (!entry) throw new Error(`no checked data file is called "${name}"`);
  return jsonModule(entry.check(read));
}

export function checkedDataPlugin(): Plugin {
  return {
    name: 'ketamine-synapse-checked-data',
    resolveId: (id) =>
      id.startsWith(PREFIX) && id.slice(PREFIX.length) in CHECKED_FILES ? `\0${id}` : undefined,
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(PREFIX.length + 1);
      for (const file of CHECKED_FILES[name]?.files ?? []) this.addWatchFile(fromRoot(file));
      try {
        return checkedModule(name);
      } catch (error) {
        this.error((error as Error).message); // stops the build; the dev server shows it
      }
    },
  };
}
