// Every { en, es } entry the app can show, collected by walking the modules that hold them:
// the string tables, the key table, the story and the science content. Used by the unit tests
// here and, through a JSON dump, by the browser test that looks for English left in Spanish.
import * as app from '../../../src/i18n/strings/app';
import * as modes from '../../../src/i18n/strings/modes';
import * as narration from '../../../src/i18n/strings/narration';
import * as panels from '../../../src/i18n/strings/panels';
import * as panelShell from '../../../src/i18n/strings/panel-shell';
import * as scene from '../../../src/i18n/strings/scene';
import * as time from '../../../src/i18n/strings/time';
import * as a11y from '../../../src/i18n/strings/a11y';
import * as teach from '../../../src/i18n/strings/teach';
import * as kiosk from '../../../src/i18n/strings/kiosk';
import patientJson from '../../../scenes/patient.json';
import glossaryJson from '../../../scenes/glossary.json';
import questionsJson from '../../../scenes/questions.json';
import * as keymap from '../../../src/a11y/keymap';
import * as content from '../../../src/content';
import storyJson from '../../../scenes/ketamine.json';
import type { LocalizedText } from '../../../src/i18n/localize';

export interface FoundString {
  where: string;
  text: LocalizedText;
}

function isLocalized(value: unknown): value is LocalizedText {
  if (!value || typeof value !== 'object') return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as LocalizedText).en === 'string' &&
    typeof (value as LocalizedText).es === 'string'
  );
}

function walk(value: unknown, where: string, out: FoundString[], seen: Set<unknown>): void {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (isLocalized(value)) {
    out.push({ where, text: value });
    return;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) walk(v, `${where}.${String(k)}`, out, seen);
    return;
  }
  for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`, out, seen);
}

export const STRING_SOURCES: Record<string, unknown> = {
  app,
  modes,
  narration,
  panels,
  panelShell,
  scene,
  time,
  a11y,
  teach,
  kiosk,
  glossary: glossaryJson,
  questions: questionsJson,
  keymap,
  content,
  story: storyJson,
  patientStory: patientJson,
};

export function allStrings(): FoundString[] {
  const out: FoundString[] = [];
  const seen = new Set<unknown>();
  for (const [name, mod] of Object.entries(STRING_SOURCES)) walk(mod, name, out, seen);
  return out;
}
